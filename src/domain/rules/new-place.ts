// A free-text place is announced as new once: the first time the set stores it. Later entries at the
// same place (matched as the grammar matches places: case and diacritics aside) name it plainly.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { Activity } from '../types.ts';
import { findMember } from './set-members.ts';

/** A place written as free text: neither a listed place nor a member of one of the set's lists. */
export function isFreeTextPlace(set: PromiseSetDef, place: string | null): boolean {
  return place !== null && !set.places.some((p) => p.id === place) && !findMember(set, place);
}

/**
 * True when `entry`'s place is free text (no listed place, no member of a set) that no other active
 * entry of the set (logged or planned) has; `others` are the set's active entries, `entry` may be among them.
 */
export function isNewPlace(set: PromiseSetDef, entry: Activity, others: Iterable<Activity>): boolean {
  if (!isFreeTextPlace(set, entry.place)) return false;
  const folded = normaliseWord(entry.place!);
  for (const a of others) {
    if (a.id !== entry.id && a.place !== null && normaliseWord(a.place) === folded) return false;
  }
  return true;
}
