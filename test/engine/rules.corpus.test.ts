import fc from 'fast-check';
import { deduct } from '../../src/functions/implementations';
import { fillOf, sheet } from './sheets';
import { ruleCap } from '../../src/engine/caps';
import { deductionFor, describeRule, parseRule } from '../../src/engine/rules';
import type { CorpusSource } from './rule-corpus/corpus';
import { agencies } from './rule-corpus/agencies';
import { party } from './rule-corpus/party';
import { peace } from './rule-corpus/peace';
import { safety } from './rule-corpus/safety';
import { services } from './rule-corpus/services';
import { staffing } from './rule-corpus/staffing';
import { traditional } from './rule-corpus/traditional';
import { gatheredFireStatsFarm } from './rule-corpus/gathered-fire-stats-farm';
import { gatheredPeaceCivilForest } from './rule-corpus/gathered-peace-civil-forest';
import { gatheredSafetyPartyPetitions } from './rule-corpus/gathered-safety-party-petitions';
import { gatheredAuditWaterNews } from './rule-corpus/gathered-audit-water-news';
import { gatheredJusticeEnvFood } from './rule-corpus/gathered-justice-env-food';
import { gatheredVillageArchives } from './rule-corpus/gathered-village-archives';
import { gatheredTownsLawFamily } from './rule-corpus/gathered-towns-law-family';
import { gatheredSchoolsIntegrity } from './rule-corpus/gathered-schools-integrity';
import { gatheredServicesSites } from './rule-corpus/gathered-services-sites';
import { gatheredPlantsDorms } from './rule-corpus/gathered-plants-dorms';
import { gatheredForestLibraryService } from './rule-corpus/gathered-forest-library-service';
import { gatheredDustFinance, gatheredHomeworkWaste, gatheredSanitationLabs } from './rule-corpus/gathered-homework-waste';
import { gatheredHealthSupervision, gatheredLandYouth } from './rule-corpus/gathered-land-youth';

/**
 * Public 评分标准 texts from outside the seeds (test/engine/rule-corpus/, each with its publisher, title and
 * address), read the way a careful assessor reads them: clauses in text order with kind, points, counted unit,
 * own cap and range, and the cap over all.
 */
const corpus: CorpusSource[] = [
  ...peace, ...party, ...safety, ...agencies, ...services, ...traditional, ...staffing,
  ...gatheredSafetyPartyPetitions, ...gatheredPeaceCivilForest, ...gatheredFireStatsFarm, ...gatheredAuditWaterNews,
  ...gatheredJusticeEnvFood, ...gatheredVillageArchives, ...gatheredTownsLawFamily, ...gatheredSchoolsIntegrity,
  ...gatheredServicesSites, ...gatheredPlantsDorms, ...gatheredForestLibraryService,
  ...gatheredHomeworkWaste, ...gatheredDustFinance, ...gatheredSanitationLabs, ...gatheredLandYouth,
  ...gatheredHealthSupervision,
];
const rows = corpus.flatMap(({ source, texts }) => texts.map((t) => ({ ...t, from: source.title })));

/**
 * Texts the reader does not yet read as labelled, each with why. Each is checked to still be misread, so the list
 * cannot go stale: a text read right must leave it.
 */
const MISSES: Record<string, string> = {
  '辖区内发生的第一起、第二起、第三起、第四起森林火灾,且每起过火面积在15亩以上,分别扣5分、6分、7分、8分,以此类推;若辖区内发生了一起过火面积超过50亩森林火灾的扣8分;若辖区内发生的森林火灾致人员死亡事故的,该项考核得零分。':
    '档次按第几起火灾排列，“每起过火面积在15亩以上”是条件，不是计数单位；读法仍把“起”记为 per',
};

const reading = (text: string) => {
  const rule = parseRule(text);
  return {
    clauses: rule.clauses.map(({ kind, points, per, cap, range, step }) => ({
      kind, points, per, cap, range, ...(step !== undefined ? { step } : {}),
    })),
    cap: rule.cap,
  };
};

/**
 * Issue 16 asks for 150 sources; the search index gave 134 distinct pages with usable rule text in the time this
 * corpus was gathered (many results repeat the same few sites). The floor holds what is here so it cannot shrink.
 */
