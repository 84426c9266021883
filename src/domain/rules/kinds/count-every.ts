// count with `every: { months: N }` ("varannan månad", "minst en gång per kvartal i följd") or
// `every: { weeks: N }` ("minst 200 besökare varannan vecka"): every run of N consecutive calendar
// months (ISO weeks) of the period holds at least `target` — entries, occasions, or with `sum` the
// figure summed. Like every-N-weeks: a run that ended short cannot be repaired (släpar for the rest of
// the period), and the run that ends within 7 days warns. The outcome is the share of runs kept. In a
// multi-year set (`resetsEach`) the runs lie within each year, and each ended year is judged alone.
import { toDayNumber } from '../../time/day-number.ts';
import { MONTHS } from '../../time/format-swedish.ts';
import { isoWeekOf } from '../../time/iso-week.ts';
import type { Outcome } from '../../types.ts';
import { unitsOfPeriod } from '../count-units.ts';
import { countWithDistinctPlaces, totalOf } from '../distinct-places.ts';
import { creditedNoun, creditOf, sumFields } from '../figure-sum.ts';
import { capitalise, countOf, NOUNS } from '../noun.ts';
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

/** `v.3–4`, `v.3–4 2020`, `v.52 2020–v.1 2021`: a run of ISO weeks; the year only in a multi-year period. */
function weekRunLabel(start: string, end: string, multiYear: boolean): string {
  const a = isoWeekOf(start);
  const b = isoWeekOf(end);
  if (a.year === b.year && a.week === b.week) return `v.${a.week}${multiYear ? ` ${a.year}` : ''}`;
  if (a.year === b.year) return `v.${a.week}–${b.week}${multiYear ? ` ${a.year}` : ''}`;
  return `v.${a.week} ${a.year}–v.${b.week} ${b.year}`;
}

/** The run length of `every`: N months or N weeks. */
export interface EveryRuns {
  n: number;
  unit: 'month' | 'week';
}

export function everyRuns(every: { months?: number | undefined; weeks?: number | undefined }): EveryRuns {
  return every.weeks !== undefined
    ? { n: every.weeks, unit: 'week' }
    : { n: every.months ?? 1, unit: 'month' };
}

export function evaluateCountEvery(
  rule: RuleOf<'count'>,
  every: EveryRuns,
  input: RuleInput,
): CountEvaluation {
  const n = every.n;
  const unitNoun = every.unit === 'week' ? NOUNS.week : NOUNS.month;
  const { commitment, set, prepared } = input;
  const { target, distinctPlaces, distinct, strive } = rule;
  const { timeline, tally } = prepared;
  const window = timeline.window;
  const multiYear = window.start.slice(0, 4) !== window.end.slice(0, 4);
  // Runs of N consecutive months (weeks) within each slice (each year of a `resetsEach` set on its own,
  // so no run straddles New Year); a slice shorter than N units is one run.
  const slices = slicesOfWindow(set, window).map((slice) => {
    const calendar = unitsOfPeriod(slice, every.unit);
    const runs =
      calendar.length <= n
        ? [calendar]
        : calendar.slice(0, calendar.length - n + 1).map((_, i) => calendar.slice(i, i + n));
    const units: CountUnit[] = runs.map((run) => {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      const inRun = tally.qualifying.filter((a) => a.date >= start && a.date <= end);
      const count =
        rule.sum !== undefined
          ? inRun.reduce((n, a) => n + creditOf(a, rule.sum), 0)
          : countWithDistinctPlaces(inRun, distinctPlaces, distinct);
      const label =
        every.unit === 'week' ? weekRunLabel(start, end, multiYear) : runLabel(start, end, multiYear);
      return { label, start, end, count, kept: count >= target };
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
          figure: `${s.units.filter((u) => u.kept).length} av ${countOf(s.units.length, NOUNS.period)} om ${countOf(n, unitNoun)}`,
        }))
    : [];
  const { total, completed } = timeline;
  // The run that must be kept next: the earliest one not yet over and still short.
  const current = units.find((u) => u.end >= today && !u.kept) ?? null;
  const base = {
    kind: 'count' as const,
    // The whole period's total: `distinctPlaces` credits each unit, not the total.
    count: totalOf(tally, { sum: rule.sum, distinct }),
    ...sumFields(rule.sum, commitment, tally.qualifying.length),
    target,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts: tally.weekCounts,
    per: `every-${n}-${every.unit === 'week' ? 'weeks' : 'months'}`,
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

  const noun = creditedNoun(commitment);
  const alerts: Alert[] = [];
  if (missed.length > 0) {
    alerts.push({
      code: 'window-broken',
      severity: 'breach',
      message: `För få ${noun.many} under ${missed.map((u) => u.label).join(', ')}: minst ${countOf(target, noun)} på ${countOf(n, unitNoun)} i följd`,
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
