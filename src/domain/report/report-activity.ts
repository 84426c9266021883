// One activity as the report lists it: names instead of ids, the date in words.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { explainNotCounted, notCountedText } from '../rules/explain-not-counted.ts';
import { createQualifier } from '../rules/qualifies.ts';
import { memberName } from '../rules/set-members.ts';
import { prepareAfter } from '../rules/tally.ts';
import type { DateWords } from '../time/date-words.ts';
import { isoWeekOf } from '../time/iso-week.ts';
import type { Activity } from '../types.ts';
import type { ReportActivity } from './types.ts';

export function placeName(set: PromiseSetDef, place: string | null): string | null {
  if (place === null) return null;
  return set.places.find((p) => p.id === place)?.name ?? memberName(set, place) ?? place;
}

export function partnerName(set: PromiseSetDef, partner: string): string {
  return set.partners.find((p) => p.id === partner)?.name ?? partner;
}

/** `byDate` order for every list in the report: date, then id, so output never depends on storage order. */
export function byDate(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function named<K extends 'targetGroups' | 'methods'>(
  key: K,
  ids: readonly string[],
  list: PromiseSetDef[K],
): Partial<Record<K, string[]>> {
  if (ids.length === 0) return {};
  return { [key]: ids.map((id) => list.find((x) => x.id === id)?.name ?? id) } as Partial<
    Record<K, string[]>
  >;
}

export function toReportActivity(
  set: PromiseSetDef,
  activity: Activity,
  /** Why it does not count and how to repair it; null when it counts. */
  notCounted: string | null,
  figureLabels: ReadonlyMap<string, string>,
  words: DateWords,
): ReportActivity {
  const figures: Record<string, number> = {};
  for (const [key, value] of Object.entries(activity.figures)) figures[figureLabels.get(key) ?? key] = value;
  return {
    id: activity.id,
    date: activity.date,
    day: words.day(activity.date),
    week: words.week(isoWeekOf(activity.date)),
    place: placeName(set, activity.place),
    partners: activity.partners.map((p) => partnerName(set, p)),
    ...named('targetGroups', activity.targetGroups, set.targetGroups),
    ...named('methods', activity.methods, set.methods),
    count: activity.count,
    participants: activity.participants.length,
    note: activity.note,
    figures,
    counted: notCounted === null,
    ...(notCounted === null ? {} : { notCounted }),
  };
}

/**
 * The performed activities a promise's report lists, from `from` to `to`: those logged for it (a
 * non-counting one with why and how to repair it), and those of the promises that also count for it (`alsoCounts`)
 * when they do count. `now` is the status's clock: with `after`, an entry before the day the other
 * promise was done (as of `now`) is listed as not counting, as the status leaves it out.
 */
export function promiseActivities(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  performed: readonly Activity[],
  from: string,
  to: string,
  words: DateWords,
  now: Date,
): ReportActivity[] {
  // One event can carry figures of another promise it also counts for; name those too.
  const labels = new Map(
    [commitment, ...set.promises].flatMap((c) => c.figures.map((f) => [f.id, f.label] as const)).reverse(),
  );
  const after = prepareAfter(commitment, set, performed, now);
  const qualifier = createQualifier(commitment, set, after);
  const listed: ReportActivity[] = [];
  for (const a of performed) {
    if (a.date < from || a.date > to) continue;
    const reason = qualifier(a);
    if (reason === null) listed.push(toReportActivity(set, a, null, labels, words));
    else if (a.promiseIds.includes(commitment.id))
      listed.push(
        toReportActivity(
          set,
          a,
          notCountedText(explainNotCounted(commitment, set, a, reason, after)),
          labels,
          words,
        ),
      );
  }
  return listed;
}
