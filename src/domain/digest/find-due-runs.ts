// "What is due at instant t": the digests and reminders that should have gone out by now this
// week, per channel. Pure, so a whole simulated year can be driven by a fake clock. A run is due
// from its day's time (the channel's schedule, Monday 08:00 by default) until the end of that ISO
// week, so a digest missed while the bot was down is still sent when it comes back in the same week,
// never later, and never at night: on later days from 08:00 (or the channel's earlier time) to 23:00.
// The claim key names the week the digest is for, whatever its day: a schedule changed within a week
// (or a holiday that moves the day) never gives that week a second digest.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { addWeeks, isoWeekOf, toLocalDate, toLocalTime, weekEnd, weekKey } from '../time/index.ts';
import type { IsoDate } from '../types.ts';
import { findDigestDay, type HolidayLookup } from './find-digest-day.ts';
import { type DigestSchedule, scheduleOf } from './schedule.ts';

export const DIGEST_TIME = '08:00';
/** Nothing is posted from this local time until the next day's digest time. */
export const QUIET_FROM = '23:00';

export interface ScheduledChannel {
  channelId: string;
  set: PromiseSetDef;
  /** The channel's `/loften schema`; absent or null: Monday 08:00. */
  schedule?: DigestSchedule | null;
}

export interface DueRun {
  /** The claim key, unique per channel, kind and period: `digest:<channel>:2018-W12`. */
  key: string;
  kind: 'digest' | 'reminder';
  channelId: string;
  setKey: string;
  /** The ISO week the run is for (`2018-W12`); its day may fall in the next week after a holiday. */
  week: string;
  /** The local day it is due on. */
  day: IsoDate;
  postponed: { from: IsoDate; holiday: string } | null;
}

export function findDueRuns(
  now: Date,
  channels: readonly ScheduledChannel[],
  holidayName: HolidayLookup,
): DueRun[] {
  const due: DueRun[] = [];
  for (const { channelId, set, schedule: stored } of channels) {
    const schedule = scheduleOf(stored);
    const today = toLocalDate(now, set.timeZone);
    const clock = toLocalTime(now, set.timeZone);
    if (clock >= QUIET_FROM) continue;
    const thisWeek = isoWeekOf(today);
    // Last week's digest may have moved into this week (a holiday Friday).
    for (const week of [addWeeks(thisWeek, -1), thisWeek]) {
      const digestDay = findDigestDay(week, holidayName, schedule.weekday);
      if (!digestDay) continue;
      const { date: day, postponed } = digestDay;
      if (today < day || weekEnd(isoWeekOf(day)) < today) continue;
      const from = today === day ? schedule.time : schedule.time < DIGEST_TIME ? schedule.time : DIGEST_TIME;
      if (clock < from) continue;
      const base = { channelId, setKey: set.key, week: weekKey(week), day, postponed };
      if (day <= set.period.end && weekEnd(week) >= set.period.start) {
        if (schedule.off) continue;
        due.push({ ...base, key: `digest:${channelId}:${weekKey(week)}`, kind: 'digest' });
      } else if (day > set.period.end && day <= set.reportDue) {
        due.push({ ...base, key: `reminder:${channelId}:${day}`, kind: 'reminder' });
      }
    }
  }
  return due;
}
