// Places as a dimension: for each watched place, completed weeks since its last qualifying
// activity; silent ones are flagged ("ingen medborgarkontakt i Skolan på 5 veckor").
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { activityNoun, weeksText } from './noun.ts';
import { latestWeekAt, type Tally } from './tally.ts';
import type { Timeline } from './timeline.ts';
import type { Alert } from './types.ts';

export interface WatchedPlace {
  place: string;
  name: string;
  /** Completed weeks since the last activity there (all completed weeks when none yet). */
  weeks: number;
  silent: boolean;
}

export function watchPlaces(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  tally: Tally,
  timeline: Timeline,
): { places: WatchedPlace[]; alerts: Alert[] } {
  const watch = commitment.places?.watch ?? [];
  if (watch.length === 0) return { places: [], alerts: [] };
  const limit = commitment.places?.silentWeeks ?? 4;
  const planned = tally.planned;
  const noun = activityNoun(commitment);
  const places: WatchedPlace[] = [];
  const alerts: Alert[] = [];
  for (const place of watch) {
    const name = set.places.find((p) => p.id === place)?.name ?? place;
    const weeks = Math.max(0, timeline.completed - 1 - latestWeekAt(tally, place));
    const silent = !timeline.ended && weeks >= limit;
    places.push({ place, name, weeks, silent });
    const thisWeek = timeline.weekRef(timeline.completed);
    const isPlanned = planned.some(
      (a) => a.place === place && a.date >= timeline.today && a.date <= thisWeek.end,
    );
    if (silent && !isPlanned) {
      alerts.push({
        code: 'silent-place',
        severity: 'warning',
        message: `Ingen ${noun.one} i ${name} på ${weeksText(weeks)}: gör en där denna vecka (${thisWeek.label}, ${thisWeek.dates})`,
        by: thisWeek.end,
      });
    }
  }
  return { places, alerts };
}
