// A sliding one-minute window per user. In memory per process: a replica limits what it serves.
export interface RateLimiter {
  /** True when the user may run one more command at `now`. */
  take(userId: string, now: Date): boolean;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  // Each user's command times, oldest first: the ones that fell out of the window are dropped from
  // the front, so a take costs no pass over the minute's commands.
  const recent = new Map<string, number[]>();
  return {
    take(userId, now) {
      const t = now.getTime();
      let times = recent.get(userId);
      if (!times) {
        times = [];
        recent.set(userId, times);
      }
      let expired = 0;
      while (expired < times.length && times[expired]! <= t - 60_000) expired++;
      if (expired > 0) times.splice(0, expired);
      if (times.length >= perMinute) return false;
      times.push(t);
      return true;
    },
  };
}
