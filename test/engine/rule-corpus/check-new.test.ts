import { parseRule } from '../../../src/engine/rules';
import { gatheredSafetyPartyPetitions } from './gathered-safety-party-petitions';
import { gatheredPeaceCivilForest } from './gathered-peace-civil-forest';
import { gatheredFireStatsFarm } from './gathered-fire-stats-farm';
import { gatheredAuditWaterNews } from './gathered-audit-water-news';
import { gatheredJusticeEnvFood } from './gathered-justice-env-food';
import { gatheredVillageArchives } from './gathered-village-archives';
import { gatheredTownsLawFamily } from './gathered-towns-law-family';
import { gatheredSchoolsIntegrity } from './gathered-schools-integrity';
import { gatheredServicesSites } from './gathered-services-sites';
import { gatheredPlantsDorms } from './gathered-plants-dorms';
import { gatheredForestLibraryService } from './gathered-forest-library-service';
import { gatheredDustFinance, gatheredHomeworkWaste } from './gathered-homework-waste';

test('scratch', () => {
  const out: string[] = [];
  for (const { source, texts } of [...gatheredSafetyPartyPetitions, ...gatheredPeaceCivilForest, ...gatheredFireStatsFarm, ...gatheredAuditWaterNews, ...gatheredJusticeEnvFood, ...gatheredVillageArchives, ...gatheredTownsLawFamily, ...gatheredSchoolsIntegrity, ...gatheredServicesSites, ...gatheredPlantsDorms, ...gatheredForestLibraryService, ...gatheredHomeworkWaste, ...gatheredDustFinance]) {
    for (const t of texts) {
      const r = parseRule(t.text);
      const got = { c: r.clauses.map(({ kind, points, per, cap, range, step }) => ({ kind, points, per, cap, range, ...(step !== undefined ? { step } : {}) })), cap: r.cap };
      if (JSON.stringify(got) !== JSON.stringify({ c: t.clauses, cap: t.cap })) out.push(`${source.title}\n  ${t.text}\n  want ${JSON.stringify(t.clauses.map((c) => [c.kind, c.points, c.per, c.cap, c.range]))} cap ${t.cap}\n  got  ${JSON.stringify(got.c.map((c) => [c.kind, c.points, c.per, c.cap, c.range]))} cap ${got.cap}`);
    }
  }
  console.log(out.join('\n') || 'all match');
});
