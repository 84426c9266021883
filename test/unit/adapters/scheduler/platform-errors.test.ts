// Platform trouble while posting, as the coded results the posters return: rate limits and server
// errors are retried with backoff and the digest still goes out once; an error retrying cannot fix
// is not retried. (How each platform's errors map to these codes: classify-*-error tests.)
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/storage/memory-store.ts';
import type { ChannelBinding } from '../../../../src/app/ports.ts';
import type { PostResult } from '../../../../src/app/post-result.ts';
import {
  createTestScheduler,
  ManualClock,
  type Post,
  recordingPoster,
  seedOverkalix,
} from '../../../fixtures/digest/scheduler-harness.ts';

const monday8 = new Date('2018-03-19T07:00:00Z');

type Answer = PostResult | { accepted: PostResult };

function failing(errors: Answer[]) {
  return (_binding: ChannelBinding) => errors.shift();
}

async function setup(errors: Answer[], options: { findable?: boolean } = { findable: true }) {
  const store = createMemoryStore();
  await seedOverkalix(store, ['slack:T1:C1']);
  const clock = new ManualClock(monday8);
  const posts: Post[] = [];
  const poster = recordingPoster(clock, posts, failing(errors), options);
  const notices: { userId: string; text: string }[] = [];
  poster.notifyUser = async (userId, reply) => {
    notices.push({ userId, text: reply.text });
    return { status: 'sent' };
  };
  const harness = createTestScheduler(store, clock, poster, 'a');
  return { ...harness, store, clock, posts, notices };
}

