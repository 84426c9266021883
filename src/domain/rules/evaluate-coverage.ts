// coverage: every member of a set — listed places, all places of a group, or each planned event —
// needs `times` qualifying activities (per sub-period for places). Uncovered members are named,
// because "alla skolor" is only kept when none is forgotten.
import type { CommitmentDef, DatedDef, PromiseSetDef } from '../promise-set/schema.ts';
import { toDayNumber } from '../time/day-number.ts';
import { formatDate, formatDay } from '../time/format-swedish.ts';
import type { Activity } from '../types.ts';
import { unitsOfPeriod } from './count-units.ts';
import { activityNoun } from './noun.ts';
import { finalStatus, outcomeOf } from './outcome.ts';
import { type PreparedRule, prepareRule } from './tally.ts';
import type { Alert, CoverageItem, RuleEvaluation } from './types.ts';
import { onDated } from './when-check.ts';

/** `Kåken (höstterminen 2019)`, `Temakväll Metro vt (14 mars)`. */
export function coverageName(item: CoverageItem): string {
  return item.unit ? `${item.name} (${item.unit})` : item.name;
}

function eventInWindow(event: DatedDef, window: { start: string; end: string }): boolean {
  if (event.dates.some((d) => d >= window.start && d <= window.end)) return true;
  return (
    event.start !== undefined &&
    event.end !== undefined &&
    event.start <= window.end &&
    event.end >= window.start
  );
}

function coverageItems(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  qualifying: readonly Activity[],
  window: { start: string; end: string },
): CoverageItem[] {
  const rule = commitment.rule;
  if (rule.kind !== 'coverage') return [];
  if (rule.events) {
    return (
      set.events
        // Only the events inside the window (a report on part of the period asks for fewer).
        .filter((e) => rule.events!.includes(e.id) && eventInWindow(e, window))
        .map((e) => {
          const last = [...e.dates, ...(e.end ? [e.end] : [])].sort().at(-1) ?? window.end;
          const count = qualifying.filter((a) => onDated(e, a.date)).reduce((n, a) => n + a.count, 0);
          const when = e.dates.length === 1 ? formatDate(e.dates[0]!) : undefined;
          return {
            id: e.id,
            name: e.name,
            ...(when ? { unit: when } : {}),
            end: last,
            count,
            covered: count >= rule.times,
          };
        })
    );
  }
  const members = rule.places
    ? rule.places.map((id) => ({ id, name: set.places.find((p) => p.id === id)?.name ?? id }))
    : set.places.filter((p) => p.group === rule.group).map((p) => ({ id: p.id, name: p.name }));
  const units = unitsOfPeriod(window, rule.per, set.terms);
  return units.flatMap((u) =>
    members.map((m) => {
      const count = qualifying
        .filter((a) => a.place === m.id && a.date >= u.start && a.date <= u.end)
        .reduce((n, a) => n + a.count, 0);
      return {
        id: m.id,
        name: m.name,
        ...(rule.per === 'period' ? {} : { unit: u.label }),
        end: u.end,
        count,
        covered: count >= rule.times,
      };
    }),
  );
}

export function evaluateCoverage(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'coverage')
    throw new Error(`evaluateCoverage got a ${commitment.rule.kind} rule`);
  const { timeline, tally } = prepared;
  const items = coverageItems(commitment, set, tally.qualifying, timeline.window);
  const today = timeline.today;
  const covered = items.filter((i) => i.covered).length;
  const missed = items.filter((i) => !i.covered && (timeline.ended || i.end < today));
  const outcome = outcomeOf(items.length === 0 ? 1 : covered / items.length, commitment.partialShare);
  const { total, completed } = timeline;
  const base = {
    count: tally.count,
    target: items.length,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts: tally.weekCounts,
    coverage: items,
    uncovered: missed.map(coverageName),
    needed: items.length - covered,
  };
  if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

  const byEvent = commitment.rule.kind === 'coverage' && commitment.rule.events !== undefined;
  const noun = activityNoun(commitment);
  const alerts: Alert[] = [];
  if (missed.length > 0) {
    alerts.push({
      code: 'coverage-missed',
      severity: 'breach',
      message: byEvent
        ? `Ingen ${noun.one} vid ${missed.map(coverageName).join(', ')}`
        : `Ej besökt: ${missed.map(coverageName).join(', ')}`,
    });
  }
  // Members still open whose last day is within two weeks.
  const soon = items.filter(
    (i) => !i.covered && i.end >= today && toDayNumber(i.end) - toDayNumber(today) <= 14,
  );
  if (soon.length > 0) {
    const by = soon.map((i) => i.end).sort()[0]!;
    alerts.push({
      code: 'coverage-open',
      severity: 'warning',
      message: `Kvar att täcka: ${soon.map(coverageName).join(', ')}, senast ${formatDay(by)}`,
      by,
    });
  }
  return { ...base, status: missed.length > 0 ? 'släpar' : 'i fas', outcome, alerts };
}
