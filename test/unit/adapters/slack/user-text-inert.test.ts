// Every piece of user text reaches Slack escaped, in the blocks and in the fallback `text` (which
// notifications show and Slack parses for mentions): a plan with `<!channel>` in it must not ping the
// channel from Monday's digest. Only the mentions the bot writes on purpose stay live.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../../src/adapters/slack/render/render-blocks.ts';
import type { KnownBlock } from '../../../../src/adapters/slack/slack-types.ts';
import { buildHostileReplies, HOSTILE, type HostileReply, PLACE } from '../../../helpers/hostile-replies.ts';

/** Every string Slack parses as mrkdwn: section texts, context elements, and the fallback text. */
function mrkdwnTexts(blocks: KnownBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.text?.type === 'mrkdwn') out.push(block.text.text);
    if (block.type === 'context') for (const e of block.elements) if (e.type === 'mrkdwn') out.push(e.text);
  }
  return out;
}

const decodeMrkdwn = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let replies: HostileReply[];
beforeAll(async () => {
  replies = await buildHostileReplies();
});

describe('Slack rendering of user text', () => {
  it('builds a reply for every field (note, place, partner, plan, comment, promise title, digest)', () => {
    expect(replies.map((r) => [r.name, r.reply.ok])).toEqual([
      ['log: note, free-text place, partner, title', true],
      ['plan', true],
      ['judgement comment', true],
      ['status', true],
      ['report', true],
      ['digest', true],
    ]);
  });

  it('escapes &, < and > in every block and in the fallback text, so nothing pings or links', () => {
    for (const { name, reply } of replies) {
      const { text, blocks } = renderBlocks(reply);
      for (const shown of [text, ...mrkdwnTexts(blocks)]) {
        expect(shown, name).not.toMatch(/<!(channel|here|everyone)/);
        expect(shown, name).not.toContain('<@U999>');
        expect(shown, name).not.toContain('<b>');
        // Every & starts an escape Slack decodes; no bare one is left to combine with what follows.
        expect(shown.replace(/&(amp|lt|gt);/g, ''), name).not.toMatch(/[&<>]/);
      }
    }
  });

  it('shows the user the characters they typed, once decoded by Slack', () => {
    const byName = Object.fromEntries(replies.map((r) => [r.name, r.reply]));
    const shown = (name: string) => {
      const { text, blocks } = renderBlocks(byName[name]!);
      return { text: decodeMrkdwn(text), blocks: decodeMrkdwn(mrkdwnTexts(blocks).join('\n')) };
    };
    for (const name of ['log: note, free-text place, partner, title', 'plan', 'judgement comment']) {
      expect(shown(name).text, name).toContain(HOSTILE);
      expect(shown(name).blocks, name).toContain(HOSTILE);
    }
    expect(shown('log: note, free-text place, partner, title').blocks).toContain(PLACE);
    expect(shown('log: note, free-text place, partner, title').blocks).toContain(`${HOSTILE} part`);
    expect(shown('status').blocks).toContain(`${HOSTILE} titel`);
    expect(shown('digest').text).toContain(`${HOSTILE} titel`);
    expect(shown('digest').blocks).toContain(PLACE);
  });

  it('keeps a mention the bot makes on purpose live in the blocks and the fallback text', () => {
    const { text, blocks } = renderBlocks({
      ok: true,
      visibility: 'channel',
      text: `Ansvarig: <@U1> · plan "<@U999> <!channel>"`,
      mentions: [{ text: '<@U1>', userId: 'slack:T1:U1', name: 'Anna' }],
    });
    expect(text).toBe('Ansvarig: <@U1> · plan "&lt;@U999&gt; &lt;!channel&gt;"');
    expect(mrkdwnTexts(blocks)).toEqual([text]);
  });
});
