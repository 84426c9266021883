// Each channel's digest on its own day and time (`/loften schema`), over simulated weeks of scheduler
// ticks every five minutes (as the digest job's cron), with the clock passed in: a Wednesday 09:30
// channel gets its digest Wednesday 09:30 once, the Monday channel is unaffected, a holiday moves a
// day to the next working day, a channel turned off gets none, and a schedule changed within a week
// never gives that week a second digest.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/storage/memory-store.ts';
import { parseNow } from '../../../../src/app/clock.ts';
import { toLocalDate, toLocalTime } from '../../../../src/domain/time/index.ts';
import {
  createTestScheduler,
  ManualClock,
  type Post,
  recordingPoster,
  seedOverkalix,
} from '../../../fixtures/digest/scheduler-harness.ts';
import { createHarness, ENV_ADMIN } from '../../app/app-harness.ts';

const MONDAY = 'slack:T1:C1';
const WEDNESDAY = 'slack:T1:CWED';
const OFF = 'slack:T1:COFF';
const FRIDAY = 'slack:T1:CFRI';

async function setup(start: string) {
  const store = createMemoryStore();
  await seedOverkalix(store, [MONDAY, WEDNESDAY, OFF, FRIDAY]);
  const app = await createHarness({ store, now: start });
  const clock = new ManualClock(parseNow(start, 'Europe/Stockholm'));
  const posts: Post[] = [];
  const { scheduler } = createTestScheduler(store, clock, recordingPoster(clock, posts), 'a');
  /**
   * Ticks from `from` (local) for `days` days, as the cron does from 06:00 to 22:55: every five
   * minutes in the morning, where the schedules in these tests lie, every half hour after 11:00.
   */
  const runDays = async (from: string, days: number) => {
    const t0 = parseNow(from, 'Europe/Stockholm').getTime();
    for (let minutes = 0; minutes < days * 24 * 60; ) {
      clock.instant = new Date(t0 + minutes * 60_000);
      const hour = Number(toLocalTime(clock.instant).slice(0, 2));
      if (hour >= 6 && hour <= 22) await scheduler.tick();
      minutes += hour >= 6 && hour < 11 ? 5 : 30;
    }
  };
  const seen = (channelId: string) =>
    posts
      .filter((p) => p.channelId === channelId)
      .map((p) => `${toLocalDate(p.at)} ${toLocalTime(p.at)} ${p.reply.text.split('\n')[0]?.split(' —')[0]}`);
  return { store, app, posts, runDays, seen };
}

describe('a schedule per channel', () => {
  it('Wednesday 09:30 once, Monday 08:00 untouched, off gives none, over a whole week', async () => {
    const { app, runDays, seen, store } = await setup('2018-03-19T06:00:00');
    const wed = await app.run(ENV_ADMIN, '/loften schema onsdag 09:30', WEDNESDAY);
    expect(wed.text).toContain('Översikten kommer nu hit onsdagar kl 09:30');
    expect(wed.text).toContain('Nästa: ons 21 mars kl 09:30.');
    const off = await app.run(ENV_ADMIN, '/loften schema av', OFF);
    expect(off.text).toContain('Veckoöversikten är avstängd i den här kanalen');
    expect((await store.getChannel(OFF))?.schedule).toEqual({ weekday: 1, time: '08:00', off: true });

    await runDays('2018-03-19T00:00:00', 7);
    expect(seen(MONDAY)).toEqual(['2018-03-19 08:00 Måndagsöversikt v.12']);
    expect(seen(WEDNESDAY)).toEqual(['2018-03-21 09:30 Veckoöversikt v.12']);
    expect(seen(OFF)).toEqual([]);
    expect(seen(FRIDAY)).toEqual(['2018-03-19 08:00 Måndagsöversikt v.12']);
  });

  it('a holiday moves the day to the next working day, across the weekend when it must', async () => {
    const { app, runDays, seen } = await setup('2018-03-20T12:00:00');
    expect((await app.run(ENV_ADMIN, '/loften schema fredag 07:30', FRIDAY)).ok).toBe(true);
    // v.13: långfredag 30 mars; v.14: annandag påsk Monday 2 April.
    await runDays('2018-03-26T00:00:00', 14);
    // The Monday channel: Tuesday 3 April instead of annandag påsk.
    expect(seen(MONDAY)).toEqual([
      '2018-03-26 08:00 Måndagsöversikt v.13',
      '2018-04-03 08:00 Måndagsöversikt v.14',
    ]);
    // The Friday channel: week 13's digest after långfredag, the Easter weekend and annandag påsk
    // (its status is that Tuesday's, so it reads v.14, and says why it is late), then week 14's on
    // its own Friday.
    expect(seen(FRIDAY)).toEqual([
      '2018-04-03 07:30 Veckoöversikt v.14',
      '2018-04-06 07:30 Veckoöversikt v.14',
    ]);
  });

  it('says why the day moved, in the digest itself', async () => {
    const { app, runDays, posts } = await setup('2018-03-20T12:00:00');
    await app.run(ENV_ADMIN, '/loften schema fredag 07:30', FRIDAY);
    await runDays('2018-04-02T00:00:00', 2);
    const moved = posts.find((p) => p.channelId === FRIDAY);
    expect(moved?.reply.text).toContain(
      'Översikten kommer på tisdag i stället för fredag: fre 30 mars är långfredagen.',
    );
  });

  it('a schedule changed after the week’s digest gives no second one that week', async () => {
    const { app, runDays, seen } = await setup('2018-03-16T12:00:00');
    await runDays('2018-03-19T00:00:00', 1);
    expect(seen(MONDAY)).toEqual(['2018-03-19 08:00 Måndagsöversikt v.12']);
    app.setNow('2018-03-20T10:00:00');
    const changed = await app.run(ENV_ADMIN, '/loften schema onsdag 9:30', MONDAY);
    expect(changed.text).toContain('Tidigare: måndagar kl 08:00.');
    expect(changed.text).toContain('Veckans översikt (v.12) har redan kommit och kommer inte igen.');
    expect(changed.text).toContain('Nästa: ons 28 mars kl 09:30.');
    await runDays('2018-03-20T00:00:00', 13);
    expect(seen(MONDAY)).toEqual([
      '2018-03-19 08:00 Måndagsöversikt v.12',
      '2018-03-28 09:30 Veckoöversikt v.13',
    ]);
  });

  it('turned on again, the digest comes on its day; a day moved later this week still comes once', async () => {
    const { app, runDays, seen } = await setup('2018-03-16T12:00:00');
    await app.run(ENV_ADMIN, '/loften schema av', OFF);
    await runDays('2018-03-19T00:00:00', 2);
    expect(seen(OFF)).toEqual([]);
    app.setNow('2018-03-21T07:00:00');
    const on = await app.run(ENV_ADMIN, '/loften schema på', OFF);
    expect(on.text).toContain('Översikten kommer nu hit måndagar kl 08:00');
    // Monday is past and this week's digest never came: it comes at the next look.
    expect(on.text).toContain('Veckans översikt (v.12) har inte kommit än');
    await runDays('2018-03-21T00:00:00', 5);
    expect(seen(OFF)).toEqual(['2018-03-21 08:00 Måndagsöversikt v.12']);
  });
});
