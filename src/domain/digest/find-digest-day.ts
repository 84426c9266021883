// Which day of a week the digest comes: the channel's weekday (Monday unless `/loften schema` chose
// another), or when that day is a holiday the next working day (Tuesday 2018-04-03 after annandag
// påsk). A Friday holiday moves it into the next week (långfredag → the Tuesday after Easter); it is
// still that week's digest. The holiday calendar is passed in, so this stays pure.
import { addDays, toDayNumber, weekdayOf, weekStart } from '../time/index.ts';
import type { IsoDate, IsoWeek } from '../types.ts';

/** The holiday's Swedish name when the date is not a working day, else null. */
export type HolidayLookup = (date: IsoDate) => string | null;

export interface DigestDay {
  date: IsoDate;
  /** The chosen day it replaces and why, when it is not that day. */
  postponed: { from: IsoDate; holiday: string } | null;
}

function isWeekend(date: IsoDate): boolean {
  return weekdayOf(toDayNumber(date)) >= 5;
}

/**
 * `weekday`: 1 = Monday … 5 = Friday. Null only when no working day follows within two weeks
 * (never in the Swedish calendar).
 */
export function findDigestDay(week: IsoWeek, holidayName: HolidayLookup, weekday = 1): DigestDay | null {
  const chosen = addDays(weekStart(week), weekday - 1);
  const holiday = holidayName(chosen);
  for (let i = 0; i < 14; i++) {
    const date = addDays(chosen, i);
    if (isWeekend(date) || holidayName(date) !== null) continue;
    return { date, postponed: i === 0 || holiday === null ? null : { from: chosen, holiday } };
  }
  return null;
}
