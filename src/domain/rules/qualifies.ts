// Whether one activity counts for one promise. The reasons are kept apart so the status can say
// why something logged did not count (a missing partner, most often).
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { activityWindow } from './timeline.ts';

export type Disqualification =
  | 'other-promise'
  | 'planned'
  | 'outside-window'
  | 'missing-partner'
  | 'unlisted-place';

export function disqualification(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activity: Activity,
): Disqualification | null {
  if (!activity.promiseIds.includes(commitment.id)) return 'other-promise';
  if (activity.planned) return 'planned';
  const window = activityWindow(commitment, set);
  if (activity.date < window.start || activity.date > window.end) return 'outside-window';
  const anyOf = commitment.partners?.anyOf;
  if (anyOf && !activity.partners.some((p) => anyOf.includes(p))) return 'missing-partner';
  if (commitment.places?.fromList && !set.places.some((p) => p.id === activity.place))
    return 'unlisted-place';
  return null;
}

export function qualifies(commitment: CommitmentDef, set: PromiseSetDef, activity: Activity): boolean {
  return disqualification(commitment, set, activity) === null;
}
