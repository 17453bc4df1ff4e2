/**
 * What a file is, from its first bytes, before any unzipping: an OOXML package is a zip (PK); an encrypted .xlsx and
 * an .xls or .et are both Compound File Binary (D0 CF 11 E0), told apart by the EncryptionInfo stream a
 * password-protected package carries.
 */
export type FileKind = 'zip' | 'encrypted' | 'legacy' | 'other';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip';
  if (bytes.length >= 8 && CFB.every((b, i) => bytes[i] === b)) return hasStream(bytes, 'EncryptionInfo') ? 'encrypted' : 'legacy';
  return 'other';
}

/** Whether a CFB directory names this stream (names are UTF-16LE in 128-byte directory entries). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 2) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
