// The `när` part of a line as officers write it: relative words (`igår kväll`), weekdays (`i lördags`),
// dates with and without a year (`27/12`, `10 mars`), weeks (`v.11`, `förra veckan`) and weekends
// (`i helgen`, `förra helgen`), resolved against `today`. A date without a year is the latest such date
// not after today for /logga (in January, `27/12` is last December) and the next one for /planera.

import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import {
  dayFromParts,
  formatDateRange,
  formatDay,
  fromDayNumber,
  isoWeekOf,
  weekdayOf,
  weekStart,
  weeksInYear,
} from '../time/index.ts';
import type { DomainError } from '../types.ts';

export type WhenMode = 'log' | 'plan';

/**
 * A week or a weekend rather than one day. `from`–`to` are the days it may stand for: for /logga only
 * those not after today, for /planera only those after it. A promise kept on certain weekdays takes
 * the latest (log) or first (plan) of its days in the span; others take `day`.
 */
export interface WhenSpan {
  kind: 'week' | 'weekend';
  from: number;
  to: number;
}

export type WhenMatch =
  | { consumed: number; day: number; raw: string; span?: WhenSpan }
  | { consumed: number; error: DomainError };

export const DATE_FORMS =
  'idag, igår, i förrgår, igår kväll, i morse, ikväll, en veckodag (tisdag, i lördags), 14/3, 10 mars, 2018-03-14, v.12, förra veckan, i helgen eller förra helgen';

const RELATIVE: Record<string, number> = lookupTable({
  idag: 0,
  ikvall: 0,
  imorse: 0,
  imorses: 0,
  inatt: 0,
  igar: -1,
  igarkvall: -1,
  iforrgar: -2,
  forrgar: -2,
  iforrgarkvall: -2,
  imorgon: 1,
  iovermorgon: 2,
});

/** A part of the day after a date word: `igår kväll`, `fredag eftermiddag`. The date is what counts. */
const DAY_PARTS = new Set([
  'kvall',
  'kvallen',
  'morse',
  'morgon',
  'morgonen',
  'formiddag',
  'formiddagen',
  'eftermiddag',
  'eftermiddagen',
  'natt',
  'natten',
]);

/**
 * The first word of a line that names a part of the day without a clock time (`kväll`, `ikväll`,
 * `fredagskväll`, `i morse`), as typed; null when there is none. A promise kept at certain hours says
 * that such a word does not tell the time.
 */
