import type { MessageCode } from '../engine/messages';

/**
 * What a KH.* function reports instead of a number. Kept free of Office globals so the Node library can use the same
 * implementations; functions.ts turns it into CustomFunctions.Error (#VALUE! or #N/A) inside Excel.
 */
export type FunctionErrorKind = 'invalidValue' | 'notAvailable';

export class FunctionError extends Error {
  constructor(
    readonly kind: FunctionErrorKind,
    readonly code: MessageCode,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}
