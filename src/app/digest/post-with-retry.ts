// Posting survives the platform's bad moments: rate limits (honouring retry-after), 5xx and
// network timeouts are retried with exponential backoff. The whole retry stays well under the
// 10-minute claim takeover, so another replica never posts the same digest meanwhile.
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

const transientCodes = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_SOCKET',
  'slack_webapi_rate_limited_error',
  'slack_webapi_request_error',
]);

type Loose = Record<string, unknown> | undefined;

/**
 * Milliseconds the platform asked us to wait (retry-after), 0 for another transient failure, null
 * when retrying cannot help (a removed channel, missing rights). Posters may throw any SDK error:
 * the common shapes (`status`, `statusCode`, `response.status`, Slack's `retryAfter`) are read here.
 */
export function retryAfterMs(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as Record<string, unknown>;
  const response = e.response as Loose;
  const data = e.data as Loose;
  const status = Number(e.status ?? e.statusCode ?? response?.status ?? data?.statusCode ?? Number.NaN);
  const headers = (e.headers ?? response?.headers) as Loose;
  const headerValue =
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as unknown as Headers).get('retry-after')
      : headers?.['retry-after'];
  const after = Number(e.retryAfter ?? headerValue ?? Number.NaN);
  const code = String(e.code ?? '');
  const name = String(e.name ?? '');
  const transient =
    status === 429 ||
    (status >= 500 && status < 600) ||
    transientCodes.has(code) ||
    name === 'TimeoutError' ||
    name === 'AbortError';
  if (!transient) return null;
  return Number.isFinite(after) && after > 0 ? after * 1000 : 0;
}

export async function postWithRetry(
  post: () => Promise<void>,
  sleep: Sleep,
  policy: RetryPolicy = defaultRetryPolicy,
  onRetry?: (attempt: number, waitMs: number, error: unknown) => void,
): Promise<{ ok: true; attempts: number } | { ok: false; attempts: number; error: unknown }> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      await post();
      return { ok: true, attempts: attempt };
    } catch (error) {
      const asked = retryAfterMs(error);
      if (asked === null || attempt >= policy.attempts) return { ok: false, attempts: attempt, error };
      const backoff = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
      const wait = Math.max(asked, backoff);
      if (waited + wait > policy.budgetMs) return { ok: false, attempts: attempt, error };
      onRetry?.(attempt, wait, error);
      await sleep(wait);
      waited += wait;
    }
  }
}