export function dayPartWord(line: string): string | null {
  const outsideNote = line.replace(/["“”„«»][^"“”„«»]*["“”„«»]/gu, ' ');
  for (const raw of outsideNote.split(/\s+/u)) {
    const word = normaliseWord(raw.replace(/[.,!?;:]+$/u, ''));
    if (DAY_PARTS.has(word) || /^(?:i|igar|iforrgar)(?:kvall|morse|morses|natt)$/u.test(word)) return raw;
    if (/^\p{L}+s(?:kvall|morgon)$/u.test(word)) return raw;
  }
  return null;
}

/** Weekday names, 0 = Monday; `weekday + "s"` (`i lördags`) is the last one before today. */
const WEEKDAYS: Record<string, { day: number; past: boolean }> = lookupTable({});
for (const [day, names] of [
  [0, ['man', 'mandag']],
  [1, ['tis', 'tisdag']],
  [2, ['ons', 'onsdag']],
  [3, ['tor', 'tors', 'torsdag']],
  [4, ['fre', 'fredag']],
  [5, ['lor', 'lordag']],
  [6, ['son', 'sondag']],
] as const) {
  const full = names[names.length - 1]!;
  for (const name of names) WEEKDAYS[name] = { day, past: false };
  WEEKDAYS[`${full}s`] = { day, past: true };
  WEEKDAYS[`${full}en`] = { day, past: false };
  // "fredagskväll", "i lördagskväll": the day with its part glued on.
  WEEKDAYS[`${full}skvall`] = { day, past: false };
  WEEKDAYS[`${full}smorgon`] = { day, past: false };
}

const MONTH_WORDS: Record<string, number> = lookupTable({});
for (const [month, names] of [
  [1, ['jan', 'januari']],
  [2, ['feb', 'februari']],
  [3, ['mar', 'mars']],
  [4, ['apr', 'april']],
  [5, ['maj']],
  [6, ['jun', 'juni']],
  [7, ['jul', 'juli']],
  [8, ['aug', 'augusti']],
  [9, ['sep', 'sept', 'september']],
  [10, ['okt', 'oktober']],
  [11, ['nov', 'november']],
  [12, ['dec', 'december']],
] as const) {
  for (const name of names) {
    MONTH_WORDS[name] = month;
    MONTH_WORDS[`${name}.`] = month;
  }
}

/** Words the grammar knows for dates, offered in "Menade du …?". */
export const WHEN_WORDS = [
  'idag',
  'igår',
  'förrgår',
  'imorgon',
  'ikväll',
  'imorse',
  'kväll',
  'måndag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lördag',
  'söndag',
  'måndags',
  'tisdags',
  'onsdags',
  'torsdags',
  'fredags',
  'lördags',
  'söndags',
  'vecka',
  'veckan',
  'helgen',
  'förra',
  'nästa',
  'januari',
  'februari',
  'mars',
  'april',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

function badDate(raw: string, why: string): DomainError {
  return { code: 'bad-date', message: `${why} Skriv datum som ${DATE_FORMS}.`, part: raw, field: 'date' };
}

function mondayOf(day: number): number {
  return day - weekdayOf(day);
}

/** Monday of an ISO week, or null when the year has no such week. */
function mondayOfWeek(year: number, week: number): number | null {
  if (week < 1 || week > weeksInYear(year)) return null;
  const monday = weekStart({ year, week });
  return dayFromParts(Number(monday.slice(0, 4)), Number(monday.slice(5, 7)), Number(monday.slice(8, 10)));
}

function weekOf(day: number) {
  return isoWeekOf(fromDayNumber(day));
}

function yearOf(day: number): number {
  return Number(fromDayNumber(day).slice(0, 4));
}

/**
 * A weekday means, for /logga, the most recent such day that is not in the future, so `lördag` typed
 * on a Saturday is today, while `i lördags` is always an earlier one; for /planera, the next such day.
 */
function resolveWeekday(weekday: number, past: boolean, today: number, mode: WhenMode): number {
  const diff = weekday - weekdayOf(today);
  if (mode === 'log') return today + (diff < 0 || (diff === 0 && !past) ? diff : diff - 7);
  return today + (diff > 0 ? diff : diff + 7);
}

/** The span of a week for the mode: for /logga the days not after today, for /planera those after. */
function weekSpan(kind: WhenSpan['kind'], from: number, to: number, today: number, mode: WhenMode): WhenSpan {
  return mode === 'log'
    ? { kind, from, to: Math.min(to, today) }
    : { kind, from: Math.max(from, today + 1), to };
}

/**
 * A week number means the latest week with that number that has begun (/logga; in January "v.52" is
 * last December) or the first one with a day after today (/planera). /logga of the current week gives
 * today, since the rest of it has not happened; /planera of the current week gives tomorrow.
 */
function resolveWeek(raw: string, week: number, today: number, mode: WhenMode, consumed: number): WhenMatch {
  const current = weekOf(today);
  const years = mode === 'log' ? [current.year, current.year - 1] : [current.year, current.year + 1];
  for (const year of years) {
    const monday = mondayOfWeek(year, week);
    if (monday === null) continue;
    const span = weekSpan('week', monday, monday + 6, today, mode);
    const isCurrent = year === current.year && week === current.week;
    if (mode === 'log') {
      if (isCurrent) return { consumed, day: today, raw, span };
      // As for a date without a year: last year's week is asked about when it is long gone.
      if (year < current.year && today - monday > LAST_YEAR_WITHOUT_ASKING_DAYS)
        return { consumed, error: farBackWeek(raw, week, year, monday) };
      if (monday <= today) return { consumed, day: monday, raw, span };
    } else {
      if (isCurrent && weekdayOf(today) < 6) return { consumed, day: today + 1, raw, span };
      if (monday > today) return { consumed, day: monday, raw, span };
    }
  }
  if (mondayOfWeek(current.year, week) === null) {
    return { consumed, error: badDate(raw, `Vecka ${week} finns inte ${current.year}.`) };
  }
  return {
    consumed,
    error: {
      code: 'past-date',
      message: `Vecka ${week} har inga dagar kvar att planera. Skriv en kommande dag eller vecka, t.ex. v.${weekOf(today + 1).week}.`,
      part: raw,
      field: 'date',
    },
  };
}

/**
 * The weekend (Saturday–Sunday) a weekend word means. `i helgen`: for /logga from Monday to Thursday
 * the weekend just past, from Friday this weekend so far (on a Friday, Friday itself); for /planera the
 * coming one. `förra helgen` is the previous week's, `nästa helgen` the next week's.
 */
function weekend(
  which: 'this' | 'last' | 'next',
  raw: string,
  consumed: number,
  today: number,
  mode: WhenMode,
): WhenMatch {
  const monday = mondayOf(today);
  const weekday = weekdayOf(today);
  let saturday: number;
  if (which === 'last') saturday = monday - 2;
  else if (which === 'next') saturday = monday + 12;
  else if (mode === 'log') saturday = weekday <= 3 ? monday - 2 : monday + 5;
  else saturday = weekday <= 5 ? monday + 5 : monday + 12;
  const span = weekSpan('weekend', saturday, saturday + 1, today, mode);
  if (mode === 'log' && which === 'this' && weekday === 4) {
    // Friday evening begins the weekend: "i helgen" said on a Friday is today so far.
    return { consumed, day: today, raw };
  }
  const day = mode === 'log' ? saturday : Math.max(saturday, today + 1);
  return { consumed, day, raw, span };
}

/** `10 mars`, `27 dec`, `10 mars 2018`, `10:e mars`: the day and month, with the year when given. */
function matchDayMonth(words: string[], raws: string[], today: number, mode: WhenMode): WhenMatch | null {
  const [w0 = '', w1 = '', w2 = ''] = words;
  const d = /^(\d{1,2})(?::?[ea])?$/.exec(w0);
  const month = MONTH_WORDS[w1];
  if (!d || month === undefined) return null;
  const year = /^\d{4}$/.test(w2) ? Number(w2) : null;
  const consumed = year === null ? 2 : 3;
  const raw = raws.slice(0, consumed).join(' ');
  return resolveDate(raw, Number(d[1]), month, year, today, mode, consumed);
}

/**
 * `den 11:e`, `den 11`, `11:e`: a day of the month without the month, the latest such date not after
 * today (log) or the next one after it (plan), in this month or the one before (after). With a month
 * after it (`den 10 mars`) it is left to the day-and-month form.
 */
function matchDayOfMonth(words: string[], raws: string[], today: number, mode: WhenMode): WhenMatch | null {
  const [w0 = '', w1 = '', w2 = ''] = words;
  let date: number;
  let consumed: number;
  if (w0 === 'den' && /^\d{1,2}(?::?[ea])?$/.test(w1) && MONTH_WORDS[w2] === undefined) {
    date = Number(/^\d+/.exec(w1)![0]);
    consumed = 2;
  } else if (/^\d{1,2}:[ea]$/.test(w0) && MONTH_WORDS[w1] === undefined) {
    date = Number(/^\d+/.exec(w0)![0]);
    consumed = 1;
  } else return null;
  const raw = raws.slice(0, consumed).join(' ');
  const iso = fromDayNumber(today);
  let year = Number(iso.slice(0, 4));
  let month = Number(iso.slice(5, 7));
  for (let step = 0; step < 3; step++) {
    const day = dayFromParts(year, month, date);
    if (day !== null && (mode === 'log' ? day <= today : day > today)) return { consumed, day, raw };
    month += mode === 'log' ? -1 : 1;
    if (month === 0) [year, month] = [year - 1, 12];
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return { consumed, error: badDate(raw, `"${raw}" är inget giltigt datum.`) };
}

/**
 * A date without a year that has not yet come this year is last year's, but only while that is a
 * recent past (`27/12` typed in January). Further back (`12/3` typed on 8 March is a year ago) it is
 * more likely a slip or a plan than a year-old entry, so /logga asks for the year instead of guessing.
 */
const LAST_YEAR_WITHOUT_ASKING_DAYS = 92;

function farBackDate(raw: string, date: number, month: number, year: number, day: number): DomainError {
  const withYear = /\//.test(raw) ? `${date}/${month}/${year}` : `${raw} ${year}`;
  return {
    code: 'future-date',
    message:
      `"${raw}" har inte varit i år, och ${formatDay(fromDayNumber(day), true)} är mer än tre månader sedan: ` +
      `skriv året om det var då (t.ex. ${withYear}). /logga gäller gjorda aktiviteter; planera med /planera. ` +
      `Inget har sparats.`,
    part: raw,
    field: 'date',
  };
}

function farBackWeek(raw: string, week: number, year: number, monday: number): DomainError {
  const from = fromDayNumber(monday);
  const to = fromDayNumber(monday + 6);
  const example = `${Number(from.slice(8, 10))}/${Number(from.slice(5, 7))}/${from.slice(0, 4)}`;
  return {
    code: 'future-date',
    message:
      `"${raw}" har inte varit i år, och v.${week} ${year} (${formatDateRange(from, to)} ${to.slice(0, 4)}) är mer än tre månader sedan: ` +
      `skriv dagen med år om det var då (t.ex. ${example}). /logga gäller gjorda aktiviteter; planera med /planera. ` +
      `Inget har sparats.`,
    part: raw,
    field: 'date',
  };
}

/** A day and month, the year given or the latest (log) / next (plan) such date. */
function resolveDate(
  raw: string,
  date: number,
  month: number,
  year: number | null,
  today: number,
  mode: WhenMode,
  consumed: number,
): WhenMatch {
  if (year !== null) {
    const day = dayFromParts(year, month, date);
    if (day === null) return { consumed, error: badDate(raw, `"${raw}" är inget giltigt datum.`) };
    return { consumed, day, raw };
  }
  const thisYear = yearOf(today);
  const candidates = mode === 'log' ? [thisYear, thisYear - 1] : [thisYear, thisYear + 1];
  let valid: number | null = null;
  for (const y of candidates) {
    const day = dayFromParts(y, month, date);
    if (day === null) continue;
    valid ??= day;
    if (mode === 'log' && y < thisYear && today - day > LAST_YEAR_WITHOUT_ASKING_DAYS) {
      return { consumed, error: farBackDate(raw, date, month, y, day) };
    }
    if (mode === 'log' ? day <= today : day > today) return { consumed, day, raw };
  }
  // 29/2 outside a leap year, 31/4: no such date; otherwise the checks after the grammar explain.
  if (valid === null) return { consumed, error: badDate(raw, `"${raw}" är inget giltigt datum.`) };
  return { consumed, day: valid, raw };
}

/** Years a four-digit number after a date may name: within a generation of today's. */
const PLAUSIBLE_YEARS = 20;

function isPlausibleYear(year: number, today: number): boolean {
  return Math.abs(year - yearOf(today)) <= PLAUSIBLE_YEARS;
}

function parseWeekNumber(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

/** Swallows a part of the day (`kväll`) after a date word; the date is what is stored. */
function withDayPart(match: WhenMatch, words: string[], raws: string[]): WhenMatch {
  if ('error' in match) return match;
  const next = words[match.consumed];
  if (next === undefined || !DAY_PARTS.has(next)) return match;
  return { ...match, consumed: match.consumed + 1, raw: `${match.raw} ${raws[match.consumed]}` };
}

/**
 * Reads a date at `words[0…]` (folded words, up to three, `raws` as typed). Null when the words are no
 * date at all; an error when they clearly try to be one but are wrong.
 */
export function matchWhen(words: string[], raws: string[], today: number, mode: WhenMode): WhenMatch | null {
  const match = matchBare(words, raws, today, mode);
  return match === null ? null : withDayPart(match, words, raws);
}

/**
 * `tisdag förra veckan`, `fredag nästa vecka`: that weekday in the week named. `nästa fredag` may be
 * the coming Friday or the one in next week; when those differ the bot asks instead of guessing.
 */
function matchWeekdayOfWeek(words: string[], raws: string[], today: number): WhenMatch | null {
  const [w0 = '', w1 = '', w2 = ''] = words;
  const named = WEEKDAYS[w0];
  if (named && !named.past && (w1 === 'forra' || w1 === 'nasta') && (w2 === 'veckan' || w2 === 'vecka')) {
    const day = mondayOf(today) + (w1 === 'forra' ? -7 : 7) + named.day;
    return { consumed: 3, day, raw: raws.slice(0, 3).join(' ') };
  }
  const next = w0 === 'nasta' ? WEEKDAYS[w1] : undefined;
  if (!next || next.past) return null;
  const raw = raws.slice(0, 2).join(' ');
  const coming = resolveWeekday(next.day, false, today, 'plan');
  const inNextWeek = mondayOf(today) + 7 + next.day;
  if (coming === inNextWeek) return { consumed: 2, day: coming, raw };
  const [a, b] = [coming, inNextWeek].map((d) => fromDayNumber(d));
  const shortDate = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;
  return {
    consumed: 2,
    error: {
      code: 'bad-date',
      message: `Menar du ${formatDay(a!)} eller ${formatDay(b!)} med "${raw}"? Skriv datumet, ${shortDate(a!)} eller ${shortDate(b!)}. Inget sparades.`,
      part: raw,
      field: 'date',
    },
  };
}

function matchBare(words: string[], raws: string[], today: number, mode: WhenMode): WhenMatch | null {
  const [w0 = '', w1 = ''] = words;
  const two = `${raws[0] ?? ''} ${raws[1] ?? ''}`;
  const nth = matchDayOfMonth(words, raws, today, mode);
  if (nth) return nth;

  const weekInWords = matchWeekdayOfWeek(words, raws, today);
  if (weekInWords) return weekInWords;

  if (w0 in RELATIVE) return { consumed: 1, day: today + RELATIVE[w0]!, raw: raws[0]! };
  if (w0 === 'i' && `i${w1}` in RELATIVE) return { consumed: 2, day: today + RELATIVE[`i${w1}`]!, raw: two };
  const weekday = WEEKDAYS[w0] ?? (w0 === 'i' ? WEEKDAYS[w1] : undefined);
  if (weekday) {
    const consumed = WEEKDAYS[w0] ? 1 : 2;
    const day = resolveWeekday(weekday.day, weekday.past, today, mode);
    return { consumed, day, raw: consumed === 1 ? raws[0]! : two };
  }

  if ((w0 === 'i' && (w1 === 'helgen' || w1 === 'helg')) || w0 === 'helgen')
    return weekend('this', w0 === 'helgen' ? raws[0]! : two, w0 === 'helgen' ? 1 : 2, today, mode);
  if ((w0 === 'forra' || w0 === 'senaste') && (w1 === 'helgen' || w1 === 'helg'))
    return weekend('last', two, 2, today, mode);
  if (w0 === 'nasta' && (w1 === 'helgen' || w1 === 'helg')) return weekend('next', two, 2, today, mode);
  if ((w0 === 'forra' || w0 === 'nasta') && (w1 === 'veckan' || w1 === 'vecka')) {
    const monday = mondayOf(today) + (w0 === 'forra' ? -7 : 7);
    return { consumed: 2, day: monday, raw: two, span: weekSpan('week', monday, monday + 6, today, mode) };
  }
  if ((w0 === 'i' || w0 === 'denna') && (w1 === 'veckan' || w1 === 'vecka')) {
    const monday = mondayOf(today);
    const day = mode === 'log' ? today : today + 1;
    return { consumed: 2, day, raw: two, span: weekSpan('week', monday, monday + 6, today, mode) };
  }

  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(w0)) {
    const [y, m, d] = w0.split('-').map(Number) as [number, number, number];
    const day = dayFromParts(y, m, d);
    if (day === null)
      return { consumed: 1, error: badDate(raws[0]!, `"${raws[0]}" är inget giltigt datum.`) };
    return { consumed: 1, day, raw: raws[0]! };
  }
  // 27/12, 27/12/2018, 27/12-18 (the Swedish way of adding a short year), and 05.03.2018 as phones
  // and forms from elsewhere write it (with its year it cannot be a time, unlike 11.10).
  const dm =
    /^(\d{1,2})\/(\d{1,2})(?:[/-](\d{4}|\d{2}))?$/.exec(w0) ??
    /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(w0);
  if (dm) {
    const year = dm[3] === undefined ? null : dm[3].length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
    // `19/3 2018`: the year typed after a space, as with `19 mars 2018`. A number that cannot be a
    // year (`19/3 5000`) is left for the rest of the line.
    if (year === null && /^\d{4}$/.test(w1) && isPlausibleYear(Number(w1), today)) {
      return resolveDate(two, Number(dm[1]), Number(dm[2]), Number(w1), today, mode, 2);
    }
    return resolveDate(raws[0]!, Number(dm[1]), Number(dm[2]), year, today, mode, 1);
  }
  const dayMonth = matchDayMonth(words, raws, today, mode);
  if (dayMonth) return dayMonth;

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
