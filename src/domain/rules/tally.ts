// One pass over a promise's activities: the qualifying ones, their total and their count per week.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { qualifies } from './qualifies.ts';
import type { Timeline } from './timeline.ts';

export interface Tally {
  qualifying: Activity[];
  count: number;
  /** Per period week; activities dated in the window but outside its weeks are not in here. */
  weekCounts: number[];
}

export function tallyActivities(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  timeline: Timeline,
): Tally {
  const weekCounts = new Array<number>(timeline.total).fill(0);
  const qualifying: Activity[] = [];
  let count = 0;
  for (const activity of activities) {
    if (!qualifies(commitment, set, activity)) continue;
    qualifying.push(activity);
    count += activity.count;
    const index = timeline.indexOf(activity.date);
    if (index >= 0 && index < timeline.total) weekCounts[index] = (weekCounts[index] ?? 0) + activity.count;
  }
  return { qualifying, count, weekCounts };
}

/** Planned (not yet performed) activities for the promise dated from today to `until`. */
export function plannedBetween(
  commitment: CommitmentDef,
  activities: readonly Activity[],
  from: string,
  until: string,
): Activity[] {
  return activities.filter(
    (a) => a.planned && a.promiseIds.includes(commitment.id) && a.date >= from && a.date <= until,
  );
}
