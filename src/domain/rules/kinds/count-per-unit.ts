import { toDayNumber } from '../../time/day-number.ts';
import type { Activity, Outcome } from '../../types.ts';
import { pacedUnit } from '../after.ts';
import { countUnitsOf } from '../count-units.ts';
import { countWithDistinctPlaces, totalOf } from '../distinct-places.ts';
import { creditedNoun, creditOf, sumFields } from '../figure-sum.ts';
import { countedWeeks, skippedMonthsOf } from '../month-filter.ts';
import { capitalise, countOf, leftText } from '../noun.ts';
import { finalStatus, outcomeOf } from '../outcome.ts';
import { type CountPace, countPace } from '../pace.ts';
import { sliceKey, sliceLabel, unitSliceKey } from '../slices.ts';
import { plannedBetween } from '../tally.ts';
import { windowTimeline } from '../timeline.ts';
import type { Alert, CountUnit, YearOutcome } from '../types.ts';
import { unitListText } from '../unit-list-text.ts';
import type { CountEvaluation } from './count.ts';
import type { RuleInput, RuleOf } from './define-rule.ts';
import { UNIT_WORDS } from './wording.ts';

export function evaluateCountPerUnit(rule: RuleOf<'count'>, input: RuleInput): CountEvaluation {
  const { commitment, set, prepared } = input;
  const { target, per, tolerance, strive, distinctPlaces, distinct } = rule;
  const { timeline, tally } = prepared;
  // A unit cut by the period gets a pro-rata target, and is not judged with less than half of it.
  const spans = countUnitsOf(rule, timeline.window, set.terms).filter(
    (s) => s.fullDays === undefined || 2 * (toDayNumber(s.end) - toDayNumber(s.start) + 1) >= s.fullDays,
  );
  const counts = new Array<number>(spans.length).fill(0);
  const byUnit: Activity[][] = spans.map(() => []);
  for (const activity of tally.qualifying) {
    // Units are sorted and few: binary search for the one holding the date.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = spans[mid]!;
      if (activity.date < span.start) hi = mid - 1;
      else if (activity.date > span.end) lo = mid + 1;
      else {
        counts[mid]! += creditOf(activity, rule.sum);
        byUnit[mid]!.push(activity);
        break;
      }
    }
  }
  if (distinctPlaces !== undefined || distinct !== undefined) {
    byUnit.forEach((list, i) => {
      counts[i] = countWithDistinctPlaces(list, distinctPlaces, distinct);
    });
  }
  const units: CountUnit[] = spans.map(({ fullDays, whole: _whole, ...s }, i) => {
    const days = toDayNumber(s.end) - toDayNumber(s.start) + 1;
    const unitTarget = fullDays === undefined ? target : Math.max(1, Math.ceil((target * days) / fullDays));
    return {
      ...s,
      count: counts[i]!,
      kept: counts[i]! >= unitTarget,
      ...(unitTarget !== target ? { target: unitTarget } : {}),
    };
  });
  const today = timeline.today;
  const judged = units.filter((u) => timeline.ended || u.end < today);
  const unitsKept = units.filter((u) => u.kept).length;
  const missedAll = judged.filter((u) => !u.kept);
  // Within the tolerance of its slice a short unit is forgiven; the rest are misses.
  const shortBySlice = new Map<string, number>();
  const missed = missedAll.filter((u) => {
    const key = unitSliceKey(set, u, per);
    const n = (shortBySlice.get(key) ?? 0) + 1;
    shortBySlice.set(key, n);
    return n > tolerance;
  });
  const outcome = unitsOutcome(rule, units, missed.length, timeline.ended, commitment.partialShare);
  // A multi-year set (`resetsEach`): every year whose units have all ended is judged on its own, as the
  // same rule on a one-year period: its units, its short units beyond its tolerance.
  const years: YearOutcome[] = [];
  if (set.period.resetsEach) {
    const keys = [...new Set(units.map((u) => unitSliceKey(set, u, per)))];
    for (const key of keys) {
      const own = units.filter((u) => unitSliceKey(set, u, per) === key);
      if (!own.every((u) => timeline.ended || u.end < today)) continue;
      const ownMissed = missed.filter((u) => unitSliceKey(set, u, per) === key).length;
      const kept = own.filter((u) => u.kept).length;
      const only = own.length === 1 ? own[0]! : null;
      years.push({
        label: sliceLabel(set, key),
        outcome: unitsOutcome(rule, own, ownMissed, true, commitment.partialShare),
        figure: only
          ? `${only.count} av ${only.target ?? target}`
          : `${kept} av ${countOf(own.length, UNIT_WORDS[per] ?? { one: 'delperiod', many: 'delperioder' })}`,
      });
    }
  }
  const { total, completed } = timeline;
  const current = units.find((u) => u.start <= today && today <= u.end) ?? null;
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
    per,
    units,
    unitsKept,
    unitsJudged: judged.length,
    unitsTotal: units.length,
    currentUnit: current,
    unitsMissed: missedAll.length,
    ...(tolerance > 0 ? { tolerance } : {}),
    ...(strive ? { strive } : {}),
    ...(years.length > 0 ? { years } : {}),
  };
  if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

  // In a multi-year set (`resetsEach`) the status is the current slice's: each year starts over, and
  // an earlier year's misses belong to that year's outcome, not to this year's status.
  const nowSlice = current ? unitSliceKey(set, current, per) : sliceKey(set, today);
  const inSlice = (u: CountUnit) => unitSliceKey(set, u, per) === nowSlice;
  const sliceUnits = units.filter(inSlice);
  const sliceMissed = missed.filter(inSlice);
  const sliceMissedAll = missedAll.filter(inSlice);
  const noun = creditedNoun(commitment);
  const alerts: Alert[] = [];
  if (sliceMissed.length > 0) {
    alerts.push({
      code: 'window-broken',
      severity: 'breach',
      message: `För få ${noun.many} i ${unitListText(sliceMissed, per, timeline.words)}: ${sliceMissedAll.length} av ${sliceUnits.length} utan ${countOf(target, noun)}${tolerance > 0 ? ` (${tolerance} tillåtna)` : ''}`,
    });
  }
  // The current unit is paced as a plain count on a period that is that unit (pace.ts).
  let pace: CountPace | null = null;
  // `after` a milestone done once a year: the unit is paced from this year's done day, and not at all
  // while this year's is not done (nothing can count yet: "väntar på").
  const paced = current ? pacedUnit(current, prepared.after) : null;
  if (current && paced) {
    const unitTimeline = windowTimeline(paced, timeline.now, timeline.timeZone, timeline.setPeriod);
    // With `months`, a larger unit (a quarter, a year) is paced over its included weeks only.
    const skipped = skippedMonthsOf(rule);
    const weeks = skipped.length > 0 ? countedWeeks(unitTimeline, skipped) : unitTimeline;
    pace = countPace(current.target ?? target, current.count, weeks, rule.warnWeeksLeft);
  }
  const remaining = pace?.remaining ?? 0;
  if (current && pace && (pace.fewLeft || pace.behind)) {
    const planned = plannedBetween(tally, today, current.end).length;
    if (pace.fewLeft && planned < remaining) {
      alerts.push({
        code: 'few-weeks-left',
        severity: 'warning',
        message: `${capitalise(countOf(remaining, noun))} kvar i ${current.label}: senast ${timeline.words.day(current.end)}`,
        by: current.end,
      });
    } else if (pace.behind) {
      alerts.push({
        code: 'behind-pace',
        severity: 'warning',
        message: `${capitalise(countOf(pace.neededForPace, noun))} behövs i ${current.label} för att komma i fas (${remaining} ${leftText(pace.weeksLeft)})`,
        by: current.end,
      });
    }
  }
  const behind = pace !== null && (pace.behind || pace.fewLeft);
  return {
    ...base,
    status: (sliceUnits.length > 0 ? sliceUnits : units).every((u) => u.kept)
      ? 'uppfyllt'
      : sliceMissed.length > 0 || behind
        ? 'släpar'
        : 'i fas',
    outcome,
    needed: remaining,
    alerts,
    ...(set.period.resetsEach && sliceUnits.length > 0
      ? {
          yearUnits: {
            label: sliceLabel(set, nowSlice),
            kept: sliceUnits.filter((u) => u.kept).length,
            total: sliceUnits.length,
            unitWeeksLeft: pace?.weeksLeft ?? 0,
          },
        }
      : {}),
  };
}

/**
 * The outcome of a run of units: one unit (a year's target) by its own count, several by the share
 * kept; with a tolerance, met when no unit beyond it fell short (`missed` counts those) once ended.
 */
function unitsOutcome(
  rule: RuleOf<'count'>,
  units: readonly CountUnit[],
  missed: number,
  ended: boolean,
  partialShare: number,
): Outcome {
  const { target, tolerance, strive } = rule;
  const kept = units.filter((u) => u.kept).length;
  const only = units.length === 1 ? units[0]! : null;
  const share = only ? only.count / (only.target ?? target) : units.length === 0 ? 0 : kept / units.length;
  let outcome: Outcome = tolerance > 0 && ended && missed === 0 ? 'uppfyllt' : outcomeOf(share, partialShare);
  if (tolerance > 0 && missed > 0 && outcome === 'uppfyllt') outcome = 'delvis uppfyllt';
  if (strive && outcome === 'ej uppfyllt') outcome = 'delvis uppfyllt';
  return outcome;
}
