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

function failing(errors: PostResult[]) {
  return (_binding: ChannelBinding) => errors.shift();
}

async function setup(errors: PostResult[]) {
  const store = createMemoryStore();
  await seedOverkalix(store, ['slack:T1:C1']);
  const clock = new ManualClock(monday8);
  const posts: Post[] = [];
  const harness = createTestScheduler(store, clock, recordingPoster(clock, posts, failing(errors)), 'a');
  return { ...harness, store, clock, posts };
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

  it('retries 5xx and timeouts with growing waits, then posts once', async () => {
    const { scheduler, posts, sleeps } = await setup([
      { status: 'transient', retryAfterMs: 0, code: 'http_502', maybeSent: true },
      { status: 'transient', retryAfterMs: 0, code: 'ETIMEDOUT', maybeSent: true },
      { status: 'transient', retryAfterMs: 0, code: 'http_503', maybeSent: true },
    ]);
    await scheduler.tick();
    expect(posts).toHaveLength(1);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('does not retry a permanent error; the claim is taken over after 10 minutes and then posts', async () => {
    const { scheduler, posts, sleeps, clock } = await setup([
      { status: 'terminal', reason: 'channel-not-found', code: 'channel_not_found' },
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
