// One entry point for the five rule kinds.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { evaluateCount } from './evaluate-count.ts';
import { evaluateDeadline } from './evaluate-deadline.ts';
import { evaluateEveryNWeeks } from './evaluate-every-n-weeks.ts';
import { evaluateRegular } from './evaluate-regular.ts';
import { evaluateWeeklyAverage } from './evaluate-weekly-average.ts';
import type { PreparedRule } from './tally.ts';
import type { RuleEvaluation } from './types.ts';

const evaluators = {
  count: evaluateCount,
  'weekly-average': evaluateWeeklyAverage,
  'every-n-weeks': evaluateEveryNWeeks,
  regular: evaluateRegular,
  deadline: evaluateDeadline,
} as const;

/** `activities` may be all of the set's; only those qualifying for this promise count. */
export function evaluateRule(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared?: PreparedRule,
): RuleEvaluation {
  const evaluate = evaluators[commitment.rule.kind];
  return prepared
    ? evaluate(commitment, set, activities, now, prepared)
    : evaluate(commitment, set, activities, now);
}
