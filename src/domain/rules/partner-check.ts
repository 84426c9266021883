// `partners` on a promise: `anyOf` (one of them must take part) and `allOf` (every one of them must:
// "tillsammans med skola, hälsocentral och kommun"). Both may be given; then both must hold. One
// place decides, so the tally, the qualifier, the grammar and the replies agree.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';

export type PartnerCheck = (partners: readonly string[]) => boolean;

/** null when the promise requires no partner, so the hot loop can skip it. */
export function createPartnerCheck(commitment: CommitmentDef): PartnerCheck | null {
  const anyOf = commitment.partners?.anyOf;
  const allOf = commitment.partners?.allOf;
  if (!anyOf && !allOf) return null;
  const any = anyOf ? new Set(anyOf) : null;
  return (partners) =>
    (!any || partners.some((p) => any.has(p))) && (!allOf || allOf.every((p) => partners.includes(p)));
}

/** Every partner id the promise names (anyOf first, then allOf), for prompts and listings. */
export function namedPartners(commitment: CommitmentDef): string[] {
  const ids = [...(commitment.partners?.anyOf ?? []), ...(commitment.partners?.allOf ?? [])];
  return [...new Set(ids)];
}

export function partnerName(set: PromiseSetDef, id: string): string {
  return set.partners.find((p) => p.id === id)?.name ?? id;
}

function listOf(names: string[], joiner: 'och' | 'eller'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${joiner} ${names.at(-1)}`;
}

/**
 * What the promise requires, in words: `en av Socialtjänsten, Skolan`, `alla av Polisen, Kommunen`,
 * or both joined with `och`. Empty when nothing is required.
 */
export function describePartnerRequirement(commitment: CommitmentDef, set: PromiseSetDef): string {
  const parts: string[] = [];
  const anyOf = commitment.partners?.anyOf;
  const allOf = commitment.partners?.allOf;
  if (anyOf) parts.push(anyOf.map((id) => partnerName(set, id)).join(', '));
  if (allOf) parts.push(`alla av ${allOf.map((id) => partnerName(set, id)).join(', ')}`);
  return parts.join(' och ');
}

/** `i samverkan med A eller B`, `tillsammans med A, B och C`: the target's wording in a report. */
export function describePartnersInTarget(commitment: CommitmentDef, set: PromiseSetDef): string {
  const parts: string[] = [];
  const anyOf = commitment.partners?.anyOf;
  const allOf = commitment.partners?.allOf;
  if (anyOf)
    parts.push(
      `i samverkan med ${listOf(
        anyOf.map((id) => partnerName(set, id)),
        'eller',
      )}`,
    );
  if (allOf)
    parts.push(
      `tillsammans med ${listOf(
        allOf.map((id) => partnerName(set, id)),
        'och',
      )}`,
    );
  return parts.join(', ');
}

/**
 * Partners an entry with `partners` lacks for the promise to count: the whole anyOf list when none of
 * it is there, plus each allOf partner missing. Empty when it counts.
 */
export function lackingPartners(commitment: CommitmentDef, partners: readonly string[]): string[] {
  const lacking: string[] = [];
  const anyOf = commitment.partners?.anyOf;
  if (anyOf && !partners.some((p) => anyOf.includes(p))) lacking.push(...anyOf);
  for (const id of commitment.partners?.allOf ?? []) if (!partners.includes(id)) lacking.push(id);
  return [...new Set(lacking)];
}
