// One entry point for every rule kind; `conditional` wraps whichever rule the promise has.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { applyConditional } from './evaluate-conditional.ts';
import { evaluateCount } from './evaluate-count.ts';
import { evaluateCoverage } from './evaluate-coverage.ts';
import { evaluateDeadline } from './evaluate-deadline.ts';
import { evaluateEveryNWeeks } from './evaluate-every-n-weeks.ts';
import { evaluateJudged } from './evaluate-judged.ts';
import { evaluateMilestone } from './evaluate-milestone.ts';
import { evaluateRegular } from './evaluate-regular.ts';
import { evaluateWeeklyAverage } from './evaluate-weekly-average.ts';
import { type PreparedRule, prepareRule } from './tally.ts';
import type { RuleContext, RuleEvaluation } from './types.ts';

type Evaluator = (
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule,
  context: RuleContext,
) => RuleEvaluation;

const evaluators: Record<CommitmentDef['rule']['kind'], Evaluator> = {
  count: evaluateCount,
  'weekly-average': evaluateWeeklyAverage,
  'every-n-weeks': evaluateEveryNWeeks,
  regular: evaluateRegular,
  deadline: evaluateDeadline,
  milestone: evaluateMilestone,
  judged: evaluateJudged,
  coverage: evaluateCoverage,
};

/** `activities` may be all of the set's; only those qualifying for this promise count. */
export function evaluateRule(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
  context: RuleContext = {},
): RuleEvaluation {
  const evaluate = evaluators[commitment.rule.kind];
  const inner = evaluate(commitment, set, activities, now, prepared, context);
  return applyConditional(commitment, inner, prepared, context);
}
