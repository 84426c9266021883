// weekly average: count in completed weeks ÷ completed weeks. Slipping when under target, or when
// the last K completed weeks had none; "needed" is the smallest n with (count + n) / weeks ≥ target.
// In a multi-year set (`resetsEach`) each year is averaged over its own weeks (year-stretches.ts).
import { z } from 'zod';
import type { CommitmentDef, PromiseSetDef } from '../../promise-set/schema.ts';
import { monthsFields, positive, positiveInt } from '../../promise-set/schema-parts.ts';
import { formatAverage, formatNumber } from '../../time/format-swedish.ts';
import { countedWeeks, skippedMonthsOf, skippedMonthsText } from '../month-filter.ts';
import { activityNoun, capitalise, countOf, nounFor, weeksText } from '../noun.ts';
import { finalStatus, outcomeOf, worstOutcome } from '../outcome.ts';
import { type PreparedRule, plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, YearOutcome } from '../types.ts';
import { yearStretches } from '../year-stretches.ts';
import { defineRule, type RuleOf } from './define-rule.ts';
import { weeksWithOne, word } from './wording.ts';

/** At least `target` per completed week on average. */
export const weeklyAverageSchema = z.strictObject({
  kind: z.literal('weekly-average'),
  ...monthsFields,
  target: positive,
  /** K: slipping when the last K completed weeks had none (brief default 2). */
  silentWeeks: positiveInt.default(2),
});

export interface WeeklyAverageEvaluation extends EvaluationBase<'weekly-average'> {
  /** Qualifying activities in completed weeks. */
  countCompleted: number;
  /** Average over completed weeks; null before the first week is over. */
  average: number | null;
  /** How many more are needed to be back on track. */
  needed: number;
  /**
   * A multi-year set before its end: the year the status and pace speak of, with its own weeks and
   * count. `countCompleted`, `average` and `needed` are then that year's; `count`, `weeks` and
   * `weekCounts` stay the whole period's (the report's chart).
   */
  year?: { label: string; count: number; weeks: { completed: number; total: number } };
}

/** The average over one stretch of weeks: the period, or one year of a multi-year set. */
function evaluateStretch(
  rule: RuleOf<'weekly-average'>,
  commitment: CommitmentDef,
  prepared: PreparedRule,
): WeeklyAverageEvaluation {
  const { target, silentWeeks } = rule;
  const { timeline, tally } = prepared;
  const { count, weekCounts } = tally;
  // With `months`, only the weeks of the included months are averaged over ("bara november–mars").
  const skipped = skippedMonthsOf(rule);
  const counted = skipped.length > 0 ? countedWeeks(timeline, skipped) : null;
  const { total, completed } = counted ?? timeline;
  /** Window indices of the completed weeks that count. */
  const doneIndices = counted
    ? counted.indices.slice(0, counted.completed)
    : Array.from({ length: completed }, (_, i) => i);
  // Until the end, only what is dated up to the last completed Sunday counts: the completed weeks,
  // and the days before the first week once that week is over (read from the tally, so no pass over
  // the activities). At the end everything dated in the period does (2018-12-31 is in the period
  // but in 2019-W01).
  const countCompleted = timeline.ended
    ? count
    : completed === 0
      ? 0
      : tally.countBeforeWeeks + weekCounts.slice(0, timeline.completed).reduce((sum, n) => sum + n, 0);
  const average = completed > 0 ? countCompleted / completed : null;
  const outcome = outcomeOf(average === null ? 0 : average / target, commitment.partialShare);
  const base = {
    kind: 'weekly-average' as const,
    count,
    target,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts,
    countCompleted,
    average,
  };
  if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, needed: 0, alerts: [] };

  const below = average !== null && average < target - 1e-9;
  const lastK = doneIndices.slice(-silentWeeks);
  // A week in a left-out month asks for nothing: no "minst 1 behövs denna vecka" then.
  const thisWeekCounts = !counted || counted.indices.includes(timeline.completed);
  const silent = thisWeekCounts && completed >= silentWeeks && lastK.every((i) => (weekCounts[i] ?? 0) === 0);
  let needed = below ? Math.ceil(target * completed - countCompleted - 1e-9) : 0;
  if (silent) needed = Math.max(needed, 1);

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [];
  const thisWeek = timeline.weekRef(timeline.completed);
  if (silent) {
    const planned = plannedBetween(tally, timeline.today, thisWeek.end).length > 0;
    const from = timeline.weekRef(lastK[0]!);
    const to = timeline.weekRef(lastK.at(-1)!);
    const span = timeline.words.weekSpan(from, to);
    if (!planned) {
      alerts.push({
        code: 'silent-weeks',
        severity: 'warning',
        message: `Ingen ${noun.one} ${span}: minst 1 behövs denna vecka (${thisWeek.label}, ${thisWeek.dates})`,
        by: thisWeek.end,
      });
    }
  }
  if (below && average !== null) {
    alerts.push({
      code: 'average-below-target',
      severity: 'warning',
      message: `${capitalise(countOf(needed, noun))} behövs för att komma i fas (snitt ${formatAverage(average, target, 1)}/v, mål ${formatNumber(target)}/v)`,
    });
  }
  return { ...base, status: below || silent ? 'släpar' : 'i fas', outcome, needed, alerts };
}

