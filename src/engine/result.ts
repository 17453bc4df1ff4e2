import type { MessageCode } from './messages';

/** Engine errors are values: a stable code for programs, a Chinese sentence for people. */
export interface EngineError {
  code: MessageCode;
  message: string;
  row?: number;
  col?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: EngineError): Result<T> => ({ ok: false, error });
