// Whether one activity counts for one promise. The reasons are kept apart so the status can say
// why something logged did not count (a missing partner, most often).
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { countingSources } from './counting-sources.ts';
import { createPartnerCheck } from './partner-check.ts';
import { placeSubset } from './place-subset.ts';
import { createTagCheck } from './tag-check.ts';
import { activityWindow } from './timeline.ts';
import { createWhenCheck } from './when-check.ts';

export type Disqualification =
  | 'other-promise'
  | 'planned'
  | 'outside-window'
  | 'missing-partner'
  | 'missing-group-or-method'
  /** Count 0 that is not this conditional promise's own trigger. */
  | 'no-count'
  | 'unlisted-place'
  /** At no place of the promise's subset (`places.only`). */
  | 'outside-places'
  | 'outside-when';

export type Qualifier = (activity: Activity) => Disqualification | null;

/** Prepares the checks once per promise; the status runs them over the whole ledger. */
export function createQualifier(commitment: CommitmentDef, set: PromiseSetDef): Qualifier {
  const { start, end } = activityWindow(commitment, set);
  const partners = createPartnerCheck(commitment);
  const places = commitment.places?.fromList ? new Set(set.places.map((p) => p.id)) : null;
  const subset = placeSubset(commitment, set);
  const sources = countingSources(set).get(commitment.id) ?? [commitment.id];
  const when = createWhenCheck(commitment, set);
  const tags = createTagCheck(commitment);
  return (activity) => {
    if (!activity.promiseIds.some((id) => sources.includes(id))) return 'other-promise';
    if (activity.planned) return 'planned';
    if (activity.date < start || activity.date > end) return 'outside-window';
    if (activity.count === 0) {
      return commitment.conditional && activity.promiseIds.includes(commitment.id) ? null : 'no-count';
    }
    if (partners && !partners(activity.partners)) return 'missing-partner';
    if (tags && !tags(activity)) return 'missing-group-or-method';
    if (places && (activity.place === null || !places.has(activity.place))) return 'unlisted-place';
    if (subset && (activity.place === null || !subset.has(activity.place))) return 'outside-places';
    if (when && !when(activity)) return 'outside-when';
    return null;
  };
}

export function disqualification(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activity: Activity,
): Disqualification | null {
  return createQualifier(commitment, set)(activity);
}

export function qualifies(commitment: CommitmentDef, set: PromiseSetDef, activity: Activity): boolean {
  return disqualification(commitment, set, activity) === null;
}
