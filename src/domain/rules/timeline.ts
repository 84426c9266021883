// Where "now" sits in a promise's window, computed once per promise: the weeks of the window,
// how many are completed, and a cheap date → week-index mapping.
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { createDateWords, type DateWords, type WordedPeriod } from '../time/date-words.ts';
import { addDays } from '../time/day-number.ts';
import { formatWeek, formatWeekDates, formatWeekendDates } from '../time/format-swedish.ts';
import { weekEnd, weekFromSerial, weekSerialOfDate, weekStart } from '../time/iso-week.ts';
import { toLocalDate } from '../time/local-date.ts';
import { type Period, periodWeekSerials } from '../time/period-weeks.ts';
import type { IsoDate } from '../types.ts';
import type { WeekRef } from './types.ts';

export interface Timeline {
  /** The instant the timeline describes. */
  now: Date;
  timeZone: string;
  today: IsoDate;
  window: Period;
  /** The set's period (the window of a unit or a promise lies inside it). */
  setPeriod: WordedPeriod;
  /** Week serial of the window's first week. */
  firstSerial: number;
  /** Number of weeks in the window. */
  total: number;
  /** Completed weeks (all of them once the window has ended). */
  completed: number;
  /** Index of this week relative to the first week (negative before, ≥ total after). */
  currentIndex: number;
  ended: boolean;
  /** Week index of a date (may fall outside 0..total-1). */
  indexOf(date: IsoDate): number;
  weekRef(index: number): WeekRef;
  /** Dates and weeks worded for this set at `now` (a year outside this year and in multi-year sets). */
  words: DateWords;
}

/**
 * The dates an activity must fall in: the (extended) period, or for a deadline or a milestone
 * with `due` from its start to `due`.
 */
export function activityWindow(commitment: CommitmentDef, set: PromiseSetDef): Period {
  const period = effectivePeriod(set);
  const rule = commitment.rule;
  if (rule.kind === 'deadline') return { start: period.start, end: rule.due };
  if (rule.kind === 'milestone' && rule.due !== undefined) return { start: period.start, end: rule.due };
  // `during: <season>`: the target holds within the season (Berg: 17 controls in the winter season).
  const season = commitment.during ? set.seasons.find((s) => s.id === commitment.during) : undefined;
  if (season) {
    const sorted = [...season.dates].sort();
    const start = season.start ?? sorted[0] ?? period.start;
    const end = season.end ?? sorted.at(-1) ?? period.end;
    return { start: start > period.start ? start : period.start, end: end < period.end ? end : period.end };
  }
  return period;
}

// Every status names a handful of weeks with their Swedish wording; each week is worded once, with
// and without its year.
const weekRefs = new Map<number, WeekRef>();

/** `withYear`: the label names the week's year (`v.20 2021`), see DateWords. */
export function createWeekRef(serial: number, withYear = false): WeekRef {
  const key = withYear ? -serial - 1 : serial;
  let ref = weekRefs.get(key);
  if (!ref) {
    const week = weekFromSerial(serial);
    ref = Object.freeze({
      year: week.year,
      week: week.week,
      label: withYear ? `${formatWeek(week)} ${week.year}` : formatWeek(week),
      start: weekStart(week),
      end: weekEnd(week),
      weekendDates: formatWeekendDates(week),
      dates: formatWeekDates(week),
    });
    weekRefs.set(key, ref);
  }
  return ref;
}

export function createTimeline(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  now: Date,
  /** A narrower window (a promise `after` another: from the other's done day). */
  windowOverride?: Period,
): Timeline {
  return windowTimeline(windowOverride ?? activityWindow(commitment, set), now, set.timeZone, {
    ...effectivePeriod(set),
    resetsEach: set.period.resetsEach,
  });
}

/**
 * The timeline of any window at `now`: a promise's, or one sub-period of it (a month of a count per
 * month is paced as if the period were that month).
 */
export function windowTimeline(
  window: Period,
  now: Date,
  timeZone: string,
  /** The set's period, which decides when a date needs its year (default: the window). */
  setPeriod: WordedPeriod = window,
): Timeline {
  const today = toLocalDate(now, timeZone);
  const words = createDateWords(setPeriod, today);
  const { first, last } = periodWeekSerials(window.start, window.end);
  const total = Math.max(0, last - first + 1);
  const currentIndex = weekSerialOfDate(today) - first;
  const ended = today > window.end;
  // A ledger has far fewer distinct dates than activities: remember each date's week.
  const indexByDate = new Map<IsoDate, number>();
  const indexOf = (date: IsoDate): number => {
    let index = indexByDate.get(date);
    if (index === undefined) {
      index = weekSerialOfDate(date) - first;
      indexByDate.set(date, index);
    }
    return index;
  };
  return {
    now,
    timeZone,
    today,
    window,
    setPeriod,
    firstSerial: first,
    total,
    completed: ended ? total : Math.min(total, Math.max(0, currentIndex)),
    currentIndex,
    ended,
    indexOf,
    weekRef: (index) => {
      const serial = first + index;
      return createWeekRef(serial, words.weekHasYear(weekFromSerial(serial)));
    },
    words,
  };
}

/** The Sunday ending the last completed week, or the day before the window when none. */
export function lastCompletedDay(timeline: Timeline): IsoDate {
  return timeline.completed === 0
    ? addDays(timeline.window.start, -1)
    : timeline.weekRef(timeline.completed - 1).end;
}
