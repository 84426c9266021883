// When a channel's next digest comes, for `/loften schema`'s answer: its day this week unless this
// week's was already sent (or given up), else next week's. A day already past whose digest is not
// yet sent is `due`: the scheduler's next look (within minutes) sends it, the same week only.
import { addWeeks, isoWeekOf, toLocalDate, toLocalTime, weekKey } from '../time/index.ts';
import type { IsoDate, IsoWeek } from '../types.ts';
import { type DigestDay, findDigestDay, type HolidayLookup } from './find-digest-day.ts';
import type { DigestSchedule } from './schedule.ts';

export type NextDigest =
  | { when: 'later'; week: IsoWeek; day: DigestDay; time: string }
  | { when: 'due'; week: IsoWeek };

export function nextDigest(
  now: Date,
  schedule: DigestSchedule,
  holidayName: HolidayLookup,
  timeZone: string,
  /** True when this week's digest was sent (or given up): it does not come again. */
  thisWeekDone: boolean,
): NextDigest | null {
  const today: IsoDate = toLocalDate(now, timeZone);
  const clock = toLocalTime(now, timeZone);
  const week = isoWeekOf(today);
  if (!thisWeekDone) {
    const day = findDigestDay(week, holidayName, schedule.weekday);
    if (day && (today < day.date || (today === day.date && clock < schedule.time)))
      return { when: 'later', week, day, time: schedule.time };
    if (day) return { when: 'due', week };
  }
  const next = addWeeks(week, 1);
  const day = findDigestDay(next, holidayName, schedule.weekday);
  return day ? { when: 'later', week: next, day, time: schedule.time } : null;
}

/** The claim key of a channel's digest for a week (the scheduler's `digest:<channel>:<week>`). */
export function digestRunKey(channelId: string, week: IsoWeek): string {
  return `digest:${channelId}:${weekKey(week)}`;
}
