import path from 'node:path';

/** The project's shared folder (specs, seeds, examples, schemas, tools) sits beside the checkout, wherever that is. */
export const SHARED = path.resolve(__dirname, '../../../shared');

export const sharedPath = (...parts: string[]): string => path.join(SHARED, ...parts);
