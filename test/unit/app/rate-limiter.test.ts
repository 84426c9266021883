import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/app/rate-limiter.ts';

/** A stand-in for real elapsed time that the test moves by hand. */
function stopwatch() {
  let ms = 0;
  return { elapsed: () => ms, at: (seconds: number) => (ms = seconds * 1000) };
}

describe('rate limiter', () => {
  it('lets a user run the limit within a minute, refuses the next, and forgets after a minute', () => {
    const watch = stopwatch();
    const limiter = createRateLimiter(3, watch.elapsed);
    const takeAt = (s: number) => {
      watch.at(s);
      return limiter.take('anna').ok;
    };
    expect([0, 10, 20, 30].map(takeAt)).toEqual([true, true, true, false]);
    // A refused command does not count: at 60 s only the first has left the window.
    expect(takeAt(59)).toBe(false);
    expect(takeAt(60)).toBe(true);
    expect(takeAt(61)).toBe(false);
    expect(takeAt(70)).toBe(true);
  });

  it('says how long until one more command fits', () => {
    const watch = stopwatch();
    const limiter = createRateLimiter(2, watch.elapsed);
    watch.at(0);
    limiter.take('anna');
    watch.at(15);
    limiter.take('anna');
    watch.at(40);
    expect(limiter.take('anna')).toEqual({ ok: false, retryAfterMs: 20_000 });
  });

  it('counts each user apart', () => {
    const watch = stopwatch();
    const limiter = createRateLimiter(1, watch.elapsed);
    expect(limiter.take('anna').ok).toBe(true);
    expect(limiter.take('bo').ok).toBe(true);
    watch.at(1);
    expect(limiter.take('anna').ok).toBe(false);
  });
});
