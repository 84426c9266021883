// Swedish date and number text as the working groups write it: "tis 20 mars", "v.12",
// "7–8 april" (en dash), "1,04" (decimal comma). Written out rather than taken from a locale so the
// exact forms (no trailing dots, no capitals) never change under us.
import type { IsoDate, IsoWeek } from '../types.ts';
import { addDays, toDayNumber, weekdayOf } from './day-number.ts';
import { isoWeekOf, weekEnd, weekStart } from './iso-week.ts';

const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'] as const;
/** Swedish month names, January first. */
export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

function parts(date: IsoDate): { year: number; month: string; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: MONTHS[Number(date.slice(5, 7)) - 1] ?? '',
    day: Number(date.slice(8, 10)),
  };
}

/** `tis 20 mars`; with `withYear`, `tis 20 mars 2018`. */
export function formatDay(date: IsoDate, withYear = false): string {
  const { year, month, day } = parts(date);
  const weekday = WEEKDAYS[weekdayOf(toDayNumber(date))];
  return `${weekday} ${day} ${month}${withYear ? ` ${year}` : ''}`;
}

/** `20 mars`, or `20 mars 2018` with `withYear`. */
export function formatDate(date: IsoDate, withYear = false): string {
  const { year, month, day } = parts(date);
  return `${day} ${month}${withYear ? ` ${year}` : ''}`;
}

/** `v.12` */
export function formatWeek(week: IsoWeek): string {
  return `v.${week.week}`;
}

/**
 * A due day with its year and its week, `tor 31 januari 2019 (v.5)`; the week names its own year when
 * it is another than the day's: `mån 31 december 2018 (v.1 2019)`.
 */
export function formatDueDay(date: IsoDate): string {
  const week = isoWeekOf(date);
  const weekYear = String(week.year) === date.slice(0, 4) ? '' : ` ${week.year}`;
  return `${formatDay(date, true)} (${formatWeek(week)}${weekYear})`;
}

/** `7–8 april`, `31 mars–1 april`, `31 december–1 januari`: the span of two dates, en dash. */
export function formatDateRange(from: IsoDate, to: IsoDate): string {
  const a = parts(from);
  const b = parts(to);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${b.month}`;
  return `${a.day} ${a.month}–${b.day} ${b.month}`;
}

/** A period, `1 januari–31 december 2018`, or with both years when it spans two. */
export function formatPeriod(start: IsoDate, end: IsoDate): string {
  const a = parts(start);
  const b = parts(end);
  return `${a.day} ${a.month}${a.year === b.year ? '' : ` ${a.year}`}–${b.day} ${b.month} ${b.year}`;
}

/** The years a period covers: `2018`, or `2020–2022` for a set of several years (or October–September). */
export function formatPeriodYears(start: IsoDate, end: IsoDate): string {
  const first = start.slice(0, 4);
  const last = end.slice(0, 4);
  return first === last ? first : `${first}–${last}`;
}

/** The Saturday and Sunday of a week: `7–8 april`. */
export function formatWeekendDates(week: IsoWeek): string {
  const sunday = weekEnd(week);
  return formatDateRange(addDays(sunday, -1), sunday);
}

/** Monday to Sunday of a week: `2–8 april`. */
export function formatWeekDates(week: IsoWeek): string {
  return formatDateRange(weekStart(week), weekEnd(week));
}

/**
 * Decimal comma. With `decimals`, exactly that many (`1,0`); without, up to two, trailing zeros
 * dropped (`1,04`, `1,5`, `2`).
 */
export function formatNumber(value: number, decimals?: number): string {
  const text = decimals === undefined ? String(Math.round(value * 100) / 100) : value.toFixed(decimals);
  const [whole = '', fraction] = text.split('.');
  return fraction === undefined ? groupDigits(whole) : `${groupDigits(whole)},${fraction}`;
}

/**
 * An average shown beside its target (`snitt 0,96/v (mål 1/v)`): as `formatNumber(value, decimals)`,
 * unless rounding would put it on the other side of the target than the average itself is (0,96 as
 * "1,0" beside a target of 1 looks met; 1,15 as "1,1" beside 1,15 looks missed). Then one more decimal
 * is shown, up to three more (0,96 → "0,96", 0,996 → "0,996"), and past that the last digit is cut
 * toward the side the average is on (0,99996 → "0,999"). Below means `value < target − 1e-9`, as the
 * rules judge it.
 */
export function formatAverage(value: number, target: number, decimals?: number): string {
  const below = (n: number) => n < target - 1e-9;
  const shows = (text: string) => Number(text.replace(/\u00a0/g, '').replace(',', '.'));
  const first = formatNumber(value, decimals);
  if (below(shows(first)) === below(value)) return first;
  const from = (decimals ?? 2) + 1;
  for (let d = from; d < from + 3; d++) {
    const text = formatNumber(value, d);
    if (below(shows(text)) === below(value)) return text;
  }
  const last = from + 2;
  const scale = 10 ** last;
  const cut = below(value) ? Math.floor(value * scale) / scale : Math.ceil(value * scale - 1e-9) / scale;
  return formatNumber(cut, last);
}

/** A whole number as Swedish prints it: `1 234`, `12 000` (a no-break space between the groups). */
export function formatInteger(value: number): string {
  return groupDigits(String(Math.round(value)));
}

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, '\u00a0');
}
