// A promise's target in words, as the follow-up states it before the outcome.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { ruleModule } from '../rules/kinds/rule-kinds.ts';

export { PER_WORDS } from '../rules/kinds/wording.ts';

export function describeTarget(commitment: CommitmentDef, set: PromiseSetDef): string {
  let text = ruleModule(commitment.rule.kind).describeTarget(commitment.rule, commitment);
  const partners = commitment.partners?.anyOf ?? [];
  if (partners.length > 0) {
    const names = partners.map((id) => set.partners.find((p) => p.id === id)?.name ?? id);
    text += `, i samverkan med ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}`}`;
  }
  return text;
}
