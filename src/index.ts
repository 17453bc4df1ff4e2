// The Node library's public face: the engine, the .xlsx adapter, and the custom functions' implementations.
export * from './engine';
export * from './xlsx';
export { functions } from './functions/implementations';
