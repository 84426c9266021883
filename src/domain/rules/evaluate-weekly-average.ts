// weekly average: count in completed weeks ÷ completed weeks. Slipping when under target, or when
// the last K completed weeks had none; "needed" is the smallest n with (count + n) / weeks ≥ target.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { formatNumber } from '../time/format-swedish.ts';
import type { Activity } from '../types.ts';
import { activityNoun, capitalise, countOf } from './noun.ts';
import { finalStatus, outcomeOf } from './outcome.ts';
import { type PreparedRule, plannedBetween, prepareRule } from './tally.ts';
import type { Alert, RuleEvaluation } from './types.ts';

export function evaluateWeeklyAverage(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'weekly-average') {
    throw new Error(`evaluateWeeklyAverage got a ${commitment.rule.kind} rule`);
  }
  const { target, silentWeeks } = commitment.rule;
  const { timeline, tally } = prepared;
  const { count, weekCounts } = tally;
  const { total, completed } = timeline;
  // Until the end, only what is dated up to the last completed Sunday counts: the completed weeks,
  // and the days before the first week once that week is over (read from the tally, so no pass over
  // the activities). At the end everything dated in the period does (2018-12-31 is in the period
  // but in 2019-W01).
  const countCompleted = timeline.ended
    ? count
    : completed === 0
      ? 0
      : tally.countBeforeWeeks + weekCounts.slice(0, completed).reduce((sum, n) => sum + n, 0);
  const average = completed > 0 ? countCompleted / completed : null;
  const outcome = outcomeOf(average === null ? 0 : average / target, commitment.partialShare);
  const base = {
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
  const silent =
    completed >= silentWeeks && weekCounts.slice(completed - silentWeeks, completed).every((n) => n === 0);
  let needed = below ? Math.ceil(target * completed - countCompleted - 1e-9) : 0;
  if (silent) needed = Math.max(needed, 1);

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [];
  const thisWeek = timeline.weekRef(completed);
  if (silent) {
    const planned = plannedBetween(tally, timeline.today, thisWeek.end).length > 0;
    const from = timeline.weekRef(completed - silentWeeks);
    const to = timeline.weekRef(completed - 1);
    const span = silentWeeks === 1 ? to.label : `${from.label}–${to.week}`;
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
      message: `${capitalise(countOf(needed, noun))} behövs för att komma i fas (snitt ${formatNumber(average, 1)}/v, mål ${formatNumber(target)}/v)`,
    });
  }
  return { ...base, status: below || silent ? 'släpar' : 'i fas', outcome, needed, alerts };
}
