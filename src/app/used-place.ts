// A free-text place is stored with the spelling the set already uses ("kiosken" after "Kiosken"), and
// the reply says which: "Ny plats" the first time, the kept spelling when it differs from the line's.
import { isFreeTextPlace, usedSpelling } from '../domain/rules/new-place.ts';
import type { AppDeps } from './deps.ts';
import type { StoredPromiseSet } from './ports.ts';

/** What the set knew of a free-text place before this write. */
export interface PlaceAsUsed {
  /** The place to store: the set's spelling when it has one, else as written. */
  place: string;
  /** As the user wrote it. */
  written: string;
  /** The set already had an entry at it (false too when the set's entries could not be read). */
  used: boolean;
}

/**
 * The set's spelling of `place` when it is free text, read from the set's active entries (`exceptId`,
 * the entry being edited, left out); null for no place or a listed one. When the entries cannot be
 * read the place is stored as written and counted as new, as it was before spellings were kept.
 */
export async function placeAsUsed(
  deps: AppDeps,
  set: StoredPromiseSet,
  place: string | null,
  exceptId?: string,
): Promise<PlaceAsUsed | null> {
  if (!isFreeTextPlace(set.def, place)) return null;
  try {
    const spelling = usedSpelling(set.def, place, await deps.ledger.getActivities(set.key), exceptId);
    return { place: spelling ?? place, written: place, used: spelling !== null };
  } catch (error) {
    deps.log.warn({ err: error, set: set.key }, 'could not read the places already used');
    return { place, written: place, used: false };
  }
}

/** The reply's line about a free-text place, or null when there is nothing to say. */
export function placeNote(asUsed: PlaceAsUsed | null): string | null {
  if (!asUsed) return null;
  if (!asUsed.used) {
    return `Ny plats: "${asUsed.place}" finns inte i listan och sparades som den skrevs.`;
  }
  if (asUsed.place !== asUsed.written) {
    return `Plats: "${asUsed.place}" (som tidigare; du skrev "${asUsed.written}").`;
  }
  return null;
}
