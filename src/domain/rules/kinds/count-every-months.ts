// count with `every: { months: N }` ("varannan månad", "minst en gång per kvartal i följd"): every run
// of N consecutive calendar months of the period holds at least `target`. Like every-N-weeks on
// months: a run that ended short cannot be repaired (släpar for the rest of the period), and the run
// that ends this month warns in its last 7 days. The outcome is the share of runs kept. In a
// multi-year set (`resetsEach`) the runs lie within each year, and each ended year is judged alone.
import { toDayNumber } from '../../time/day-number.ts';
import { MONTHS } from '../../time/format-swedish.ts';
import type { Outcome } from '../../types.ts';
import { unitsOfPeriod } from '../count-units.ts';
import { countWithDistinctPlaces } from '../distinct-places.ts';
import { activityNoun, capitalise, countOf, NOUNS } from '../noun.ts';
import { finalStatus, outcomeOf } from '../outcome.ts';
import { slicesOfWindow } from '../slices.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, CountUnit, YearOutcome } from '../types.ts';
import type { CountEvaluation } from './count.ts';
import type { RuleInput, RuleOf } from './define-rule.ts';

/** `januari–februari 2020`, `december 2020–januari 2021`; the year only in a multi-year period. */
function runLabel(start: string, end: string, multiYear: boolean): string {
  const month = (d: string) => MONTHS[Number(d.slice(5, 7)) - 1]!;
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  if (start.slice(0, 7) === end.slice(0, 7))
    return `${month(start)}${multiYear ? ` ${start.slice(0, 4)}` : ''}`;
  if (!multiYear && sameYear) return `${month(start)}–${month(end)}`;
  if (sameYear) return `${month(start)}–${month(end)} ${end.slice(0, 4)}`;
  return `${month(start)} ${start.slice(0, 4)}–${month(end)} ${end.slice(0, 4)}`;
}

export function evaluateCountEveryMonths(
  rule: RuleOf<'count'>,
  months: number,
  input: RuleInput,
): CountEvaluation {
  const { commitment, set, prepared } = input;
  const { target, distinctPlaces, distinct, strive } = rule;
  const { timeline, tally } = prepared;
  const window = timeline.window;
  const multiYear = window.start.slice(0, 4) !== window.end.slice(0, 4);
  // Runs of N consecutive months within each slice (each year of a `resetsEach` set on its own, so
  // no run straddles New Year); a slice shorter than N months is one run.
  const slices = slicesOfWindow(set, window).map((slice) => {
    const calendar = unitsOfPeriod(slice, 'month');
    const runs =
      calendar.length <= months
        ? [calendar]
        : calendar.slice(0, calendar.length - months + 1).map((_, i) => calendar.slice(i, i + months));
    const units: CountUnit[] = runs.map((run) => {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      const inRun = tally.qualifying.filter((a) => a.date >= start && a.date <= end);
      const count = countWithDistinctPlaces(inRun, distinctPlaces, distinct);
      return { label: runLabel(start, end, multiYear), start, end, count, kept: count >= target };
    });
    return { ...slice, units };
  });
  const units = slices.flatMap((s) => s.units);
  const today = timeline.today;
  const judged = units.filter((u) => timeline.ended || u.end < today);
  const unitsKept = units.filter((u) => u.kept).length;
  const outcomeOfRuns = (runs: readonly CountUnit[]): Outcome => {
    const kept = runs.filter((u) => u.kept).length;
    const outcome = outcomeOf(runs.length === 0 ? 1 : kept / runs.length, commitment.partialShare);
    return strive && outcome === 'ej uppfyllt' ? 'delvis uppfyllt' : outcome;
  };
  const outcome = outcomeOfRuns(units);
  // The status is the current slice's: an earlier year's short runs belong to that year's outcome.
  const nowSlice = slices.find((s) => s.start <= today && today <= s.end);
  const missed = judged.filter((u) => !u.kept && (!nowSlice || nowSlice.units.includes(u)));
  const years: YearOutcome[] = set.period.resetsEach
    ? slices
        .filter((s) => s.units.length > 0 && (timeline.ended || s.end < today))
        .map((s) => ({
          label: s.label,
          outcome: outcomeOfRuns(s.units),
          figure: `${s.units.filter((u) => u.kept).length} av ${countOf(s.units.length, NOUNS.period)} om ${countOf(months, NOUNS.month)}`,
        }))
    : [];
  const { total, completed } = timeline;
  // The run that must be kept next: the earliest one not yet over and still short.
  const current = units.find((u) => u.end >= today && !u.kept) ?? null;
  const base = {
    kind: 'count' as const,
    count: distinct ? countWithDistinctPlaces(tally.qualifying, undefined, distinct) : tally.count,
    target,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts: tally.weekCounts,
    per: `every-${months}-months`,
    units,
    unitsKept,
    unitsJudged: judged.length,
    unitsTotal: units.length,
    currentUnit: current,
    unitsMissed: missed.length,
    ...(strive ? { strive } : {}),
    ...(years.length > 0 ? { years } : {}),
  };
  if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [];
  if (missed.length > 0) {
    alerts.push({
      code: 'window-broken',
      severity: 'breach',
      message: `För få ${noun.many} under ${missed.map((u) => u.label).join(', ')}: minst ${countOf(target, noun)} på ${months} månader i följd`,
    });
  }
  const remaining = current ? Math.max(0, target - current.count) : 0;
  const closing = current !== null && toDayNumber(current.end) - toDayNumber(today) < 7;
  if (current && remaining > 0 && closing) {
    const planned = plannedBetween(tally, today, current.end).length;
    if (planned < remaining) {
      alerts.push({
        code: 'window-closing',
        severity: 'warning',
        message: `${capitalise(countOf(remaining, noun))} behövs senast ${timeline.words.day(current.end)}: ${current.count === 0 ? 'ingen' : `${current.count} av ${target}`} under ${current.label}`,
        by: current.end,
      });
    }
  }
  return {
    ...base,
    status: missed.length > 0 || (remaining > 0 && closing) ? 'släpar' : 'i fas',
    outcome,
    needed: remaining,
    alerts,
  };
}
