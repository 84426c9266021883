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
  const last = lastDaysText(thisWeek, words);
  if (namesWeek.test(alert.message)) {
    // A rule's "denna vecka (v.1, 31 december–6 januari)" in a week the period ends in names its last day.
    if (!last) return alert.message;
    return alert.message
      .replace(`denna vecka (${thisWeek.label}, ${thisWeek.dates})`, last)
      .replace(`denna vecka, ${thisWeek.label} (${thisWeek.dates})`, last);
  }
  switch (alert.code) {
    case 'average-below-target':
      return `${alert.message}: ${last ?? `denna vecka, ${thisWeek.label} (${thisWeek.dates})`}`;
    case 'behind-pace': {
      if (last) return `${alert.message}: ${last}`;
      const end = alert.by ? `, senast ${words.due(alert.by)}` : '';
      return `${alert.message}: börja denna vecka, ${thisWeek.label} (${thisWeek.dates})${end}`;
    }
    case 'missing-partner':
    case 'missing-group-or-method':
      return alert.message;
    default: {
      if (!alert.by) return `${alert.message} (${last ?? `${thisWeek.label}, ${thisWeek.dates}`})`;
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

/**
 * The window left when this week runs past the period: `i dag, periodens sista dag` on its last day,
 * `senast tis 31 december, periodens sista dag` earlier in its last week; undefined when the whole
 * week is inside the period (never a week, or a next week, that is not there).
 */
export function lastDaysText(thisWeek: WeekRef, words: DateWords): string | undefined {
  if (words.today === words.periodEnd) return 'i dag, periodens sista dag';
  if (thisWeek.end > words.periodEnd && words.today < words.periodEnd) {
    return `senast ${words.day(words.periodEnd)}, periodens sista dag`;
  }
  return undefined;
}
