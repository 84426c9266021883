// What a count rule credits: "på olika platser" (`distinctPlaces`: until that many different places
// have been visited, a repeat visit to the same place does not bring the promise closer) and
// occasions (`distinct: date` or `date+place`: several entries on one day, or at one place on one
// day, are one occasion — the police and the municipality both logging the same risk evening).
import type { Activity } from '../types.ts';
import type { Tally } from './tally.ts';

export type Distinct = 'date' | 'date+place';

export interface Crediting {
  distinctPlaces?: number | undefined;
  distinct?: Distinct | undefined;
}

/** One activity per occasion, count 1, in date order of first appearance. */
export function occasionsOf(activities: readonly Activity[], distinct: Distinct): Activity[] {
  const seen = new Map<string, Activity>();
  for (const a of activities) {
    if (a.count <= 0) continue;
    const key = distinct === 'date' ? a.date : `${a.date}|${a.place ?? ''}`;
    if (!seen.has(key)) seen.set(key, { ...a, count: 1 });
  }
  return [...seen.values()];
}

export function countWithDistinctPlaces(
  activities: readonly Activity[],
  distinct: number | undefined,
  occasions?: Distinct,
): number {
  const list = occasions ? occasionsOf(activities, occasions) : activities;
  const total = list.reduce((sum, a) => sum + a.count, 0);
  if (distinct === undefined) return total;
  const places = new Set(list.map((a) => a.place).filter((p): p is string => p !== null)).size;
  return creditedFor(total, places, distinct);
}

/** The same for a promise's tally: its count, and the places where something qualifying happened. */
export function tallyWithDistinctPlaces(tally: Tally, crediting: Crediting): number {
  if (crediting.distinct) {
    return countWithDistinctPlaces(tally.qualifying, crediting.distinctPlaces, crediting.distinct);
  }
  const distinct = crediting.distinctPlaces;
  if (distinct === undefined) return tally.count;
  let places = 0;
  for (const weeks of tally.placeWeeks.values()) if (weeks.size > 0) places++;
  return creditedFor(tally.count, places, distinct);
}

/** A count rule's total over its tally: the summed figure with `sum`, else the credited count. */
export function totalOf(tally: Tally, rule: Crediting & { sum?: string | undefined }): number {
  return rule.sum !== undefined ? (tally.figureTotals[rule.sum] ?? 0) : tallyWithDistinctPlaces(tally, rule);
}

/** Short of `distinct` places, each place counts once however often it was visited. */
function creditedFor(total: number, places: number, distinct: number): number {
  return places >= distinct ? total : Math.min(total, places);
}
