// One pass over the activities: what counts for a promise, per week, what is planned, what was
// logged without a required partner, and the result figures. computeStatus feeds every promise's
// tallier from a single loop over the ledger, with each date turned into a day number only once.

import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { toDayNumber } from '../time/day-number.ts';
import type { Activity } from '../types.ts';
import {
  type AfterDone,
  type AfterGate,
  afterDone,
  afterOf,
  doneDate,
  windowAfter,
  yearGate,
} from './after.ts';
import { countingSources } from './counting-sources.ts';
import { createPartnerCheck } from './partner-check.ts';
import { placeSubset } from './place-subset.ts';
import { createTagCheck } from './tag-check.ts';
import { createTimeline, type Timeline } from './timeline.ts';
import { createWhenCheck } from './when-check.ts';

export interface Tally {
  qualifying: Activity[];
  count: number;
  /** Per period week; activities dated in the window but outside its weeks are not in here. */
  weekCounts: number[];
  /** Dated in the window before its first week (a period starting late in a week). */
  countBeforeWeeks: number;
  /** A conditional promise's noted triggers (count 0): kept apart, so no rule reads one as work done. */
  triggers: Activity[];
  /**
   * A deliverable with its own due date (a milestone with `due`, a deadline): performed after the due
   * date but inside the period, meeting every other condition. The work was done, late; it does not
   * count as done in time.
   */
  late: Activity[];
  /** Planned activities for the promise dated inside its window, any date. */
  planned: Activity[];
  /** Performed, in the window, but logged without one of the required partners. */
  missingPartner: number;
  /** Performed, in the window, but outside the promise's `when` (time, weekday, event, season). */
  outsideWhen: number;
  /** Performed, in the window, but without a required target group or method. */
  missingGroupOrMethod: number;
  /** Performed, in the window, but at no place of the promise's subset (`places.only`). */
  outsidePlaces: number;
  figureTotals: Record<string, number>;
  /** Qualifying activities per place and week index, so the latest week at a place needs no pass. */
  placeWeeks: Map<string, Map<number, number>>;
}

export interface PreparedRule {
  timeline: Timeline;
  tally: Tally;
  /** `after` a milestone done once a year: each year counts from that year's done day. */
  after?: AfterGate;
}

export interface Tallier {
  /** `day` is toDayNumber(activity.date); the activity names this promise. */
  add(activity: Activity, day: number): void;
  /** Takes back an activity added before (an undo); the same checks decide where it was counted. */
  remove(activity: Activity, day: number): void;
  /** Everything added, whatever its date. */
  tally: Tally;
  /**
   * The tally as of the day `today` (a day number): performed activities dated after it do not count
   * (a fixed clock or an import can put them there). Without any, the tally itself, at no cost.
   */
  asOf(today: number): Tally;
  /** Every activity added in the window (to rebuild the tally for a narrower window). */
  added(): readonly Activity[];
}

