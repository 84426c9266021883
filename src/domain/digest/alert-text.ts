// A status alert as the digest prints it: every line says by when, with week and dates. Most rule
// alerts already name the week; the ones that do not get this week (or their due week) added.

import { createWeekRef } from '../rules/timeline.ts';
import type { Alert, WeekRef } from '../status/types.ts';
import { formatDate, weekSerialOfDate } from '../time/index.ts';

const namesWeek = /\bv\.\d/;

export function alertText(alert: Alert, thisWeek: WeekRef): string {
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
      const week = createWeekRef(weekSerialOfDate(alert.by));
      return `${alert.message} (${week.label})`;
    }
  }
}
