// How long a round of posting keeps trying: a transient result (rate limit with its retry-after,
// 5xx, timeouts) is retried with exponential backoff within a budget that stays well under the
// 10-minute claim takeover, so another replica never posts the same digest meanwhile. The retrying
// itself, and when not to resend at all, is decided in one place: deliver-once.ts.

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxDelayMs: number;
  /** Give up when the next wait would pass this much time in total. */
  budgetMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 6,
  baseMs: 1000,
  maxDelayMs: 60_000,
  budgetMs: 5 * 60_000,
};

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