/** Mirrors createQualifier's checks, inlined for the hot loop. */
export function createTallier(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  timeline: Timeline,
  /** `after` a yearly milestone: only entries on or after their year's done day count. */
  gate?: (date: string) => boolean,
): Tallier {
  const startDay = toDayNumber(timeline.window.start);
  const endDay = toDayNumber(timeline.window.end);
  // A deliverable due before the period's end takes entries after its due date as done late.
  const rule = commitment.rule;
  const dueOwn = rule.kind === 'deadline' || (rule.kind === 'milestone' && rule.due !== undefined);
  const lateEndDay = dueOwn ? Math.max(endDay, toDayNumber(effectivePeriod(set).end)) : endDay;
  const partners = createPartnerCheck(commitment);
  const places = commitment.places?.fromList ? new Set(set.places.map((p) => p.id)) : null;
  const subset = placeSubset(commitment, set);
  const figureIds = commitment.figures.map((f) => f.id);
  const when = createWhenCheck(commitment, set);
  const tags = createTagCheck(commitment);
  const tally: Tally = {
    qualifying: [],
    count: 0,
    weekCounts: new Array<number>(timeline.total).fill(0),
    countBeforeWeeks: 0,
    triggers: [],
    late: [],
    planned: [],
    missingPartner: 0,
    outsideWhen: 0,
    missingGroupOrMethod: 0,
    outsidePlaces: 0,
    figureTotals: Object.fromEntries(figureIds.map((id) => [id, 0])),
    placeWeeks: new Map(),
  };
  const { weekCounts, figureTotals } = tally;
  const firstSerial = timeline.firstSerial;
  // The latest day of a performed activity ever added (an upper bound after undos), and, to rebuild
  // the tally as of an earlier day, every activity added in the window.
  let lastPerformedDay = Number.NEGATIVE_INFINITY;
  const added: Activity[] = [];
  // +1 adds, -1 takes back: one set of checks for both, so an undo always reverses its add.
  /** Every condition but the window: what makes a late entry "done, late". */
  const meetsConditions = (activity: Activity): boolean =>
    (!partners || partners(activity.partners)) &&
    (!tags || tags(activity)) &&
    (!places || (activity.place !== null && places.has(activity.place))) &&
    (!subset || (activity.place !== null && subset.has(activity.place))) &&
    (!when || when(activity));
  const apply = (activity: Activity, day: number, sign: 1 | -1) => {
    if (day < startDay || day > lateEndDay) return;
    if (sign > 0) added.push(activity);
    else dropLast(added, activity);
    if (!activity.planned && sign > 0 && day > lastPerformedDay) lastPerformedDay = day;
    if (day > endDay) {
      if (activity.planned || activity.count === 0 || !meetsConditions(activity)) return;
      if (sign > 0) tally.late.push(activity);
      else dropLast(tally.late, activity);
      return;
    }
    if (activity.planned) {
      if (sign > 0) tally.planned.push(activity);
      else dropLast(tally.planned, activity);
      return;
    }
    // Count 0 is a conditional promise's trigger ("önskemål uppkom"): no constraint applies to it,
    // and it is the named promise's alone (never passed on by alsoCounts).
    if (activity.count === 0) {
      if (commitment.conditional && activity.promiseIds.includes(commitment.id)) {
        if (sign > 0) tally.triggers.push(activity);
        else dropLast(tally.triggers, activity);
      }
      return;
    }
    if (partners && !partners(activity.partners)) {
      tally.missingPartner += sign;
      return;
    }
    if (tags && !tags(activity)) {
      tally.missingGroupOrMethod += sign;
      return;
    }
    if (places && (activity.place === null || !places.has(activity.place))) return;
    if (subset && (activity.place === null || !subset.has(activity.place))) {
      tally.outsidePlaces += sign;
      return;
    }
    if (when && !when(activity)) {
      tally.outsideWhen += sign;
      return;
    }
    if (gate && !gate(activity.date)) return;
    if (sign > 0) tally.qualifying.push(activity);
    else dropLast(tally.qualifying, activity);
    tally.count += sign * activity.count;
    // Week serial = day number of the week's Thursday / 7 (see weekSerial).
    const index = Math.floor((day + 3) / 7) - firstSerial;
    if (index >= 0 && index < weekCounts.length) weekCounts[index]! += sign * activity.count;
    else if (index < 0) tally.countBeforeWeeks += sign * activity.count;
    if (activity.place !== null) {
      let weeks = tally.placeWeeks.get(activity.place);
      if (!weeks) {
        weeks = new Map();
        tally.placeWeeks.set(activity.place, weeks);
      }
      const n = (weeks.get(index) ?? 0) + sign;
      if (n === 0) weeks.delete(index);
      else weeks.set(index, n);
    }
    for (const figure of figureIds) {
      const value = activity.figures[figure];
      if (value !== undefined) figureTotals[figure]! += sign * value;
    }
  };
  return {
    tally,
    add: (activity, day) => apply(activity, day, 1),
    remove: (activity, day) => apply(activity, day, -1),
    added: () => added,
    asOf(today) {
      if (lastPerformedDay <= today) return tally;
      const past = createTallier(commitment, set, timeline, gate);
      for (const activity of added) {
        const day = toDayNumber(activity.date);
        if (activity.planned || day <= today) past.add(activity, day);
      }
      return past.tally;
    },
  };
}

/** Removes `activity` (by id), searching from the end: an undo mostly takes back a recent entry. */
function dropLast(list: Activity[], activity: Activity): void {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]!.id === activity.id) {
      list.splice(i, 1);
      return;
    }
  }
}

export function tallyActivities(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  timeline: Timeline,
  gate?: (date: string) => boolean,
): Tally {
  const tallier = createTallier(commitment, set, timeline, gate);
  const sources = countingSources(set).get(commitment.id) ?? [commitment.id];
  for (const activity of activities) {
    if (activity.promiseIds.some((id) => sources.includes(id)))
      tallier.add(activity, toDayNumber(activity.date));
  }
  return tallier.asOf(toDayNumber(timeline.today));
}

export function prepareRule(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
): PreparedRule {
  const timeline = createTimeline(commitment, set, now);
  const other = afterOf(commitment, set);
  if (!other) return { timeline, tally: tallyActivities(commitment, set, activities, timeline) };
  // The other's own `after` narrows it first: in a chain each begins when the one before is done.
  const otherTally = prepareRule(other, set, activities, now).tally;
  const gate = yearGate(other, set, otherTally);
  const done = gate ? gate.first : doneDate(other, otherTally);
  const window = windowAfter(timeline.window, done, timeline.today);
  const narrowed = createTimeline(commitment, set, now, window);
  const tally = tallyActivities(commitment, set, activities, narrowed, gate?.counts);
  return { timeline: narrowed, tally, ...(gate ? { after: gate } : {}) };
}

/**
 * For listing entries of a promise `after` another: the done day each entry is held to, worked out as
 * prepareRule does (the other's own `after` first); null without `after`.
 */
export function prepareAfter(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
): AfterDone | null {
  const other = afterOf(commitment, set);
  if (!other) return null;
  return afterDone(commitment, set, prepareRule(other, set, activities, now).tally);
}

/** The tally of a promise `after` another, for its narrowed window, from what its tallier holds. */
export function narrowTally(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  tallier: Tallier,
  timeline: Timeline,
  today: number,
  gate?: (date: string) => boolean,
): Tally {
  const narrowed = createTallier(commitment, set, timeline, gate);
  for (const activity of tallier.added()) narrowed.add(activity, toDayNumber(activity.date));
  return narrowed.asOf(today);
}

/** Week index of the latest qualifying activity at `place`, or -1 when there is none. */
export function latestWeekAt(tally: Tally, place: string): number {
  let latest = -1;
  for (const index of tally.placeWeeks.get(place)?.keys() ?? []) if (index > latest) latest = index;
  return latest;
}

/** Planned activities dated from `from` to `until`. */
export function plannedBetween(tally: Tally, from: string, until: string): Activity[] {
  return tally.planned.filter((a) => a.date >= from && a.date <= until);
}
