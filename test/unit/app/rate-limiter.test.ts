import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/app/rate-limiter.ts';

const at = (seconds: number) => new Date(Date.UTC(2018, 2, 19, 8, 0, seconds));

describe('rate limiter', () => {
  it('lets a user run the limit within a minute, refuses the next, and forgets after a minute', () => {
    const limiter = createRateLimiter(3);
    expect([0, 10, 20, 30].map((s) => limiter.take('anna', at(s)))).toEqual([true, true, true, false]);
    // A refused command does not count: at 60 s only the first has left the window.
    expect(limiter.take('anna', at(59))).toBe(false);
    expect(limiter.take('anna', at(60))).toBe(true);
    expect(limiter.take('anna', at(61))).toBe(false);
    expect(limiter.take('anna', at(70))).toBe(true);
  });

  it('counts each user apart', () => {
    const limiter = createRateLimiter(1);
    expect(limiter.take('anna', at(0))).toBe(true);
    expect(limiter.take('bo', at(0))).toBe(true);
    expect(limiter.take('anna', at(1))).toBe(false);
  });
});
