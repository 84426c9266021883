// Posting survives the platform's bad moments: a transient result (rate limit with its retry-after,
// 5xx, timeouts) is retried with exponential backoff; a terminal one is not. The decision reads only
// the coded result each platform's poster returns (app/post-result.ts). The whole retry stays well
// under the 10-minute claim takeover, so another replica never posts the same digest meanwhile.
import type { PostResult } from '../post-result.ts';

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

export interface RetryOutcome {
  /** The last result: `sent`, `terminal`, or the `transient` one retrying gave up on. */
  result: PostResult;
  attempts: number;
}

export async function postWithRetry(
  post: () => Promise<PostResult>,
  sleep: Sleep,
  policy: RetryPolicy = defaultRetryPolicy,
  onRetry?: (attempt: number, waitMs: number, result: PostResult) => void,
): Promise<RetryOutcome> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const result = await post();
    if (result.status !== 'transient' || attempt >= policy.attempts) return { result, attempts: attempt };
    const backoff = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
    const wait = Math.max(result.retryAfterMs, backoff);
    if (waited + wait > policy.budgetMs) return { result, attempts: attempt };
    onRetry?.(attempt, wait, result);
    await sleep(wait);
    waited += wait;
  }
}
