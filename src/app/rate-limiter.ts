// A sliding one-minute window per user. In memory per process: a replica limits what it serves.
export interface RateLimiter {
  /** True when the user may run one more command at `now`. */
  take(userId: string, now: Date): boolean;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    take(userId, now) {
      const t = now.getTime();
      const kept = (recent.get(userId) ?? []).filter((x) => x > t - 60_000);
      if (kept.length >= perMinute) {
        recent.set(userId, kept);
        return false;
      }
      kept.push(t);
      recent.set(userId, kept);
      return true;
    },
  };
}
