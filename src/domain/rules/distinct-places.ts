// "på olika platser": until `distinct` different places have been visited, a repeat visit to the
// same place does not bring the promise closer.
import type { Activity } from '../types.ts';
import type { Tally } from './tally.ts';

export function countWithDistinctPlaces(
  activities: readonly Activity[],
  distinct: number | undefined,
): number {
  const total = activities.reduce((sum, a) => sum + a.count, 0);
  if (distinct === undefined) return total;
  const places = new Set(activities.map((a) => a.place).filter((p): p is string => p !== null)).size;
  return creditedFor(total, places, distinct);
}

/** The same for a promise's tally: its count, and the places where something qualifying happened. */
export function tallyWithDistinctPlaces(tally: Tally, distinct: number | undefined): number {
  if (distinct === undefined) return tally.count;
  let places = 0;
  for (const weeks of tally.placeWeeks.values()) if (weeks.size > 0) places++;
  return creditedFor(tally.count, places, distinct);
}

/** Short of `distinct` places, each place counts once however often it was visited. */
function creditedFor(total: number, places: number, distinct: number): number {
  return places >= distinct ? total : Math.min(total, places);
}
