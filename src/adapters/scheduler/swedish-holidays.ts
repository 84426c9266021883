// The Swedish holiday calendar from date-holidays (kept up to date upstream, including the moving
// Easter dates). Public holidays and the "bank" days (julafton, midsommarafton, nyårsafton) both
// count as days off: nobody in the working group reads a digest on julafton.
//
// The package's entry point keeps every country's rules in memory for the life of the process
// (about 3 MB of heap in a bot that needs one country), so its engine, date-holidays-parser, is given
// Sweden's part of the same data file instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import HolidaysParser from 'date-holidays-parser';
import type { HolidayLookup } from '../../domain/digest/find-digest-day.ts';

const dayOffTypes = new Set(['public', 'bank']);

interface HolidayData {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
}

function readSwedishData(): HolidayData {
  const packageJson = createRequire(import.meta.url).resolve('date-holidays/package.json');
  const all = JSON.parse(
    readFileSync(join(dirname(packageJson), 'data', 'holidays.json'), 'utf8'),
  ) as HolidayData;
  return { version: all.version, license: all.license, holidays: { SE: all.holidays.SE }, names: all.names };
}

export function createSwedishHolidays(): HolidayLookup {
  const calendar = new HolidaysParser(readSwedishData(), 'SE');
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
