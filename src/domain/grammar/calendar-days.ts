// Date arithmetic on plain `YYYY-MM-DD` strings as whole days since 1970-01-01 (UTC), so the
// grammar never depends on the machine's time zone or clock.
import { MONTHS } from '../time/format-swedish.ts';
import type { IsoDate } from '../types.ts';

const DAY_MS = 86_400_000;

/** Day number of a valid ISO date, or null for malformed or impossible dates (2018-02-30). */
export function toDayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayFromParts(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / DAY_MS);
}

export function toIsoDate(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function mondayOfWeekOne(isoYear: number): number {
  // 4 January is always in ISO week 1.
  const jan4 = dayFromParts(isoYear, 1, 4)!;
  return jan4 - (isoWeekday(jan4) - 1);
}

export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day + (4 - isoWeekday(day));
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return { year, week: Math.floor((thursday - mondayOfWeekOne(year)) / 7) + 1 };
}

export function weeksInIsoYear(isoYear: number): number {
  return isoWeekOf(dayFromParts(isoYear, 12, 28)!).week;
}

/** Monday of an ISO week, or null when the year has no such week. */
export function mondayOfIsoWeek(isoYear: number, week: number): number | null {
  if (week < 1 || week > weeksInIsoYear(isoYear)) return null;
  return mondayOfWeekOne(isoYear) + (week - 1) * 7;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** "1 januari–31 december 2018", or with both years when the period spans two. */
export function formatSwedishRange(start: IsoDate, end: IsoDate): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const from = `${sd} ${MONTHS[sm - 1]}${sy === ey ? '' : ` ${sy}`}`;
  return `${from}–${ed} ${MONTHS[em - 1]} ${ey}`;
}
