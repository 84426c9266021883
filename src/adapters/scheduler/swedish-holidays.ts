// The Swedish holiday calendar from date-holidays (kept up to date upstream, including the moving
// Easter dates). Public holidays and the "bank" days (julafton, midsommarafton, nyårsafton) both
// count as days off: nobody in the working group reads a digest on julafton.
import Holidays from 'date-holidays';
import type { HolidayLookup } from '../../domain/digest/find-digest-day.ts';

const dayOffTypes = new Set(['public', 'bank']);

export function createSwedishHolidays(): HolidayLookup {
  const calendar = new Holidays('SE');
  const years = new Map<number, Map<string, string>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) {
      days = new Map();
      for (const h of calendar.getHolidays(year)) {
        if (dayOffTypes.has(h.type) && !days.has(h.date.slice(0, 10))) days.set(h.date.slice(0, 10), h.name);
      }
      years.set(year, days);
    }
    return days.get(date) ?? null;
  };
}
