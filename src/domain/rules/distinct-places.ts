// "på olika platser": until `distinct` different places have been visited, a repeat visit to the
// same place does not bring the promise closer.
import type { Activity } from '../types.ts';

export function countWithDistinctPlaces(
  activities: readonly Activity[],
  distinct: number | undefined,
): number {
  const total = activities.reduce((sum, a) => sum + a.count, 0);
  if (distinct === undefined) return total;
  const places = new Set(activities.map((a) => a.place).filter((p): p is string => p !== null)).size;
  return places >= distinct ? total : Math.min(total, places);
}
