// "What is due at instant t": the digests and reminders that should have gone out by now this
// week, per channel. Pure, so a whole simulated year can be driven by a fake clock. A run is due
// from its day's 08:00 local until the end of that ISO week, so a digest missed while the bot was
// down is still sent when it comes back in the same week, never later, and never at night: only
// from 08:00 to 23:00 local does anything go out.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { isoWeekOf, toLocalDate, toLocalTime, weekEnd, weekKey } from '../time/index.ts';
import type { IsoDate } from '../types.ts';
import { findDigestDay, type HolidayLookup } from './find-digest-day.ts';

export const DIGEST_TIME = '08:00';
/** Nothing is posted from this local time until the next day's digest time. */
export const QUIET_FROM = '23:00';

export interface ScheduledChannel {
  channelId: string;
  set: PromiseSetDef;
}

export interface DueRun {
  /** The claim key, unique per channel, kind and period: `digest:<channel>:2018-W12`. */
  key: string;
  kind: 'digest' | 'reminder';
  channelId: string;
  setKey: string;
  /** The local day it is due on. */
  day: IsoDate;
  postponed: { from: IsoDate; holiday: string } | null;
}

export function findDueRuns(
  now: Date,
  channels: readonly ScheduledChannel[],
  holidayName: HolidayLookup,
  time: string = DIGEST_TIME,
): DueRun[] {
  const due: DueRun[] = [];
  for (const { channelId, set } of channels) {
    const today = toLocalDate(now, set.timeZone);
    const week = isoWeekOf(today);
    const digestDay = findDigestDay(week, holidayName);
    if (!digestDay) continue;
    const { date: day, postponed } = digestDay;
    const clock = toLocalTime(now, set.timeZone);
    if (today < day || clock < time || clock >= QUIET_FROM) continue;
    if (day <= set.period.end && weekEnd(week) >= set.period.start) {
      due.push({
        key: `digest:${channelId}:${weekKey(week)}`,
        kind: 'digest',
        channelId,
        setKey: set.key,
        day,
        postponed,
      });
    } else if (day > set.period.end && day <= set.reportDue) {
      due.push({
        key: `reminder:${channelId}:${day}`,
        kind: 'reminder',
        channelId,
        setKey: set.key,
        day,
        postponed,
      });
    }
  }
  return due;
}
