// Slack redelivers an event it thinks failed (X-Slack-Retry-Num) with the same event_id; this
// global middleware lets each event id through once. Kept in memory for an hour: retries come
// within minutes, and a restart between them is rare enough that a duplicate App Home refresh is harmless.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

const TTL_MS = 60 * 60 * 1000;
const MAX_IDS = 10_000;

export function createEventDeduper(nowMs: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  const seen = new Map<string, number>();
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const now = nowMs();
    const at = seen.get(eventId);
    if (at !== undefined && now - at < TTL_MS) return;
    seen.set(eventId, now);
    // Map keeps insertion order: drop the oldest when full.
    if (seen.size > MAX_IDS) seen.delete(seen.keys().next().value!);
    await next();
  };
}
