// Place tags and a promise's subset of places: `tags: [skolmiljo]` on a place, and
// `places: { only: { tags: [skolmiljo] } }` (or `only: { ids: [...] }`) on a promise that counts only
// there ("hundsök i skolmiljö", "trafikkontroller i byarna"). A place's `group` is read as one more tag.
import type { CommitmentDef, PlaceDef, PromiseSetDef } from '../promise-set/schema.ts';

/** A place's tags, its `group` included. */
export function placeTags(place: PlaceDef): string[] {
  return place.group === undefined ? place.tags : [...place.tags, place.group];
}

/** The places with at least one of `tags`. */
export function placesTagged(set: PromiseSetDef, tags: readonly string[]): PlaceDef[] {
  return set.places.filter((p) => placeTags(p).some((t) => tags.includes(t)));
}

/** The ids of the places the promise counts at; null when every place counts. */
export function placeSubset(commitment: CommitmentDef, set: PromiseSetDef): Set<string> | null {
  const only = commitment.places?.only;
  if (!only) return null;
  const ids = new Set(only.ids ?? []);
  for (const p of placesTagged(set, only.tags ?? [])) ids.add(p.id);
  return ids;
}

/** `Skolorna, Ungdomsgården`: the subset's names, for "räknas bara på …". */
export function describePlaceSubset(commitment: CommitmentDef, set: PromiseSetDef): string {
  const subset = placeSubset(commitment, set);
  if (!subset) return '';
  return set.places
    .filter((p) => subset.has(p.id))
    .map((p) => p.name)
    .join(', ');
}
