// Which day of a week the digest comes: Monday, or when Monday is a holiday the next working day
// (Tuesday 2018-04-03 after annandag påsk). The holiday calendar is passed in, so this stays pure.
import { addDays, weekStart } from '../time/index.ts';
import type { IsoDate, IsoWeek } from '../types.ts';

/** The holiday's Swedish name when the date is not a working day, else null. */
export type HolidayLookup = (date: IsoDate) => string | null;

export interface DigestDay {
  date: IsoDate;
  /** The Monday it replaces and why, when it is not the Monday. */
  postponed: { from: IsoDate; holiday: string } | null;
}

/** Null when Monday to Friday are all holidays (no digest that week). */
export function findDigestDay(week: IsoWeek, holidayName: HolidayLookup): DigestDay | null {
  const monday = weekStart(week);
  const mondayHoliday = holidayName(monday);
  for (let i = 0; i < 5; i++) {
    const date = addDays(monday, i);
    if (holidayName(date) === null) {
      return {
        date,
        postponed: i === 0 || mondayHoliday === null ? null : { from: monday, holiday: mondayHoliday },
      };
    }
  }
  return null;
}
