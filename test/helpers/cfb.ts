/** A Compound File Binary container (the format of .xls, .et and of encrypted .xlsx) naming these streams. */
export function cfb(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * (streams.length + 1));
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ['Root Entry', ...streams].forEach((name, i) => {
    for (let j = 0; j < name.length; j++) bytes[512 + 128 * i + 2 * j] = name.charCodeAt(j);
  });
  return bytes;
}
