// The time vocabulary of the domain: ISO weeks in the set's zone and their Swedish text.
export { addDays, dayFromParts, fromDayNumber, parseIsoDate, toDayNumber, weekdayOf } from './day-number.ts';
export {
  formatAverage,
  formatDate,
  formatDateRange,
  formatDay,
  formatDueDay,
  formatInteger,
  formatNumber,
  formatPeriod,
  formatPeriodYears,
  formatWeek,
  formatWeekDates,
  formatWeekendDates,
} from './format-swedish.ts';
export {
  addWeeks,
  isoWeekOf,
  sameWeek,
  weekEnd,
  weekFromSerial,
  weekKey,
  weekSerial,
  weekSerialOfDate,
  weekStart,
  weeksBetween,
  weeksInYear,
} from './iso-week.ts';
export { DEFAULT_TIME_ZONE, endOfLocalDay, toLocalDate, toLocalTime } from './local-date.ts';
export { completedWeeks, type Period, periodWeekSerials, weeksOfPeriod } from './period-weeks.ts';
