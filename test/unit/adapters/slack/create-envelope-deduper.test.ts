// A Socket Mode envelope delivered again gets the first delivery's ack and does not run the work
// again; after an hour the id is forgotten.
import type { ReceiverEvent } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createEnvelopeDeduper } from '../../../../src/adapters/slack/socket/create-envelope-deduper.ts';

function delivery(envelopeId: string | undefined) {
  const acks: unknown[] = [];
  const event: ReceiverEvent = {
    body: { command: '/logga', text: 'medborgarkontakt Centrum' },
    ack: async (response?: unknown) => {
      acks.push(response ?? null);
    },
    ...(envelopeId ? { customProperties: { envelopeId } } : {}),
  };
  return { event, acks };
}

describe('createEnvelopeDeduper', () => {
  it('acks a redelivery with the first ack, without running the work again', async () => {
    let now = 0;
    const once = createEnvelopeDeduper(() => now);
    let runs = 0;
    const work = async (e: ReceiverEvent) => {
      runs++;
      await e.ack({ text: `Loggat (${runs})` });
    };
    const first = delivery('E1');
    const again = delivery('E1');
    await once(first.event, work);
    now += 10 * 60 * 1000;
    await once(again.event, work);
    expect(runs).toBe(1);
    expect(again.acks).toEqual([{ text: 'Loggat (1)' }]);
    expect(first.acks).toEqual(again.acks);
  });

  it('lets a redelivery that arrives while the first is running wait for its ack', async () => {
    const once = createEnvelopeDeduper(() => 0);
    let release: () => void = () => undefined;
    const slow = async (e: ReceiverEvent) => {
      await new Promise<void>((r) => (release = r));
      await e.ack({ text: 'Arbetar…' });
    };
    const first = delivery('E1');
    const running = once(first.event, slow);
    const again = delivery('E1');
    const waiting = once(again.event, slow);
    release();
    await Promise.all([running, waiting]);
    expect(again.acks).toEqual([{ text: 'Arbetar…' }]);
  });

  it('acks a redelivery empty when the first ended without an ack', async () => {
    const once = createEnvelopeDeduper(() => 0);
    const failing = async () => {
      throw new Error('databasen svarar inte');
    };
    await expect(once(delivery('E1').event, failing)).rejects.toThrow('databasen');
    const again = delivery('E1');
    await once(again.event, failing);
    expect(again.acks).toEqual([null]);
  });

  it('runs different envelopes, envelopes without an id, and an id seen over an hour ago', async () => {
    let now = 0;
    const once = createEnvelopeDeduper(() => now);
    let runs = 0;
    const work = async (e: ReceiverEvent) => {
      runs++;
      await e.ack();
    };
    await once(delivery('E1').event, work);
    await once(delivery('E2').event, work);
    await once(delivery(undefined).event, work);
    await once(delivery(undefined).event, work);
    now += 60 * 60 * 1000 + 1;
    await once(delivery('E1').event, work);
    expect(runs).toBe(5);
  });
});
