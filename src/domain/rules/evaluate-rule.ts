// One entry point for every rule kind; `conditional` wraps whichever rule the promise has.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { applyConditional } from './evaluate-conditional.ts';
import { ruleModule } from './kinds/rule-kinds.ts';
import type { PreparedRule } from './tally.ts';
import type { RuleContext, RuleEvaluation } from './types.ts';

/** `prepared` holds the promise's tally at `now` (prepareRule, or a status book's tallier). */
export function evaluateRule(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  prepared: PreparedRule,
  context: RuleContext = {},
): RuleEvaluation {
  const input = { commitment, set, prepared, context };
  const inner = ruleModule(commitment.rule.kind).evaluate(commitment.rule, input);
  return applyConditional(commitment, set, inner, prepared, context);
}
