// The `när` part of a line: relative words, weekdays, dates and weeks, resolved against `today`.
import type { DomainError } from '../types.ts';
import { dayFromParts, isoWeekday, isoWeekOf, mondayOfIsoWeek, yearOf } from './calendar-days.ts';

export type WhenMode = 'log' | 'plan';

export type WhenMatch =
  | { consumed: number; day: number; raw: string }
  | { consumed: number; error: DomainError };

export const DATE_FORMS = 'idag, igår, i förrgår, en veckodag (tisdag), 2018-03-14, 14/3 eller v.12';

const RELATIVE: Record<string, number> = {
  idag: 0,
  igar: -1,
  iforrgar: -2,
  forrgar: -2,
  imorgon: 1,
  iovermorgon: 2,
};

const WEEKDAYS: Record<string, number> = {};
for (const [day, names] of [
  [1, ['man', 'mandag']],
  [2, ['tis', 'tisdag']],
  [3, ['ons', 'onsdag']],
  [4, ['tor', 'tors', 'torsdag']],
  [5, ['fre', 'fredag']],
  [6, ['lor', 'lordag']],
  [7, ['son', 'sondag']],
] as const) {
  for (const name of names) WEEKDAYS[name] = day;
  // "i måndags" is Swedish for last Monday.
  WEEKDAYS[`${names[names.length - 1]}s`] = day;
}

/** Words the grammar knows for dates, offered in "Menade du …?". */
export const WHEN_WORDS = [
  'idag',
  'igår',
  'förrgår',
  'imorgon',
  'måndag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lördag',
  'söndag',
  'vecka',
];

function badDate(raw: string, why: string): DomainError {
  return { code: 'bad-date', message: `${why} Skriv datum som ${DATE_FORMS}.`, part: raw, field: 'date' };
}

/**
 * A weekday means, for /logga, the most recent such day that is not in the future, so `måndag`
 * typed on a Monday is today; for /planera, the next such day after today.
 */
function resolveWeekday(weekday: number, today: number, mode: WhenMode): number {
  const diff = weekday - isoWeekday(today);
  if (mode === 'log') return today + (diff <= 0 ? diff : diff - 7);
  return today + (diff > 0 ? diff : diff + 7);
}

/**
 * A week number means, like a weekday, the latest week with that number that has begun (/logga;
 * in January "v.52" is last December) or the first one with a day after today (/planera). /logga
 * of the current week gives today, since the rest of it has not happened; /planera of the current
 * week gives tomorrow.
 */
function resolveWeek(raw: string, week: number, today: number, mode: WhenMode, consumed: number): WhenMatch {
  const current = isoWeekOf(today);
  const years = mode === 'log' ? [current.year, current.year - 1] : [current.year, current.year + 1];
  for (const year of years) {
    const monday = mondayOfIsoWeek(year, week);
    if (monday === null) continue;
    const isCurrent = year === current.year && week === current.week;
    if (mode === 'log') {
      if (isCurrent) return { consumed, day: today, raw };
      if (monday <= today) return { consumed, day: monday, raw };
    } else {
      if (isCurrent && isoWeekday(today) < 7) return { consumed, day: today + 1, raw };
      if (monday > today) return { consumed, day: monday, raw };
    }
  }
  if (mondayOfIsoWeek(current.year, week) === null) {
    return { consumed, error: badDate(raw, `Vecka ${week} finns inte ${current.year}.`) };
  }
  return {
    consumed,
    error: {
      code: 'past-date',
      message: `Vecka ${week} har inga dagar kvar att planera. Skriv en kommande dag eller vecka, t.ex. v.${isoWeekOf(today + 1).week}.`,
      part: raw,
      field: 'date',
    },
  };
}

function parseWeekNumber(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

/**
 * Reads a date at `words[0…]` (folded words, `raws` as typed). Null when the words are no date at
 * all; an error when they clearly try to be one but are wrong.
 */
export function matchWhen(words: string[], raws: string[], today: number, mode: WhenMode): WhenMatch | null {
  const [w0 = '', w1 = ''] = words;
  const two = `${raws[0] ?? ''} ${raws[1] ?? ''}`;

  if (w0 in RELATIVE) return { consumed: 1, day: today + RELATIVE[w0]!, raw: raws[0]! };
  if (w0 === 'i' && `i${w1}` in RELATIVE) return { consumed: 2, day: today + RELATIVE[`i${w1}`]!, raw: two };
  if (w0 in WEEKDAYS) return { consumed: 1, day: resolveWeekday(WEEKDAYS[w0]!, today, mode), raw: raws[0]! };
  if (w0 === 'i' && w1 in WEEKDAYS)
    return { consumed: 2, day: resolveWeekday(WEEKDAYS[w1]!, today, mode), raw: two };

  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(w0)) {
    const [y, m, d] = w0.split('-').map(Number) as [number, number, number];
    const day = dayFromParts(y, m, d);
    if (day === null)
      return { consumed: 1, error: badDate(raws[0]!, `"${raws[0]}" är inget giltigt datum.`) };
    return { consumed: 1, day, raw: raws[0]! };
  }
  const dm = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(w0);
  if (dm) {
    const day = dayFromParts(dm[3] ? Number(dm[3]) : yearOf(today), Number(dm[2]), Number(dm[1]));
    if (day === null)
      return { consumed: 1, error: badDate(raws[0]!, `"${raws[0]}" är inget giltigt datum.`) };
    return { consumed: 1, day, raw: raws[0]! };
  }

  const glued = /^v\.?(\d+)\.?$/.exec(w0);
  if (glued) return checkedWeek(raws[0]!, glued[1]!, today, mode, 1);
  if (
    (w0 === 'v' || w0 === 'v.' || w0 === 'vecka' || w0 === 'v:') &&
    parseWeekNumber(w1.replace(/\.$/, '')) !== null
  ) {
    return checkedWeek(two, w1.replace(/\.$/, ''), today, mode, 2);
  }
  if (w0 === 'vecka')
    return { consumed: 1, error: badDate(raws[0]!, 'Ange veckans nummer, t.ex. vecka 14.') };
  return null;
}

function checkedWeek(
  raw: string,
  digits: string,
  today: number,
  mode: WhenMode,
  consumed: number,
): WhenMatch {
  const week = parseWeekNumber(digits);
  if (week === null || week < 1 || week > 53) {
    return { consumed, error: badDate(raw, `"${raw}" är ingen vecka; veckor har nummer 1–53.`) };
  }
  return resolveWeek(raw, week, today, mode, consumed);
}
