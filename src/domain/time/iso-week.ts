// ISO-8601 weeks: Monday first, week 1 holds the year's first Thursday (so some years have 53).
import type { IsoDate, IsoWeek } from '../types.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';

function isoWeekOfDay(day: number): IsoWeek {
  const thursday = day - weekdayOf(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstOfYear = Date.UTC(year, 0, 1) / 86_400_000;
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

export function isoWeekOf(date: IsoDate): IsoWeek {
  return isoWeekOfDay(toDayNumber(date));
}

function mondayDay(week: IsoWeek): number {
  const jan4 = Date.UTC(week.year, 0, 4) / 86_400_000;
  return jan4 - weekdayOf(jan4) + 7 * (week.week - 1);
}

/** Monday of the week. */
export function weekStart(week: IsoWeek): IsoDate {
  return fromDayNumber(mondayDay(week));
}

/** Sunday of the week. */
export function weekEnd(week: IsoWeek): IsoDate {
  return fromDayNumber(mondayDay(week) + 6);
}

/**
 * A running week number (consecutive weeks differ by 1, also across years), for arithmetic
 * and as a cheap map key.
 */
export function weekSerial(week: IsoWeek): number {
  return (mondayDay(week) + 3) / 7;
}

export function weekFromSerial(serial: number): IsoWeek {
  return isoWeekOfDay(serial * 7 - 3);
}

/** The week serial of a date, without building an IsoWeek. */
export function weekSerialOfDate(date: IsoDate): number {
  const day = toDayNumber(date);
  return (day - weekdayOf(day) + 3) / 7;
}

export function addWeeks(week: IsoWeek, weeks: number): IsoWeek {
  return weekFromSerial(weekSerial(week) + weeks);
}

/** Whole weeks from `a` to `b` (negative when `b` is earlier). */
export function weeksBetween(a: IsoWeek, b: IsoWeek): number {
  return weekSerial(b) - weekSerial(a);
}

export function weeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).week;
}

export function sameWeek(a: IsoWeek, b: IsoWeek): boolean {
  return a.year === b.year && a.week === b.week;
}

/** `2018-W12`, the ISO notation, for keys and JSON. */
export function weekKey(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}
