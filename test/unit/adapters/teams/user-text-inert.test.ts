// In Teams a user's `[Logga in här](https://…)` must not become a clickable link in a channel card,
// `<at>Chef</at>` not a mention and `**fet**` not bold. Lines are TextRuns (no Markdown); a line that
// carries one of the bot's own mentions is a TextBlock with every Markdown character broken up.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardElement } from '../../../../src/adapters/teams/render/card-types.ts';
import { elementText } from '../../../../src/adapters/teams/render/inert-text.ts';
import {
  type RenderOptions,
  renderActivities,
} from '../../../../src/adapters/teams/render/render-activity.ts';
import { renderCards } from '../../../../src/adapters/teams/render/render-card.ts';
import type { Reply } from '../../../../src/domain/reply.ts';
import { buildHostileReplies, HOSTILE, type HostileReply, PLACE } from '../../../helpers/hostile-replies.ts';
import { validateAdaptiveCard } from './validate-adaptive-card.ts';

/** The one card of a reply short enough for one message. */
const renderCard = (reply: Reply) => renderCards(reply)[0]!;
const renderActivity = (reply: Reply, options?: RenderOptions) => renderActivities(reply, options)[0]!;

const INVISIBLE = /[\u200B\u2060]/g;

/** What makes Teams turn text into something else: Markdown links, emphasis, mentions, addresses. */
function expectInertTextBlock(text: string, label: string) {
  expect(text, label).not.toMatch(/\]\s*\(/);
  expect(text, label).not.toMatch(/\*\*|__/);
  expect(text, label).not.toMatch(/<at>/);
  expect(text, label).not.toMatch(/https?:\/\//);
}

function expectInertCard(body: CardElement[], label: string) {
  for (const element of body) {
    if (element.type === 'TextBlock') expectInertTextBlock(String(element.text), label);
    else if (element.type === 'RichTextBlock') {
      for (const run of element.inlines as { type: string; text: string }[]) {
        expect(run.type, label).toBe('TextRun');
        // A TextRun renders no Markdown; only a bare address could still be linked by a client.
        expect(run.text, label).not.toMatch(/https?:\/\//);
      }
    } else expect.unreachable(`${label}: unexpected element ${element.type}`);
  }
}

let replies: HostileReply[];
beforeAll(async () => {
  replies = await buildHostileReplies();
});

describe('Teams rendering of user text', () => {
  it('draws every line of every reply inert, as a valid card, with no mention entity from user text', () => {
    expect(replies).toHaveLength(6);
    for (const { name, reply } of replies) {
      const card = renderCard(reply);
      expect(validateAdaptiveCard(card), name).toEqual([]);
      expectInertCard(card.body, name);
      expect(card.msteams, name).toBeUndefined();
      expect(card.actions ?? [], name).not.toContainEqual(
        expect.objectContaining({ type: 'Action.OpenUrl' }),
      );
    }
  });

  it('still shows the characters the user typed (invisible breaks aside) in every field', () => {
    const shown = (name: string) =>
      renderCard(replies.find((r) => r.name === name)!.reply)
        .body.map(elementText)
        .join('\n')
        .replace(INVISIBLE, '');
    for (const name of ['log: note, free-text place, partner, title', 'plan', 'judgement comment'])
      expect(shown(name), name).toContain(HOSTILE);
    expect(shown('log: note, free-text place, partner, title')).toContain(PLACE);
    expect(shown('log: note, free-text place, partner, title')).toContain(`${HOSTILE} part`);
    expect(shown('status')).toContain(`${HOSTILE} titel`);
    expect(shown('report')).toContain(`${HOSTILE} titel`);
    expect(shown('digest')).toContain(PLACE);
  });

  it('keeps the bot’s own mention live and the same line’s user text inert', () => {
    const card = renderCard({
      ok: true,
      visibility: 'channel',
      text: `Ansvarig: <at>Anna</at> · plan "[Logga in här](https://evil.example/x) <at>Chef</at> **fet**"`,
      mentions: [{ text: '<at>Anna</at>', userId: 'teams:aad-anna', name: 'Anna' }],
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
    const [line] = card.body;
    expect(line!.type).toBe('TextBlock');
    const text = String(line!.text);
    expect(text.startsWith('Ansvarig: <at>Anna</at> · plan')).toBe(true);
    expectInertTextBlock(text.replace('<at>Anna</at>', ''), 'mention line');
    expect(text.replace(INVISIBLE, '')).toContain(
      '[Logga in här](https://evil.example/x) <at>Chef</at> **fet**',
    );
    expect(card.msteams?.entities).toEqual([
      { type: 'mention', text: '<at>Anna</at>', mentioned: { id: 'aad-anna', name: 'Anna' } },
    ]);
  });

  it('keeps the log form’s error message inert when it quotes the user', () => {
    const message = renderActivity(
      {
        ok: false,
        text: 'Förstod inte',
        visibility: 'user',
        error: { code: 'unknown-place', field: 'place', message: `Förstod inte platsen "${PLACE}".` },
      },
      { formValues: { place: PLACE } },
    );
    const card = message.attachments[0]!.content as { body: CardElement[] };
    expect(validateAdaptiveCard(card)).toEqual([]);
    const error = card.body.find((e) => e.color === 'Attention')!;
    expectInertTextBlock(String(error.text), 'form error');
    expect(String(error.text).replace(INVISIBLE, '')).toBe(`Plats: Förstod inte platsen "${PLACE}".`);
  });
});
