// A promise's target in words, as the follow-up states it before the outcome.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { ruleModule } from '../rules/kinds/rule-kinds.ts';
import { describePartnersInTarget } from '../rules/partner-check.ts';
import { describePlaceSubset } from '../rules/place-subset.ts';

export { PER_WORDS } from '../rules/kinds/wording.ts';

export function describeTarget(commitment: CommitmentDef, set: PromiseSetDef): string {
  let text = ruleModule(commitment.rule.kind).describeTarget(commitment.rule, commitment, set);
  const partners = describePartnersInTarget(commitment, set);
  if (partners) text += `, ${partners}`;
  const subset = describePlaceSubset(commitment, set);
  if (subset) text += `, bara på ${subset}`;
  return text;
}
