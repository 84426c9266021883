// Socket Mode: Slack sends an envelope again (same envelope_id) when it did not get the ack, for
// instance when the connection dropped between the work and the ack. The second delivery must not do
// the work again: it gets the first delivery's ack (the same confirmation, the same Ångra button).
import type { ReceiverEvent } from '@slack/bolt';

const TTL_MS = 60 * 60 * 1000;
const MAX_ENVELOPES = 10_000;

type AckResponse = Parameters<ReceiverEvent['ack']>[0];
type Process = (event: ReceiverEvent) => Promise<void>;

export function createEnvelopeDeduper(nowMs: () => number = Date.now) {
  // The first delivery's ack: settled when it acks, or with an empty ack if it ends without one.
  const seen = new Map<string, { at: number; ack: Promise<AckResponse> }>();
  return async (event: ReceiverEvent, process: Process): Promise<void> => {
    const id = event.customProperties?.envelopeId;
    if (typeof id !== 'string') return process(event);
    const now = nowMs();
    const earlier = seen.get(id);
    if (earlier && now - earlier.at < TTL_MS) {
      await event.ack(await earlier.ack);
      return;
    }
    let settle: (response: AckResponse) => void = () => undefined;
    seen.delete(id);
    seen.set(id, { at: now, ack: new Promise((resolve) => (settle = resolve)) });
    // Map keeps insertion order: drop the oldest when full.
    if (seen.size > MAX_ENVELOPES) seen.delete(seen.keys().next().value!);
    try {
      await process({
        ...event,
        ack: async (response) => {
          settle(response);
          await event.ack(response);
        },
      });
    } finally {
      settle(undefined);
    }
  };
}
