// A status alert as the digest prints it: every line says by when, with week and dates. Most rule
// alerts already name the week; the ones that do not get this week (or their due week) added.

import type { Alert, WeekRef } from '../status/types.ts';
import type { DateWords } from '../time/date-words.ts';
import { isoWeekOf } from '../time/index.ts';

const namesWeek = /\bv\.\d/;

/**
 * `words`: the status's date wording; its day names a due date today or this week as such, and a week
 * of another year (or any week in a multi-year set) carries its year.
 */
export function alertText(alert: Alert, thisWeek: WeekRef, words: DateWords): string {
  const today = words.today;
  if (namesWeek.test(alert.message)) return alert.message;
  switch (alert.code) {
    case 'average-below-target':
      return `${alert.message}: denna vecka, ${thisWeek.label} (${thisWeek.dates})`;
    case 'behind-pace': {
      const end = alert.by ? `, senast ${words.due(alert.by)}` : '';
      return `${alert.message}: börja denna vecka, ${thisWeek.label} (${thisWeek.dates})${end}`;
    }
    case 'missing-partner':
    case 'missing-group-or-method':
      return alert.message;
    default: {
      if (!alert.by) return `${alert.message} (${thisWeek.label}, ${thisWeek.dates})`;
      // The last day and the last week are said plainly: never a next week that is not there.
      if (alert.by === today) return `${alert.message} (sista dagen: i dag)`;
      const week = isoWeekOf(alert.by);
      if (week.year === thisWeek.year && week.week === thisWeek.week) {
        return `${alert.message} (${thisWeek.label}, sista veckan)`;
      }
      // A week of another year than today's carries its year (v.1 2019 for 31 December 2018).
      return `${alert.message} (${words.week(week)})`;
    }
  }
}
