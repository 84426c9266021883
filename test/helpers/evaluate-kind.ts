// Evaluates one promise the way computeStatus does (prepare its tally, then its kind's module) and
// narrows the result to the kind the test expects, so a test reads that kind's figures directly.
import type { CommitmentDef, PromiseSetDef } from '../../src/domain/promise-set/schema.ts';
import { evaluateRule } from '../../src/domain/rules/evaluate-rule.ts';
import type { EvaluationOf, RuleKind, StatusOf } from '../../src/domain/rules/kinds/define-rule.ts';
import { type PreparedRule, prepareRule } from '../../src/domain/rules/tally.ts';
import type { RuleContext } from '../../src/domain/rules/types.ts';
import type { PromiseStatus } from '../../src/domain/status/types.ts';
import type { Activity } from '../../src/domain/types.ts';

export function evaluatorFor<K extends RuleKind>(kind: K) {
  return (
    commitment: CommitmentDef,
    set: PromiseSetDef,
    activities: readonly Activity[],
    now: Date,
    prepared: PreparedRule = prepareRule(commitment, set, activities, now),
    context: RuleContext = {},
  ): EvaluationOf<K> => {
    const result = evaluateRule(commitment, set, prepared, context);
    if (result.kind !== kind) throw new Error(`expected a ${kind} rule, got ${result.kind}`);
    return result as EvaluationOf<K>;
  };
}

/** A promise's status as its kind (fails the test when the promise is of another kind). */
export function statusOfKind<K extends RuleKind>(kind: K, ps: PromiseStatus | undefined): StatusOf<K> {
  if (ps?.kind !== kind) throw new Error(`expected a ${kind} promise, got ${ps?.kind}`);
  return ps as StatusOf<K>;
}
