// The figures behind an outcome, one Swedish sentence each, e.g. "54 medborgarkontakter på 52
// veckor, snitt 1,04 per vecka" or "18 bemannade helger, längsta glapp tre veckor". The verdict
// alone convinces nobody; the follow-up must show how it was reached.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { ruleModule } from '../rules/kinds/rule-kinds.ts';
import { byPlace } from '../rules/kinds/wording.ts';
import { countOf, NOUNS } from '../rules/noun.ts';
import { describeRequiredTags, tagIds } from '../rules/tag-check.ts';
import type { PromiseStatus } from '../status/types.ts';
import type { DateWords } from '../time/date-words.ts';
import { formatNumber } from '../time/format-swedish.ts';
import type { ReportActivity } from './types.ts';

/** A conditional promise: whether its condition arose, and when. */
export function conditionLines(ps: PromiseStatus, words: DateWords): string[] {
  if (ps.conditional && !ps.conditional.triggered) {
    return [`Ej aktuellt: ${ps.conditional.trigger} – inträffade inte under perioden`];
  }
  if (ps.conditional && ps.conditional.triggers.length > 0) {
    return [`${ps.conditional.trigger}: ${ps.conditional.triggers.map((d) => words.date(d)).join(', ')}`];
  }
  return [];
}

/** "Per målgrupp: Mopeder 3, A-traktorer 1": counted activities by the promise's own target groups or methods. */
function byTag(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly ReportActivity[],
  key: 'targetGroups' | 'methods',
  label: string,
): string[] {
  const listed = new Set(tagIds(commitment[key]).map((id) => set[key].find((x) => x.id === id)?.name ?? id));
  const sums = new Map<string, number>();
  for (const a of activities) {
    if (!a.counted) continue;
    for (const name of a[key] ?? []) if (listed.has(name)) sums.set(name, (sums.get(name) ?? 0) + a.count);
  }
  if (sums.size === 0) return [];
  const parts = [...sums].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'sv'));
  return [`${label}: ${parts.map(([name, n]) => `${name} ${n}`).join(', ')}`];
}

export function describeFigures(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  ps: PromiseStatus,
  activities: readonly ReportActivity[],
  words: DateWords,
): string[] {
  const module = ruleModule(ps.kind);
  // The condition first (it says whether the promise applied at all), then the kind's own figures.
  const lines = [
    ...conditionLines(ps, words),
    ...module.reportFigures(ps, { commitment, set, activities, words }),
  ];
  for (const figure of commitment.figures) {
    lines.push(`${figure.label}: ${formatNumber(ps.figureTotals[figure.id] ?? 0)}`);
  }
  if (ps.missingPartner > 0) {
    lines.push(`${countOf(ps.missingPartner, NOUNS.logged)} utan samverkanspart räknades inte`);
  }
  if ((ps.missingGroupOrMethod ?? 0) > 0) {
    lines.push(
      `${countOf(ps.missingGroupOrMethod ?? 0, NOUNS.logged)} utan ${describeRequiredTags(commitment, set, 'eller')} räknades inte`,
    );
  }
  if (module.reportsPlaces) lines.push(...byPlace(activities));
  lines.push(...byTag(commitment, set, activities, 'targetGroups', 'Per målgrupp'));
  lines.push(...byTag(commitment, set, activities, 'methods', 'Per metod'));
  return lines;
}
