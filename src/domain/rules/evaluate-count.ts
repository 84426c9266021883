// count: at least N in the period. Met as soon as reached; behind when a whole activity behind
// the pro-rata expectation, or when some remain and few weeks are left.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { formatDate } from '../time/format-swedish.ts';
import type { Activity } from '../types.ts';
import { tallyWithDistinctPlaces } from './distinct-places.ts';
import { evaluateCountPerUnit } from './evaluate-count-per-unit.ts';
import { activityNoun, capitalise, countOf, weeksText } from './noun.ts';
import { finalStatus, outcomeOf } from './outcome.ts';
import { type PreparedRule, plannedBetween, prepareRule } from './tally.ts';
import type { Alert, RuleEvaluation } from './types.ts';

export function evaluateCount(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'count') throw new Error(`evaluateCount got a ${commitment.rule.kind} rule`);
  const { target, warnWeeksLeft } = commitment.rule;
  if (commitment.rule.per !== 'period') return evaluateCountPerUnit(commitment, set, prepared);
  const { timeline, tally } = prepared;
  const { weekCounts } = tally;
  const count = tallyWithDistinctPlaces(tally, commitment.rule.distinctPlaces);
  const { total, completed } = timeline;
  const weeksLeft = total - completed;
  let outcome = outcomeOf(count / target, commitment.partialShare);
  if (commitment.rule.strive && outcome === 'ej uppfyllt') outcome = 'delvis uppfyllt';
  const expected = total === 0 ? target : (target * completed) / total;
  const remaining = Math.max(0, target - count);
  const base = {
    count,
    target,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft,
    weekCounts,
    expected,
  };

  if (count >= target) return { ...base, status: 'uppfyllt', outcome, needed: 0, alerts: [] };
  if (timeline.ended)
    return { ...base, status: finalStatus(outcome), outcome, needed: remaining, alerts: [] };

  const behind = count <= expected - 1 + 1e-9;
  const fewLeft = weeksLeft <= warnWeeksLeft;
  // Back in fas means strictly less than a whole activity behind.
  const neededForPace = behind ? Math.floor(expected - 1 - count + 1e-9) + 1 : 0;
  const noun = activityNoun(commitment);
  const end = timeline.window.end;
  const pace = `${remaining} kvar på ${weeksText(weeksLeft)}`;
  const alerts: Alert[] = [];
  const planned = plannedBetween(tally, timeline.today, end).length;
  if (fewLeft && planned < remaining) {
    alerts.push({
      code: 'few-weeks-left',
      severity: 'warning',
      message: `${capitalise(countOf(remaining, noun))} kvar på ${weeksText(weeksLeft)}: senast ${formatDate(end, true)}`,
      by: end,
    });
  } else if (behind) {
    alerts.push({
      code: 'behind-pace',
      severity: 'warning',
      message: `${capitalise(countOf(neededForPace, noun))} behövs för att komma i fas (${pace})`,
      by: end,
    });
  }
  return {
    ...base,
    status: behind || fewLeft ? 'släpar' : 'i fas',
    outcome,
    needed: fewLeft ? remaining : neededForPace,
    alerts,
  };
}
