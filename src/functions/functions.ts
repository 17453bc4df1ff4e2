/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is what makes custom-functions-metadata accept text, numbers and blanks alike. */
import { FunctionError } from './function-error';
import * as impl from './implementations';

/*
 * The KH.* worksheet functions as Excel sees them. functions.json is generated from the JSDoc below by
 * CustomFunctionsMetadataPlugin, whose loader also appends CustomFunctions.associate("ID", fn) for each of them to
 * this module at build time; that is the registration, so there is no hand-written associate call to drift from it.
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
 * 扣分封顶后的得分：基础分减去扣分合计，扣分不超过上限，也不超过基础分。空白忽略，“不得分”“全扣”扣完基础分。
 * @customfunction CAPDEDUCT
 * @helpurl https://localhost:3000/help.html#capdeduct
 * @param base 基础分（分值）
 * @param deductions 扣分，可为一个单元格或一个区域
 * @param [cap] 扣分上限，可省略（如“扣分不超过2分”填2）
 * @returns 得分
 */
export function capDeduct(base: any, deductions: any[][], cap?: any): number {
  return excel(() => impl.capDeduct(base, deductions, cap ?? null));
}

/**
 * 按分档评定等次：默认90分以上优秀、80分以上良好、60分以上合格、60分以下不合格。
 * @customfunction TIER
 * @helpurl https://localhost:3000/help.html#tier
 * @param score 总分
 * @param [bands] 分档：分数线区域（如90,80,60），或说明文字（如“90分以上为一类，80分—90分为二类，80分以下为三类”）
 * @param [labels] 等次名称区域，比分数线多一个（如优秀,良好,合格,不合格）
 * @returns 等次
 */
export function tier(score: any, bands?: any[][], labels?: any[][]): string {
  return excel(() => impl.tier(score, bands ?? null, labels ?? null));
}

/**
 * 按评分标准计算扣分，如“每少一篇扣2分”乘以次数；“酌情扣分”需人工判断，返回 #N/A。
 * @customfunction DEDUCT
 * @helpurl https://localhost:3000/help.html#deduct
 * @param rule 评分标准文字
 * @param count 发生次数（篇、项、例、人次等）；“每低10%扣2分”这类按步长计的，填低了多少（如25），按整步（2步）计
 * @param [base] 基础分，可省略；“不得分”和扣完为止按它计算
 * @returns 扣分
 */
export function deduct(rule: any, count: any, base?: any): number {
  return excel(() => impl.deduct(rule, count, base ?? null));
}

/**
 * 加分合计：可列出多个单元格或区域，如 =KH.BONUS(G3,G5,G7)。空白忽略。有加分上限时写 =MIN(3,KH.BONUS(…))。
 * @customfunction BONUS
 * @helpurl https://localhost:3000/help.html#bonus
 * @param points 加分，一个单元格或一个区域；可继续列出更多
 * @returns 加分
 */
export function bonus(...points: any[][][]): number {
  // A repeating parameter must be the last, so the cap the Node library's bonus() takes is MIN(cap, …) in Excel.
  return excel(() => impl.bonus(points.flatMap((p) => (Array.isArray(p) ? p : [[p]])), null));
}

/**
 * 中国式排名：同分同名次，后面的名次不跳号（1,1,2）。
 * @customfunction RANKCN
 * @helpurl https://localhost:3000/help.html#rankcn
 * @param score 要排名的分数
 * @param scores 参与排名的全部分数（区域）
 * @returns 名次
 */
export function rankcn(score: any, scores: any[][]): number {
  return excel(() => impl.rankcn(score, scores));
}

/**
 * 多位评委的平均分：默认去掉一个最高分和一个最低分后取平均；空白不算评委；不足3位评委时取平均分。
 * @customfunction TRIMMEAN
 * @helpurl https://localhost:3000/help.html#trimmean
 * @param marks 各评委的打分，一个区域
 * @param [trimmed] 是否去掉最高分和最低分，省略为是（TRUE），FALSE 为直接平均
 * @returns 得分
 */
export function trimmean(marks: any[][], trimmed?: any): number {
  return excel(() => impl.trimmean(marks, trimmed ?? null));
}

/**
 * 加权得分：各项得分乘以权重之和（百分制）；权重可写40%、0.4或40；得分按满分折算，省略满分为100。
 * @customfunction WEIGHTED
 * @helpurl https://localhost:3000/help.html#weighted
 * @param scores 各项得分，一个区域
 * @param weights 各项权重，与得分一一对应的区域
 * @param [scale] 各项得分的满分，省略为100
 * @returns 加权总分
 */
export function weighted(scores: any[][], weights: any[][], scale?: any): number {
  return excel(() => impl.weighted(scores, weights, scale ?? null));
}
