// One pass over the activities: what counts for a promise, per week, what is planned, what was
// logged without a required partner, and the result figures. computeStatus feeds every promise's
// tallier from a single loop over the ledger, with each date turned into a day number only once.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { toDayNumber } from '../time/day-number.ts';
import type { Activity } from '../types.ts';
import { countingSources } from './counting-sources.ts';
import { createTagCheck } from './tag-check.ts';
import { createTimeline, type Timeline } from './timeline.ts';
import { createWhenCheck } from './when-check.ts';

export interface Tally {
  qualifying: Activity[];
  count: number;
  /** Per period week; activities dated in the window but outside its weeks are not in here. */
  weekCounts: number[];
  /** Planned activities for the promise dated inside its window, any date. */
  planned: Activity[];
  /** Performed, in the window, but logged without one of the required partners. */
  missingPartner: number;
  /** Performed, in the window, but outside the promise's `when` (time, weekday, event, season). */
  outsideWhen: number;
  /** Performed, in the window, but without a required target group or method. */
  missingGroupOrMethod: number;
  figureTotals: Record<string, number>;
}

export interface PreparedRule {
  timeline: Timeline;
  tally: Tally;
}

export interface Tallier {
  /** `day` is toDayNumber(activity.date); the activity names this promise. */
  add(activity: Activity, day: number): void;
  tally: Tally;
}

/** Mirrors createQualifier's checks, inlined for the hot loop. */
export function createTallier(commitment: CommitmentDef, set: PromiseSetDef, timeline: Timeline): Tallier {
  const startDay = toDayNumber(timeline.window.start);
  const endDay = toDayNumber(timeline.window.end);
  const partners = commitment.partners ? new Set(commitment.partners.anyOf) : null;
  const places = commitment.places?.fromList ? new Set(set.places.map((p) => p.id)) : null;
  const figureIds = commitment.figures.map((f) => f.id);
  const when = createWhenCheck(commitment, set);
  const tags = createTagCheck(commitment);
  const tally: Tally = {
    qualifying: [],
    count: 0,
    weekCounts: new Array<number>(timeline.total).fill(0),
    planned: [],
    missingPartner: 0,
    outsideWhen: 0,
    missingGroupOrMethod: 0,
    figureTotals: Object.fromEntries(figureIds.map((id) => [id, 0])),
  };
  const { weekCounts, figureTotals } = tally;
  const firstSerial = timeline.firstSerial;
  return {
    tally,
    add(activity, day) {
      if (day < startDay || day > endDay) return;
      if (activity.planned) {
        tally.planned.push(activity);
        return;
      }
      // Count 0 is a conditional promise's trigger ("önskemål uppkom"): no constraint applies to it,
      // and it is the named promise's alone (never passed on by alsoCounts).
      if (activity.count === 0) {
        if (commitment.conditional && activity.promiseIds.includes(commitment.id))
          tally.qualifying.push(activity);
        return;
      }
      if (partners && !activity.partners.some((p) => partners.has(p))) {
        tally.missingPartner++;
        return;
      }
      if (tags && !tags(activity)) {
        tally.missingGroupOrMethod++;
        return;
      }
      if (places && (activity.place === null || !places.has(activity.place))) return;
      if (when && !when(activity)) {
        tally.outsideWhen++;
        return;
      }
      tally.qualifying.push(activity);
      tally.count += activity.count;
      // Week serial = day number of the week's Thursday / 7 (see weekSerial).
      const index = Math.floor((day + 3) / 7) - firstSerial;
      if (index >= 0 && index < weekCounts.length) weekCounts[index]! += activity.count;
      for (const figure of figureIds) {
        const value = activity.figures[figure];
        if (value !== undefined) figureTotals[figure]! += value;
      }
    },
  };
}

export function tallyActivities(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  timeline: Timeline,
): Tally {
  const tallier = createTallier(commitment, set, timeline);
  const sources = countingSources(set).get(commitment.id) ?? [commitment.id];
  for (const activity of activities) {
    if (activity.promiseIds.some((id) => sources.includes(id)))
      tallier.add(activity, toDayNumber(activity.date));
  }
  return tallier.tally;
}

export function prepareRule(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
): PreparedRule {
  const timeline = createTimeline(commitment, set, now);
  return { timeline, tally: tallyActivities(commitment, set, activities, timeline) };
}

/** Planned activities dated from `from` to `until`. */
export function plannedBetween(tally: Tally, from: string, until: string): Activity[] {
  return tally.planned.filter((a) => a.date >= from && a.date <= until);
}
