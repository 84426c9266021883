// Slack redelivers an event it thinks failed (X-Slack-Retry-Num) with the same event_id; each event id
// is let through once. Kept in memory for an hour: retries come within minutes, and a restart between
// them is rare enough that a duplicate App Home refresh is harmless.

const TTL_MS = 60 * 60 * 1000;
const MAX_IDS = 10_000;

/** True the first time an event id is seen (within the hour), false for a redelivery. */
export function createEventDeduper(nowMs: () => number = Date.now): (eventId: string) => boolean {
  const seen = new Map<string, number>();
  return (eventId) => {
    const now = nowMs();
    const at = seen.get(eventId);
    if (at !== undefined && now - at < TTL_MS) return false;
    seen.set(eventId, now);
    // Map keeps insertion order: drop the oldest when full.
    if (seen.size > MAX_IDS) seen.delete(seen.keys().next().value!);
    return true;
  };
}
