// A status alert as the digest prints it: every line says by when, with week and dates. Most rule
// alerts already name the week; the ones that do not get this week (or their due week) added.

import { createWeekRef } from '../rules/timeline.ts';
import type { Alert, WeekRef } from '../status/types.ts';
import { formatDate, weekSerialOfDate } from '../time/index.ts';

const namesWeek = /\bv\.\d/;

/** `today`: the status's local date, so a due date today or this week is named as such. */
export function alertText(alert: Alert, thisWeek: WeekRef, today?: string): string {
  if (namesWeek.test(alert.message)) return alert.message;
  switch (alert.code) {
    case 'average-below-target':
      return `${alert.message}: denna vecka, ${thisWeek.label} (${thisWeek.dates})`;
    case 'behind-pace': {
      const end = alert.by ? `, senast ${formatDate(alert.by, true)}` : '';
      return `${alert.message}: börja denna vecka, ${thisWeek.label} (${thisWeek.dates})${end}`;
    }
    case 'missing-partner':
    case 'missing-group-or-method':
      return alert.message;
    default: {
      if (!alert.by) return `${alert.message} (${thisWeek.label}, ${thisWeek.dates})`;
      // The last day and the last week are said plainly: never a next week that is not there.
      if (today !== undefined && alert.by === today) return `${alert.message} (sista dagen: i dag)`;
      const week = createWeekRef(weekSerialOfDate(alert.by));
      if (week.start === thisWeek.start) return `${alert.message} (${thisWeek.label}, sista veckan)`;
      // A week of another year than today's carries its year (v.1 2019 for 31 December 2018).
      const year = today !== undefined && String(week.year) !== today.slice(0, 4) ? ` ${week.year}` : '';
      return `${alert.message} (${week.label}${year})`;
    }
  }
}
