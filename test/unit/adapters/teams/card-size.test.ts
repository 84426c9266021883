// Teams refuses a message over about 28 KB (413 MessageSizeTooBig): a 60-promise status or digest
// must arrive as several messages, each within the limit, together showing every promise in order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardElement } from '../../../../src/adapters/teams/render/card-types.ts';
import { elementText } from '../../../../src/adapters/teams/render/inert-text.ts';
import { renderActivities } from '../../../../src/adapters/teams/render/render-activity.ts';
import {
  MAX_LINES,
  MAX_MESSAGE_BYTES,
  messageBytes,
  renderCards,
} from '../../../../src/adapters/teams/render/render-card.ts';
import { getChannelDigest } from '../../../../src/app/digest/get-channel-digest.ts';
import { handleCommand } from '../../../../src/app/handle-command.ts';
import { importPromiseSet } from '../../../../src/app/import-promise-set.ts';
import type { Reply } from '../../../../src/domain/reply.ts';
import { createCoreHarness } from '../../../helpers/core-deps.ts';
import { CONNECTOR_MAX_BYTES } from '../../../helpers/fake-bot-connector.ts';
import { largePromiseFile, largePromiseTitle } from '../../../helpers/large-promise-set.ts';
import { cardsOf, validateAdaptiveCard } from './validate-adaptive-card.ts';

const PROMISES = 60;
let status: Reply;
let digest: Reply;

beforeAll(async () => {
  const h = await createCoreHarness('2018-05-14T08:00:00');
  const imported = await importPromiseSet(h.deps, largePromiseFile(PROMISES), {
    actor: 'console:admin',
    platform: 'console',
    action: 'import',
  });
  if (!imported.ok) throw new Error(imported.message);
  await handleCommand(h.deps, h.ctx, 'logga insats1 Centrum 2018-05-02 "första insatsen"');
  status = await handleCommand(h.deps, h.ctx, 'status');
  const binding = await h.deps.store.getChannel(h.ctx.channelId);
  digest = (await getChannelDigest(h.deps, binding!, h.deps.clock.now()))!.reply;
});

/** Every line the messages show, in order, without the continuation labels. */
const shownLines = (messages: ReturnType<typeof renderActivities>) =>
  messages
    .flatMap((m) => cardsOf(m as unknown as Record<string, unknown>))
    .flatMap((card) => (card.body as CardElement[]).map(elementText))
    .filter((line) => !/^Fortsättning, del \d+ av \d+$/.test(line));

describe('Teams message size', () => {
  for (const [name, reply] of [
    ['status', () => status],
    ['digest', () => digest],
  ] as const) {
    it(`splits a ${PROMISES}-promise ${name} into messages that each fit, showing every promise in order`, () => {
      const one = JSON.stringify(renderCards({ ...reply(), sections: undefined }).flatMap((c) => c.body));
      expect(messageBytes(one), 'the whole reply is far over the limit').toBeGreaterThan(MAX_MESSAGE_BYTES);
      const messages = renderActivities(reply());
      expect(messages.length).toBeGreaterThan(1);
      for (const [i, message] of messages.entries()) {
        expect(messageBytes(message), `part ${i + 1}`).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
        expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThanOrEqual(CONNECTOR_MAX_BYTES);
        const [card] = cardsOf(message as unknown as Record<string, unknown>);
        expect(validateAdaptiveCard(card), `part ${i + 1}`).toEqual([]);
        expect((card!.body as unknown[]).length).toBeLessThanOrEqual(MAX_LINES);
        if (i > 0)
          expect(elementText((card!.body as CardElement[])[0]!)).toBe(
            `Fortsättning, del ${i + 1} av ${messages.length}`,
          );
      }
      const lines = shownLines(messages);
      const expected = reply().sections
        ? [reply().title, ...reply().sections!.flatMap((s) => [s.heading, ...s.lines])].filter(Boolean)
        : reply()
            .text.split('\n')
            .filter((l) => l.trim() !== '');
      expect(lines).toEqual(expected);
      const text = lines.join('\n');
      for (let n = 1; n <= PROMISES; n++) if (name === 'status') expect(text).toContain(largePromiseTitle(n));
    });
  }

  it('keeps a short reply in one message with its buttons', () => {
    const messages = renderActivities({
      ok: true,
      text: 'Loggat: insats1',
      visibility: 'user',
      actions: [{ kind: 'undo', activityId: 'a1' }],
    });
    expect(messages).toHaveLength(1);
    const [card] = cardsOf(messages[0] as unknown as Record<string, unknown>);
    expect(card!.actions).toEqual([
      { type: 'Action.Submit', title: 'Ångra', data: { action: 'undo', activityId: 'a1' } },
    ]);
  });

  it('puts the buttons on the last part of a long reply only', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Rad ${i + 1}: ${'x'.repeat(60)}`).join('\n');
    const cards = renderCards({
      ok: true,
      text,
      visibility: 'user',
      actions: [{ kind: 'undo', activityId: 'a1' }],
    });
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.slice(0, -1).every((c) => c.actions === undefined)).toBe(true);
    expect(cards.at(-1)!.actions).toHaveLength(1);
  });
});
