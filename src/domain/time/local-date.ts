// The local calendar date of an instant. @date-fns/tz carries the IANA rules (DST shifts), so a late
// Sunday evening in Stockholm stays that Sunday whatever the process's own time zone is.
import { TZDate } from '@date-fns/tz';
import type { IsoDate } from '../types.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

// Every command asks for today's date several times, and time-zone arithmetic is the costly part:
// the last answer per zone is kept for the minute it belongs to (zone offsets are whole minutes).
const lastByZone = new Map<string, { minute: number; date: IsoDate }>();

export function toLocalDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastByZone.get(timeZone);
  if (last?.minute === minute) return last.date;
  const local = new TZDate(instant.getTime(), timeZone);
  const month = String(local.getMonth() + 1).padStart(2, '0');
  const day = String(local.getDate()).padStart(2, '0');
  const date = `${String(local.getFullYear()).padStart(4, '0')}-${month}-${day}`;
  lastByZone.set(timeZone, { minute, date });
  return date;
}

/** Local wall-clock time `HH:MM` of an instant. */
export function toLocalTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

/** The last second of a local date, as an instant: "the status as of that day". */
export function endOfLocalDay(date: IsoDate, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 23, 59, 59, timeZone).getTime());
}
