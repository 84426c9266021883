// Two scheduler instances on one database (SQLite file, PostgreSQL) post one digest a week per
// channel; a process killed between claim and send leads to exactly one digest after restart.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { Store } from '../../../src/app/ports.ts';
import { toLocalDate, toLocalTime } from '../../../src/domain/time/index.ts';
import {
  createTestScheduler,
  ManualClock,
  type Post,
  recordingPoster,
  seedOverkalix,
} from '../../fixtures/digest/scheduler-harness.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';

const withPostgres = await isPostgresAvailable('scheduler replicas');
const backends = [
  { name: 'sqlite', create: createSqliteDatabase },
  ...(withPostgres ? [{ name: 'postgresql', create: createPostgresDatabase }] : []),
];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function twoStores(create: () => Promise<TestDatabase>): Promise<[Store, Store]> {
  const db = await create();
  cleanups.push(() => db.drop());
  const a = await openStore(db.url);
  cleanups.push(() => a.close());
  const b = await openStore(db.url);
  cleanups.push(() => b.close());
  return [a, b];
}

const TEN_MINUTES = 10 * 60_000;
const channels = ['slack:T1:C1', 'slack:T1:C2'];
const at = (p: Post) => `${p.channelId} ${toLocalDate(p.at)} ${toLocalTime(p.at)}`;

describe.each(backends)('scheduler replicas on $name', ({ create }) => {
  it('two instances ticking together post one digest per channel and week', async () => {
    const [storeA, storeB] = await twoStores(create);
    await seedOverkalix(storeA, channels);
    const clock = new ManualClock(new Date('2018-03-19T00:00:00Z'));
    const posts: Post[] = [];
    const a = createTestScheduler(storeA, clock, recordingPoster(clock, posts), 'replica-a');
    const b = createTestScheduler(storeB, clock, recordingPoster(clock, posts), 'replica-b');
    // Three weeks over the spring DST change and Easter, every half hour from Monday 01:00 to Wednesday.
    for (const monday of ['2018-03-19', '2018-03-26', '2018-04-02']) {
      const start = Date.parse(`${monday}T00:00:00Z`);
      for (let t = start; t < start + 48 * 3_600_000; t += 3 * TEN_MINUTES) {
        clock.instant = new Date(t);
        await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      }
    }
    expect(posts.map(at).sort()).toEqual([
      'slack:T1:C1 2018-03-19 08:00',
      'slack:T1:C1 2018-03-26 08:00',
      'slack:T1:C1 2018-04-03 08:00',
      'slack:T1:C2 2018-03-19 08:00',
      'slack:T1:C2 2018-03-26 08:00',
      'slack:T1:C2 2018-04-03 08:00',
    ]);
  }, 120_000);

  it('a claim left by a killed process is taken over after 10 minutes: exactly one digest', async () => {
    const [storeA, storeB] = await twoStores(create);
    await seedOverkalix(storeA, ['slack:T1:C1']);
    const monday8 = new Date('2018-03-19T07:00:00Z');
    // The killed process got as far as the claim, not the post.
    expect(await storeA.claimRun('digest:slack:T1:C1:2018-W12', 'killed', monday8, TEN_MINUTES)).toBe(true);
    await storeA.close();
    cleanups.splice(cleanups.length - 2, 1);

    const clock = new ManualClock(monday8);
    const posts: Post[] = [];
    const restarted = createTestScheduler(storeB, clock, recordingPoster(clock, posts), 'restarted');
    for (let t = monday8.getTime() + 60_000; t <= monday8.getTime() + 3 * 3_600_000; t += 3 * 60_000) {
      clock.instant = new Date(t);
      await restarted.scheduler.tick();
    }
    expect(posts.map(at)).toEqual(['slack:T1:C1 2018-03-19 08:10']);
    const run = await storeB.getRun('digest:slack:T1:C1:2018-W12');
    expect(run?.claimedBy).toBe('restarted');
    expect(run?.sentAt).not.toBeNull();
  });
});