describe('posting through platform errors', () => {
  it('retries a 429 with retry-after twice, then posts once', async () => {
    const rateLimited: PostResult = { status: 'transient', retryAfterMs: 30_000, code: 'ratelimited' };
    const { scheduler, posts, sleeps, store } = await setup([rateLimited, rateLimited]);
    await scheduler.tick();
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect(sleeps).toEqual([30_000, 30_000]);
    expect((await store.getRun('digest:slack:T1:C1:2018-W12'))?.sentAt).not.toBeNull();
  });

  it('retries 5xx and timeouts with growing waits, looking for the post before each resend, then posts once', async () => {
    const { scheduler, posts, sleeps } = await setup([
      { status: 'transient', retryAfterMs: 0, code: 'http_502', maybeSent: true },
      { status: 'transient', retryAfterMs: 0, code: 'ETIMEDOUT', maybeSent: true },
      { status: 'transient', retryAfterMs: 0, code: 'http_503', maybeSent: true },
    ]);
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('a 503 after the platform accepted the post: found in the channel, not posted again', async () => {
    const { scheduler, posts, store, sleeps } = await setup([
      { accepted: { status: 'transient', retryAfterMs: 0, code: 'http_503', maybeSent: true } },
    ]);
    await scheduler.tick();
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect(sleeps).toEqual([1000]);
    expect(await store.getRun('digest:slack:T1:C1:2018-W12')).toMatchObject({
      messageId: '1',
      postingAt: null,
    });
    expect((await store.getRun('digest:slack:T1:C1:2018-W12'))?.sentAt).not.toBeNull();
  });

  it('where the platform cannot be searched (Teams), a timeout is never resent and the admins are told', async () => {
    const { scheduler, posts, store, notices, clock } = await setup(
      [{ accepted: { status: 'transient', retryAfterMs: 0, code: 'ETIMEDOUT', maybeSent: true } }],
      { findable: false },
    );
    await store.setRole(
      'slack:T1:C1',
      'slack:T1:UADMIN',
      'admin',
      { actor: 'test', platform: 'slack', action: 'role' },
      monday8,
    );
    for (let minutes = 0; minutes < 6 * 24 * 60; minutes += 10) {
      clock.instant = new Date(monday8.getTime() + minutes * 60_000);
      await scheduler.tick();
    }
    expect(posts).toHaveLength(1);
    expect((await store.getRun('digest:slack:T1:C1:2018-W12'))?.failure).toBe('unknown:ETIMEDOUT');
    expect(notices.map((n) => n.userId)).toEqual(['slack:T1:UADMIN']);
    expect(notices[0]?.text).toContain('skickar den inte igen');
    // The channel itself is fine: no health mark, and next week's digest comes as usual.
    expect((await store.getChannel('slack:T1:C1'))?.health).toBeNull();
    clock.instant = new Date(monday8.getTime() + 7 * 24 * 3_600_000);
    await scheduler.tick();
    expect(posts).toHaveLength(2);
  });

  it('gives a terminal refusal up for the week: no retry, the binding marked, tried again next week', async () => {
    const { scheduler, posts, sleeps, clock, store } = await setup([
      { status: 'terminal', reason: 'channel-not-found', code: 'channel_not_found' },
    ]);
    await scheduler.tick();
    expect(posts).toHaveLength(0);
    expect(sleeps).toEqual([]);
    expect((await store.getChannel('slack:T1:C1'))?.health).toMatchObject({
      state: 'unable',
      reason: 'channel-not-found',
      code: 'channel_not_found',
    });
    for (let minutes = 10; minutes < 6 * 24 * 60; minutes += 10) {
      clock.instant = new Date(monday8.getTime() + minutes * 60_000);
      await scheduler.tick();
    }
    expect(posts).toHaveLength(0);
    expect((await store.getRun('digest:slack:T1:C1:2018-W12'))?.failure).toBe(
      'terminal:channel-not-found:channel_not_found',
    );
    // The next Monday the channel is back (someone mended it): the digest goes out and the mark is gone.
    clock.instant = new Date(monday8.getTime() + 7 * 24 * 3_600_000);
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect((await store.getChannel('slack:T1:C1'))?.health).toBeNull();
  });

  it('retries transient trouble in a few later rounds of the week, then gives up and tells the admins once', async () => {
    const down: PostResult = { status: 'transient', retryAfterMs: 0, code: 'http_503' };
    const { scheduler, posts, clock, store, notices } = await setup(Array.from({ length: 1000 }, () => down));
    await store.setRole(
      'slack:T1:C1',
      'slack:T1:UADMIN',
      'admin',
      { actor: 'test', platform: 'slack', action: 'role' },
      monday8,
    );
    let attempts = 0;
    const before = store.claimRun.bind(store);
    store.claimRun = async (...args) => {
      const claimed = await before(...args);
      if (claimed) attempts++;
      return claimed;
    };
    // Monday 08:00 to Sunday night (the next Monday's digest is another run).
    for (let minutes = 0; minutes < 6 * 24 * 60 + 15 * 60; minutes += 10) {
      clock.instant = new Date(monday8.getTime() + minutes * 60_000);
      await scheduler.tick();
    }
    expect(posts).toHaveLength(0);
    expect(attempts).toBe(4);
    expect((await store.getRun('digest:slack:T1:C1:2018-W12'))?.failure).toBe('transient:http_503');
    expect(notices.map((n) => n.userId)).toEqual(['slack:T1:UADMIN']);
    expect(notices[0]?.text).toMatch(
      /^Måndagsöversikten för v\.12 .* kom inte fram: Slack svarade med fel vid 4 försök/,
    );
    expect(notices[0]?.text).toContain('försöker inte igen den här veckan');
    // Transient trouble says nothing about the channel itself.
    expect((await store.getChannel('slack:T1:C1'))?.health).toBeNull();
  });

  it('names the week a holiday moved digest is for, not the week it is posted in', async () => {
    // A Friday channel: långfredagen 30 March 2018 (v.13) and annandag påsk 2 April move week 13's
    // digest to Tuesday 3 April, in v.14. The admins are told it is week 13's that did not arrive.
    const down: PostResult = { status: 'transient', retryAfterMs: 0, code: 'http_503' };
    const { scheduler, clock, store, notices } = await setup(Array.from({ length: 1000 }, () => down));
    const audit = { actor: 'test', platform: 'slack' as const, action: 'role' };
    const tuesday = new Date('2018-04-03T06:00:00Z');
    await store.setRole('slack:T1:C1', 'slack:T1:UADMIN', 'admin', audit, tuesday);
    await store.setDigestSchedule('slack:T1:C1', { weekday: 5, time: '08:00', off: false }, audit, tuesday);
    // Tuesday 08:00 to Wednesday night: four rounds (then, 30 min, 2 h and 6 h later) and it is given up.
    for (let minutes = 0; minutes < 2 * 24 * 60; minutes += 10) {
      clock.instant = new Date(tuesday.getTime() + minutes * 60_000);
      await scheduler.tick();
    }
    expect((await store.getRun('digest:slack:T1:C1:2018-W13'))?.failure).toBe('transient:http_503');
    expect(notices[0]?.text).toMatch(/^Veckoöversikten för v\.13 .* kom inte fram/);
  });
});