test('语料库收录至少400条公开评分标准，来自至少130个出处，均注明出版者、标题与网址', () => {
  expect(rows.length).toBeGreaterThanOrEqual(400);
  expect(new Set(corpus.map((c) => c.source.url)).size).toBeGreaterThanOrEqual(130);
  for (const { source } of corpus) {
    expect(source.publisher).not.toBe('');
    expect(source.title).not.toBe('');
    expect(source.url).toMatch(/^https?:\/\//);
  }
  expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
});

test('至少98%的语料按标注读出；未读对的都列在 MISSES 中并说明原因', () => {
  const missed = rows.filter((r) => JSON.stringify(reading(r.text)) !== JSON.stringify({ clauses: r.clauses, cap: r.cap }));
  expect(missed.map((r) => r.text).sort()).toEqual(Object.keys(MISSES).sort());
  expect(1 - missed.length / rows.length).toBeGreaterThanOrEqual(0.98);
});

describe.each(corpus.map((c) => [c.source.title, c] as const))('《%s》', (_title, { texts }) => {
  test.each(texts.map((t) => [t.text, t] as const))('「%s」', (text, expected) => {
    const rule = parseRule(text);
    const want = { clauses: expected.clauses, cap: expected.cap };
    if (MISSES[text] !== undefined) expect(reading(text)).not.toEqual(want);
    else expect(reading(text)).toEqual(want);
    expect(describeRule(rule)).not.toMatch(/Infinity|NaN|undefined/);
  });
});

describe('性质：语料库中的每条标准', () => {
  const texts = rows.map((r) => r.text);

  test('读出的分值、上限与范围都是有限的正数，范围下限不大于上限', () => {
    for (const text of texts) {
      const rule = parseRule(text);
      const numbers = [rule.cap, ...rule.clauses.flatMap((c) => [c.points, c.cap, c.range].flat())]
        .filter((n): n is number => n !== null);
      for (const n of numbers) expect(Number.isFinite(n) && n >= 0).toBe(true);
      for (const c of rule.clauses) if (c.range) expect(c.range[0]).toBeLessThanOrEqual(c.range[1]);
    }
  });

  test('按任意次数计算的扣分落在0与基础分、总上限之间，每条条款不超过它自己的上限', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 4000 }), (text, count, bc) => {
        const rule = parseRule(text);
        const base = bc / 100;
        const d = deductionFor(rule, count, base);
        if (d.ok) {
          expect(d.value).toBeGreaterThanOrEqual(0);
          expect(d.value).toBeLessThanOrEqual(base);
          if (rule.cap !== null) expect(d.value).toBeLessThanOrEqual(rule.cap);
        }
        for (const c of rule.clauses.filter((x) => x.cap !== null)) {
          const alone = deductionFor({ ...rule, cap: null, clauses: [c] }, count, base);
          if (alone.ok) expect(alone.value).toBeLessThanOrEqual(c.cap as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('逐条上限都齐的标准，整项扣分上限不超过各条上限之和与总上限', () => {
    for (const text of texts) {
      const rule = parseRule(text);
      const deducting = rule.clauses.filter((c) => c.kind !== 'bonus' && c.kind !== 'veto');
      if (deducting.length === 0 || !deducting.every((c) => c.cap !== null)) continue;
      const sum = deducting.reduce((t, c) => t + (c.cap as number), 0);
      expect(ruleCap(rule)).toBeLessThanOrEqual(Math.min(sum, rule.cap ?? Infinity));
    }
  });
});

describe('KH.DEDUCT 与填写的公式同 kaohe rules 的读法一致（语料库中可计算的每条标准）', () => {
  const computing = rows.filter((r) => deductionFor(parseRule(r.text), 1, 10).ok);

  test('KH.DEDUCT 给出的扣分就是读法按次数算出的扣分', () => {
    expect(computing.length).toBeGreaterThan(150);
    for (const { text } of computing) {
      for (const count of [0, 1, 2, 3, 7]) {
        const d = deductionFor(parseRule(text), count, 10);
        if (d.ok) expect([text, count, deduct(text, count, 10)]).toEqual([text, count, d.value]);
        else expect(() => deduct(text, count, 10)).toThrow();
      }
    }
  });

  test('有“次数”列的评分表，按次数填出的扣分与得分同读法一致', () => {
    const counted = computing.filter((r) => {
      const rule = parseRule(r.text);
      return rule.clauses.length === 1 && rule.clauses[0].kind === 'deduct' && rule.clauses[0].per !== null &&
        typeof rule.clauses[0].points === 'number';
    });
    expect(counted.length).toBeGreaterThan(40);
    for (const { text } of counted) {
      const s = sheet('考核表', [
        ['考核内容', '评分标准', '分值', '次数', '扣分', '得分'],
        ['工作落实', text, 10, 3, null, null],
        ['合计', null, null, null, null, null],
      ]);
      const d = deductionFor(parseRule(text), 3, 10);
      const report = fillOf(s).report;
      expect([text, report.items[0].deduction, report.items[0].score]).toEqual([text, d.ok ? d.value : null, d.ok ? 10 - d.value : null]);
    }
  });
});
