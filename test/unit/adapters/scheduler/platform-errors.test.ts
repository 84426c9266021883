// Platform trouble while posting: rate limits and server errors are retried with backoff and the
// digest still goes out once; an error retrying cannot fix leaves the claim for a later takeover.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/storage/memory-store.ts';
import type { ChannelBinding } from '../../../../src/app/ports.ts';
import {
  createTestScheduler,
  ManualClock,
  type Post,
  recordingPoster,
  seedOverkalix,
} from '../../../fixtures/digest/scheduler-harness.ts';

const monday8 = new Date('2018-03-19T07:00:00Z');

function failing(errors: unknown[]) {
  return (_binding: ChannelBinding) => errors.shift();
}

async function setup(errors: unknown[]) {
  const store = createMemoryStore();
  await seedOverkalix(store, ['slack:T1:C1']);
  const clock = new ManualClock(monday8);
  const posts: Post[] = [];
  const harness = createTestScheduler(store, clock, recordingPoster(clock, posts, failing(errors)), 'a');
  return { ...harness, store, clock, posts };
}

describe('posting through platform errors', () => {
  it('retries a 429 with retry-after twice, then posts once', async () => {
    const rateLimited = Object.assign(new Error('ratelimited'), {
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 30,
    });
    const { scheduler, posts, sleeps, store } = await setup([rateLimited, rateLimited]);
    await scheduler.tick();
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect(sleeps).toEqual([30_000, 30_000]);
    expect((await store.getRun('digest:slack:T1:C1:2018-W12'))?.sentAt).not.toBeNull();
  });

  it('retries 5xx and timeouts with growing waits, then posts once', async () => {
    const { scheduler, posts, sleeps } = await setup([
      Object.assign(new Error('bad gateway'), { statusCode: 502 }),
      Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }),
      { response: { status: 503, headers: {} } },
    ]);
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('does not retry a permanent error; the claim is taken over after 10 minutes and then posts', async () => {
    const { scheduler, posts, sleeps, clock } = await setup([
      Object.assign(new Error('channel_not_found'), { statusCode: 404 }),
    ]);
    await scheduler.tick();
    expect(posts).toHaveLength(0);
    expect(sleeps).toEqual([]);
    clock.instant = new Date(monday8.getTime() + 5 * 60_000);
    await scheduler.tick();
    expect(posts).toHaveLength(0);
    clock.instant = new Date(monday8.getTime() + 10 * 60_000);
    await scheduler.tick();
    await scheduler.tick();
    expect(posts).toHaveLength(1);
  });
});