/**
 * A multi-year set: each year's status, pace and outcome are the same rule's on that year alone (its
 * ISO weeks, Thursday rule, and their entries). The status is the current year's, an ended year's
 * outcome is listed in `years`, and the period's outcome is the worst year's.
 */
function evaluateByYear(
  rule: RuleOf<'weekly-average'>,
  commitment: CommitmentDef,
  set: PromiseSetDef,
  prepared: PreparedRule,
): WeeklyAverageEvaluation {
  const { timeline, tally } = prepared;
  const stretches = yearStretches(set, prepared).map((year) => ({
    label: year.label,
    ended: year.prepared.timeline.ended,
    evaluation: evaluateStretch(rule, commitment, year.prepared),
  }));
  const last = stretches.at(-1);
  if (!last) return evaluateStretch(rule, commitment, prepared);
  const years: YearOutcome[] = stretches
    .filter((s) => s.ended)
    .map((s) => ({
      label: s.label,
      outcome: s.evaluation.outcome,
      figure: `${s.evaluation.countCompleted} på ${weeksText(s.evaluation.weeks.total)}, snitt ${formatAverage(s.evaluation.average ?? 0, rule.target, 1)}/v`,
    }));
  const skipped = skippedMonthsOf(rule);
  const { total, completed } = skipped.length > 0 ? countedWeeks(timeline, skipped) : timeline;
  const whole = {
    count: tally.count,
    weekCounts: tally.weekCounts,
    weeks: { completed, total },
    weeksLeft: total - completed,
    ended: timeline.ended,
    ...(years.length > 0 ? { years } : {}),
  };
  if (timeline.ended) {
    const outcome = worstOutcome(years.map((y) => y.outcome));
    return {
      ...last.evaluation,
      ...whole,
      countCompleted: tally.count,
      average: total > 0 ? tally.count / total : null,
      status: finalStatus(outcome),
      outcome,
      needed: 0,
      alerts: [],
    };
  }
  const current = stretches.find((s) => !s.ended) ?? last;
  const { count, weeks } = current.evaluation;
  return { ...current.evaluation, ...whole, year: { label: current.label, count, weeks } };
}

export const weeklyAverageRule = defineRule('weekly-average', {
  evaluate(rule, { commitment, set, prepared }): WeeklyAverageEvaluation {
    if (!set.period.resetsEach) return evaluateStretch(rule, commitment, prepared);
    return evaluateByYear(rule, commitment, set, prepared);
  },

  describeTarget(rule, commitment) {
    const noun = activityNoun(commitment);
    return `minst ${formatNumber(rule.target)} ${nounFor(rule.target, noun)} i snitt per vecka${skippedMonthsText(rule)}`;
  },

  statusLine(ps) {
    const { count, weeks } = ps.year ?? ps;
    const year = ps.year ? `${ps.year.label}: ` : '';
    const done = ps.countCompleted;
    const thisWeek = count - done;
    if (weeks.completed === 0) {
      return `${year}${count} hittills, första veckan pågår (mål ${formatNumber(ps.target)}/v), ${word(ps)}`;
    }
    const extra = thisWeek > 0 && !ps.ended ? ` + ${thisWeek} denna vecka` : '';
    const average = formatAverage(ps.average ?? 0, ps.target, 1);
    return `${year}${done} på ${weeksText(weeks.completed)}${extra}, snitt ${average}/v (mål ${formatNumber(ps.target)}/v), ${word(ps)}`;
  },

  reportFigures(ps, { commitment }) {
    const noun = activityNoun(commitment);
    const year = ps.year ? `${ps.year.label}: ` : '';
    const completed = (ps.year ?? ps).weeks.completed;
    return [
      `${year}${countOf(ps.countCompleted, noun)} på ${weeksText(completed)}, snitt ${formatAverage(ps.average ?? 0, ps.target)} per vecka (mål ${formatNumber(ps.target)})`,
      `${weeksWithOne(ps)} av ${weeksText(ps.weeks.total)} hade minst en ${noun.one}`,
    ];
  },

  reportsPlaces: true,

  reportScope: () => ({ mode: 'within', weeks: true }),
});
