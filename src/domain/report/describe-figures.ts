// The figures behind an outcome, one Swedish sentence each, e.g. "54 medborgarkontakter på 52
// veckor, snitt 1,04 per vecka" or "18 bemannade helger, längsta glapp tre veckor". The verdict
// alone convinces nobody; the follow-up must show how it was reached.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { isWeekendPromise } from '../rules/evaluate-every-n-weeks.ts';
import { activityNoun, countOf, weeksText } from '../rules/noun.ts';
import { describeRequiredTags } from '../rules/tag-check.ts';
import { describeKindFigures } from '../status/describe-kind-figures.ts';
import type { PromiseStatus } from '../status/types.ts';
import { formatDate, formatDay, formatNumber } from '../time/format-swedish.ts';
import { weeksInWords } from './swedish-words.ts';
import type { ReportActivity } from './types.ts';

const UNIT_WORDS: Record<string, { one: string; many: string }> = {
  day: { one: 'dag', many: 'dagar' },
  week: { one: 'vecka', many: 'veckor' },
  month: { one: 'månad', many: 'månader' },
  quarter: { one: 'kvartal', many: 'kvartal' },
  tertial: { one: 'tertial', many: 'tertial' },
  'half-year': { one: 'halvår', many: 'halvår' },
  term: { one: 'termin', many: 'terminer' },
  year: { one: 'år', many: 'år' },
};

function weeksWithOne(ps: PromiseStatus): number {
  return ps.weekCounts.filter((n) => n > 0).length;
}

function gapText(ps: PromiseStatus): string {
  const longest = ps.longestGap ?? 0;
  return longest === 0 ? 'inget glapp' : `längsta glapp ${weeksInWords(longest)}`;
}

/** "Centrum 20, Skolan 12": where a promise's counted activities took place, most first. */
function byPlace(activities: readonly ReportActivity[]): string | null {
  const sums = new Map<string, number>();
  for (const a of activities) {
    if (!a.counted || !a.place) continue;
    sums.set(a.place, (sums.get(a.place) ?? 0) + a.count);
  }
  if (sums.size === 0) return null;
  const parts = [...sums].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'sv'));
  return `Per plats: ${parts.map(([name, n]) => `${name} ${n}`).join(', ')}`;
}

/** "Per målgrupp: Mopeder 3, A-traktorer 1": counted activities by the promise's own target groups or methods. */
function byTag(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly ReportActivity[],
  key: 'targetGroups' | 'methods',
  label: string,
): string[] {
  const listed = new Set(
    (commitment[key]?.anyOf ?? []).map((id) => set[key].find((x) => x.id === id)?.name ?? id),
  );
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
): string[] {
  const noun = activityNoun(commitment);
  const lines: string[] = [];
  switch (ps.kind) {
    case 'weekly-average': {
      const weeks = ps.weeks.completed;
      const done = ps.countCompleted ?? ps.count;
      const average = ps.average ?? 0;
      lines.push(
        `${countOf(done, noun)} på ${weeksText(weeks)}, snitt ${formatNumber(average)} per vecka (mål ${formatNumber(ps.target)})`,
      );
      lines.push(`${weeksWithOne(ps)} av ${weeksText(ps.weeks.total)} hade minst en ${noun.one}`);
      break;
    }
    case 'every-n-weeks': {
      const held = weeksWithOne(ps);
      const weekend = isWeekendPromise(commitment);
      const what = weekend
        ? /bemanning/.test(noun.one)
          ? `${held} bemannade ${held === 1 ? 'helg' : 'helger'}`
          : `${held} ${held === 1 ? 'helg' : 'helger'} med ${noun.one}`
        : `${held} ${held === 1 ? 'vecka' : 'veckor'} med ${noun.one}`;
      lines.push(`${what}, ${gapText(ps)}`);
      lines.push(
        `${ps.windowsKept ?? 0} av ${ps.windowsTotal ?? 0} perioder om ${weeksText(ps.target)} hölls`,
      );
      const broken = (ps.gaps ?? []).filter((g) => g.weeks >= ps.target);
      if (broken.length > 0) {
        const spans = broken.map((g) =>
          g.weeks === 1
            ? g.from.label
            : `${g.from.label}–${g.to.week} (${formatDate(g.from.start)}–${formatDate(g.to.end)})`,
        );
        lines.push(`Utan ${noun.one}: ${spans.join(', ')}`);
      }
      break;
    }
    case 'count': {
      const units = ps.units ?? [];
      if (units.length <= 1) {
        const only = units[0];
        lines.push(`${only?.count ?? ps.count} av ${countOf(only?.target ?? ps.target, noun)}`);
        break;
      }
      // Every unit needs the target, no averaging: how many did, and which fell short.
      const unitWords = UNIT_WORDS[ps.per ?? ''] ?? { one: 'delperiod', many: 'delperioder' };
      lines.push(
        `Målet (minst ${countOf(ps.target, noun)} per ${unitWords.one}) nåddes ${ps.unitsKept ?? 0} av ${countOf(units.length, unitWords)}, totalt ${countOf(ps.count, noun)}`,
      );
      const short = units.slice(0, ps.unitsJudged ?? units.length).filter((u) => !u.kept);
      if (short.length > 0) {
        const names = short.slice(0, 12).map((u) => u.label);
        lines.push(
          `Under målet: ${names.join(', ')}${short.length > 12 ? ` och ${short.length - 12} till` : ''}`,
        );
      }
      break;
    }
    case 'regular': {
      lines.push(
        `${ps.count} ${ps.count === 1 ? 'tillfälle' : 'tillfällen'} med ${noun.one} under ${weeksWithOne(ps)} av ${weeksText(ps.weeks.total)}, ${gapText(ps).replace('glapp', 'uppehåll')} (gräns ${weeksText(ps.target)})`,
      );
      break;
    }
    case 'deadline': {
      lines.push(
        ps.doneDate
          ? `Klar ${formatDay(ps.doneDate, true)} (senast ${formatDate(ps.due ?? ps.doneDate, true)})`
          : `Inte klar än, senast ${formatDate(ps.due ?? set.reportDue, true)}`,
      );
      break;
    }
    // Promise kinds of issue 9 (see describe-kind-figures.ts).
    case 'milestone':
    case 'judged':
    case 'coverage':
      break;
  }
  lines.push(...describeKindFigures(ps));
  for (const figure of commitment.figures) {
    lines.push(`${figure.label}: ${formatNumber(ps.figureTotals[figure.id] ?? 0)}`);
  }
  if (ps.missingPartner > 0) {
    lines.push(
      `${countOf(ps.missingPartner, { one: 'loggad', many: 'loggade' })} utan samverkanspart räknades inte`,
    );
  }
  if ((ps.missingGroupOrMethod ?? 0) > 0) {
    lines.push(
      `${countOf(ps.missingGroupOrMethod ?? 0, { one: 'loggad', many: 'loggade' })} utan ${describeRequiredTags(commitment, set, 'eller')} räknades inte`,
    );
  }
  const places = ps.kind === 'weekly-average' || ps.kind === 'regular' ? byPlace(activities) : null;
  if (places) lines.push(places);
  lines.push(...byTag(commitment, set, activities, 'targetGroups', 'Per målgrupp'));
  lines.push(...byTag(commitment, set, activities, 'methods', 'Per metod'));
  return lines;
}
