// A free-text place is announced as new once: the first time the set stores it. Later entries at the
// same place (matched as the grammar matches places: case and diacritics aside) name it plainly and
// take the spelling the set already uses, so per-place totals do not split over spellings.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { Activity } from '../types.ts';
import { findMember } from './set-members.ts';

/** A place written as free text: neither a listed place nor a member of one of the set's lists. */
export function isFreeTextPlace(set: PromiseSetDef, place: string | null): place is string {
  return place !== null && !set.places.some((p) => p.id === place) && !findMember(set, place);
}

/**
 * The spelling the set already uses for the free-text `place` (that of the earliest logged active
 * entry at it, `exceptId` left out), or null when `place` is not free text or no other entry has it.
 */
export function usedSpelling(
  set: PromiseSetDef,
  place: string | null,
  others: Iterable<Activity>,
  exceptId?: string,
): string | null {
  if (!isFreeTextPlace(set, place)) return null;
  const folded = normaliseWord(place);
  let first: Activity | null = null;
  for (const a of others) {
    if (a.id === exceptId || a.place === null || normaliseWord(a.place) !== folded) continue;
    if (!first || isEarlier(a, first)) {
      first = a;
    }
  }
  return first?.place ?? null;
}

function isEarlier(a: Activity, b: Activity): boolean {
  const at = Date.parse(a.loggedAt);
  const bt = Date.parse(b.loggedAt);
  return at < bt || (at === bt && a.id < b.id);
}
