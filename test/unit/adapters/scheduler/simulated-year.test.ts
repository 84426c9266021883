// A whole 2018 for Överkalix driven by a fake clock ticking every hour: one digest a week at 08:00
// on the digest day, holidays moved to the next working day, nothing lost or doubled over the
// DST weekends, and the January 2019 reminders naming 2019-01-31.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/storage/memory-store.ts';
import {
  isoWeekOf,
  toLocalDate,
  toLocalTime,
  weekKey,
  weekStart,
} from '../../../../src/domain/time/index.ts';
import {
  createTestScheduler,
  ManualClock,
  type Post,
  recordingPoster,
  seedOverkalix,
} from '../../../fixtures/digest/scheduler-harness.ts';

const HOUR = 3_600_000;
const local = (p: Post) => ({ date: toLocalDate(p.at), time: toLocalTime(p.at) });

/** Drives the scheduler hour by hour from `from` to `to` (UTC instants), skipping `down` spans. */
async function drive(
  tick: () => Promise<void>,
  clock: ManualClock,
  from: string,
  to: string,
  down: [string, string][] = [],
) {
  for (let t = Date.parse(from); t <= Date.parse(to); t += HOUR) {
    if (down.some(([a, b]) => t >= Date.parse(a) && t < Date.parse(b))) continue;
    clock.instant = new Date(t);
    await tick();
  }
}

describe('scheduler over a simulated year', () => {
  it('posts one digest a week, at 08:00 on Monday or the next working day, and the January reminders', async () => {
    const store = createMemoryStore();
    await seedOverkalix(store, ['slack:T1:C1']);
    const clock = new ManualClock(new Date('2018-01-01T00:00:00Z'));
    const posts: Post[] = [];
    const { scheduler } = createTestScheduler(store, clock, recordingPoster(clock, posts), 'a');
    await drive(() => scheduler.tick(), clock, '2017-12-31T23:00:00Z', '2019-02-10T23:00:00Z');

    const digests = posts.filter((p) => p.reply.title?.startsWith('Måndagsöversikt'));
    const reminders = posts.filter((p) => p.reply.title?.startsWith('Påminnelse'));

    // Holidays on a Monday in 2018: nyårsdagen, annandag påsk, julafton (then juldagen, annandag jul).
    const moved: Record<string, string> = {
      '2018-W01': '2018-01-02',
      '2018-W14': '2018-04-03',
      '2018-W52': '2018-12-27',
    };
    const expected: string[] = [];
    for (let week = 1; week <= 52; week++) {
      const key = weekKey({ year: 2018, week });
      expected.push(moved[key] ?? weekStart({ year: 2018, week }));
    }
    expect(digests.map((p) => local(p).date)).toEqual(expected);
    expect(digests.every((p) => local(p).time === '08:00')).toBe(true);
    expect(new Set(digests.map((p) => weekKey(isoWeekOf(local(p).date)))).size).toBe(52);

    // Easter Monday 2018-04-02: Tuesday instead, and the digest says why.
    const easter = digests.find((p) => local(p).date === '2018-04-03')!;
    expect(easter.reply.text).toContain('annandag påsk');
    expect(digests.some((p) => local(p).date === '2018-04-02')).toBe(false);

    // The DST weekends (2018-03-25 forward, 2018-10-28 back): the weeks around them have exactly one.
    for (const week of [12, 13, 43, 44]) {
      expect(
        digests.filter((p) => isoWeekOf(local(p).date).week === week && local(p).date.startsWith('2018')),
      ).toHaveLength(1);
    }

    // After the period, until the written summary is due: weekly reminders naming the due date.
    expect(reminders.map((p) => local(p).date)).toEqual([
      '2019-01-02',
      '2019-01-07',
      '2019-01-14',
      '2019-01-21',
      '2019-01-28',
    ]);
    for (const r of reminders) {
      expect(r.reply.text).toContain('31 januari 2019');
      expect(r.reply.text).toContain('/rapport 2018');
    }
    expect(posts).toHaveLength(57);
  });

  it('sends a digest missed while down later the same week, and never one from an earlier week', async () => {
    const store = createMemoryStore();
    await seedOverkalix(store, ['slack:T1:C1']);
    const clock = new ManualClock(new Date('2018-05-01T00:00:00Z'));
    const posts: Post[] = [];
    const first = createTestScheduler(store, clock, recordingPoster(clock, posts), 'before');
    await drive(() => first.scheduler.tick(), clock, '2018-05-07T00:00:00Z', '2018-05-13T12:00:00Z');
    // Down from Sunday 13 May to Wednesday 16 May 11:00 UTC (13:00 local); a fresh process comes up.
    const second = createTestScheduler(store, clock, recordingPoster(clock, posts), 'after');
    await drive(() => second.scheduler.tick(), clock, '2018-05-16T11:00:00Z', '2018-05-20T12:00:00Z');
    // Down from Friday 25 May to Tuesday 5 June: week 22's digest is gone, week 23's comes on start.
    const third = createTestScheduler(store, clock, recordingPoster(clock, posts), 'later');
    await drive(() => third.scheduler.tick(), clock, '2018-06-05T10:00:00Z', '2018-06-05T12:00:00Z');

    expect(posts.map((p) => `${local(p).date} ${local(p).time}`)).toEqual([
      '2018-05-07 08:00',
      '2018-05-16 13:00',
      '2018-06-05 12:00',
    ]);
  });

  it('waits for the morning with a digest missed while down, when the bot comes back at night', async () => {
    const store = createMemoryStore();
    await seedOverkalix(store, ['slack:T1:C1']);
    const clock = new ManualClock(new Date('2018-05-13T00:00:00Z'));
    const posts: Post[] = [];
    // Down over Monday 14 May; a fresh process comes up on Wednesday at 02:00 local (00:00 UTC).
    const scheduler = createTestScheduler(store, clock, recordingPoster(clock, posts), 'night');
    await drive(() => scheduler.scheduler.tick(), clock, '2018-05-16T00:00:00Z', '2018-05-16T12:00:00Z');
    expect(posts.map((p) => `${local(p).date} ${local(p).time}`)).toEqual(['2018-05-16 08:00']);
  });
});
