// The weeks of a period: the ISO weeks whose Thursday falls inside it, the rule ISO itself uses
// to give a week to a year, so a calendar year gets exactly its 52 or 53 weeks.
import type { IsoDate, IsoWeek } from '../types.ts';
import { toDayNumber, weekdayOf } from './day-number.ts';
import { weekFromSerial } from './iso-week.ts';
import { DEFAULT_TIME_ZONE, toLocalDate } from './local-date.ts';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** Serials (see weekSerial) of the first and last week of the period; last < first when none. */
export function periodWeekSerials(start: IsoDate, end: IsoDate): { first: number; last: number } {
  const startDay = toDayNumber(start);
  const endDay = toDayNumber(end);
  // A week's serial is its Thursday's day number + 3, divided by 7 — see weekSerial.
  const startThursday = startDay - weekdayOf(startDay) + 3;
  const firstThursday = startThursday >= startDay ? startThursday : startThursday + 7;
  const endThursday = endDay - weekdayOf(endDay) + 3;
  const lastThursday = endThursday <= endDay ? endThursday : endThursday - 7;
  return { first: firstThursday / 7, last: lastThursday / 7 };
}

export function weeksOfPeriod(start: IsoDate, end: IsoDate): IsoWeek[] {
  const { first, last } = periodWeekSerials(start, end);
  const weeks: IsoWeek[] = [];
  for (let s = first; s <= last; s++) weeks.push(weekFromSerial(s));
  return weeks;
}

/** Weeks of the period whose Sunday has ended, local time. */
export function completedWeeks(period: Period, now: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoWeek[] {
  const today = toDayNumber(toLocalDate(now, timeZone));
  const { first, last } = periodWeekSerials(period.start, period.end);
  // Serial of the week holding today; every week before it has had its Sunday end.
  const current = (today - weekdayOf(today) + 3) / 7;
  const weeks: IsoWeek[] = [];
  for (let s = first; s <= Math.min(last, current - 1); s++) weeks.push(weekFromSerial(s));
  return weeks;
}
