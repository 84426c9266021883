// A sliding one-minute window per chat user. In memory per process: a replica limits what it serves.
// It runs on real elapsed time, never on the command clock: `--now` fixes that clock, and a fixed
// clock would make the window never end.

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  /** Whether the user may run one more command now; a refused command does not count. */
  take(userId: string): RateDecision;
}

/** `elapsedMs` is a monotonic millisecond counter (`elapsedMs` in clock.ts; tests pass their own). */
export function createRateLimiter(perMinute: number, elapsedMs: () => number): RateLimiter {
  // Each user's command times, oldest first: the ones that fell out of the window are dropped from
  // the front, so a take costs no pass over the minute's commands.
  const recent = new Map<string, number[]>();
  return {
    take(userId) {
      const t = elapsedMs();
      let times = recent.get(userId);
      if (!times) {
        times = [];
        recent.set(userId, times);
      }
      let expired = 0;
      while (expired < times.length && times[expired]! <= t - 60_000) expired++;
      if (expired > 0) times.splice(0, expired);
      if (times.length >= perMinute) {
        // The oldest command in the window leaves it at oldest + 60 s; then one more fits.
        return { ok: false, retryAfterMs: Math.max(1, times[0]! + 60_000 - t) };
      }
      times.push(t);
      return { ok: true };
    },
  };
}

/** Nothing is limited: the console and the command line have one local user who must never lose a line. */
export const unlimited: RateLimiter = { take: () => ({ ok: true }) };
