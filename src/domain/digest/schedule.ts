// A channel's digest schedule (`/loften schema`): a weekday and a local time, or off. A channel that
// never set one gets Monday 08:00. Weekdays are ISO numbers, 1 = Monday … 5 = Friday: the digest is
// read at work, so only working days can be chosen, and a holiday moves it to the next working day.

export interface DigestSchedule {
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
  /** Local time `HH:MM`, within EARLIEST_TIME–LATEST_TIME. */
  time: string;
  /** True after `/loften schema av`: no weekly digest until it is turned on again. */
  off: boolean;
}

export const DEFAULT_SCHEDULE: DigestSchedule = { weekday: 1, time: '08:00', off: false };

/** The scheduler looks every few minutes from 06:00; nothing is posted from 23:00 (QUIET_FROM). */
export const EARLIEST_TIME = '06:00';
export const LATEST_TIME = '22:00';

/** Swedish weekday names by ISO number (index 0 unused). */
export const WEEKDAY_WORDS = ['', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

export function scheduleOf(stored: DigestSchedule | null | undefined): DigestSchedule {
  return stored ?? DEFAULT_SCHEDULE;
}

export function isDefaultSchedule(schedule: DigestSchedule): boolean {
  return (
    schedule.weekday === DEFAULT_SCHEDULE.weekday &&
    schedule.time === DEFAULT_SCHEDULE.time &&
    schedule.off === DEFAULT_SCHEDULE.off
  );
}

/** "onsdagar kl 09:30", as the schedule is shown back. */
export function describeSchedule(schedule: DigestSchedule): string {
  return `${WEEKDAY_WORDS[schedule.weekday]}ar kl ${schedule.time}`;
}
