// Whether one activity counts for one promise. The reasons are kept apart so the status can say
// why something logged did not count (a missing partner, most often).
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import type { AfterDone } from './after.ts';
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
  | 'outside-when'
  /** `after` another promise: dated before the day it was done (that year's, for a yearly milestone). */
  | 'before-after';

export type Qualifier = (activity: Activity) => Disqualification | null;

/**
 * Prepares the checks once per promise; the status runs them over the whole ledger. With `after`
 * (prepareAfter), an entry dated before the other promise was done does not count either.
 */
export function createQualifier(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  after: AfterDone | null = null,
): Qualifier {
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
    if (after) {
      const done = after.doneFor(activity.date);
      if (done === null || activity.date < done) return 'before-after';
    }
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
