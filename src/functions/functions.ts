/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is what makes custom-functions-metadata accept text, numbers and blanks alike. */
import { FunctionError } from './function-error';
import * as impl from './implementations';

/*
 * The KH.* worksheet functions as Excel sees them. Their shape in functions.json (id, arguments, types, optional and
 * repeating ones) is generated from the signatures and tags below by CustomFunctionsMetadataPlugin, whose loader also
 * appends CustomFunctions.associate("ID", fn) for each of them at build time; that is the registration, so there is no
 * hand-written associate call to drift from it. What Excel shows in words, in Chinese and English, is
 * metadata-text.ts (the build joins the two and refuses a mismatch), so the comments here carry no user text.
 */

// Outside Office (the task pane opened in a plain browser) there is no CustomFunctions global for those appended
// calls; a no-op stand-in keeps the page loading. Inside Office, office.js has defined it before this bundle runs.
const host = globalThis as { CustomFunctions?: unknown };
if (host.CustomFunctions === undefined) host.CustomFunctions = { associate: () => undefined };

function toExcelError(e: unknown): unknown {
  if (!(e instanceof FunctionError)) return e;
  const code = e.kind === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

function excel<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * @customfunction CAPDEDUCT
 * @helpurl https://localhost:3000/help.html#capdeduct
 * @param base
 * @param deductions
 * @param [cap]
 */
export function capDeduct(base: any, deductions: any[][], cap?: any): number {
  return excel(() => impl.capDeduct(base, deductions, cap ?? null));
}

/**
 * @customfunction TIER
 * @helpurl https://localhost:3000/help.html#tier
 * @param score
 * @param [bands]
 * @param [labels]
 */
export function tier(score: any, bands?: any[][], labels?: any[][]): string {
  return excel(() => impl.tier(score, bands ?? null, labels ?? null));
}

/**
 * @customfunction DEDUCT
 * @helpurl https://localhost:3000/help.html#deduct
 * @param rule
 * @param count
 * @param [base]
 */
export function deduct(rule: any, count: any, base?: any): number {
  return excel(() => impl.deduct(rule, count, base ?? null));
}

/**
 * @customfunction BONUS
 * @helpurl https://localhost:3000/help.html#bonus
 * @param points
 */
export function bonus(...points: any[][][]): number {
  // A repeating parameter must be the last, so the cap the Node library's bonus() takes is MIN(cap, …) in Excel.
  return excel(() => impl.bonus(points.flatMap((p) => (Array.isArray(p) ? p : [[p]])), null));
}

/**
 * @customfunction RANKCN
 * @helpurl https://localhost:3000/help.html#rankcn
 * @param score
 * @param scores
 */
export function rankcn(score: any, scores: any[][]): number {
  return excel(() => impl.rankcn(score, scores));
}
