export { main, run } from './main';
export { parseArgs, type Command } from './args';
export { processIO, EXIT, type CliIO } from './io';
