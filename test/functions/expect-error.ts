import { FunctionError, type FunctionErrorKind } from '../../src/functions/function-error';
import type { MessageCode } from '../../src/engine/messages';

/** Runs a KH.* implementation that must fail, and returns what it reported. */
export function failureOf(run: () => unknown): FunctionError {
  try {
    run();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error('函数没有报错');
}

export function expectFailure(run: () => unknown, kind: FunctionErrorKind, code: MessageCode): FunctionError {
  const e = failureOf(run);
  expect(e.kind).toBe(kind);
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
  return e;
}
