// The console shows text exactly as typed (no Slack escaping, no Markdown), and nothing stored, such
// as a promise title from a file, can send the terminal an escape sequence.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReplyText } from '../../../../src/adapters/console/render-reply-text.ts';
import { buildHostileReplies, HOSTILE, type HostileReply, PLACE } from '../../../helpers/hostile-replies.ts';

let replies: HostileReply[];
beforeAll(async () => {
  replies = await buildHostileReplies();
});

describe('console rendering of user text', () => {
  it('prints every field as the user typed it, unescaped', () => {
    const shown = (name: string) => renderReplyText(replies.find((r) => r.name === name)!.reply);
    for (const name of ['log: note, free-text place, partner, title', 'plan', 'judgement comment']) {
      expect(shown(name), name).toContain(HOSTILE);
      expect(shown(name), name).not.toContain('&amp;');
    }
    expect(shown('log: note, free-text place, partner, title')).toContain(PLACE);
    expect(shown('log: note, free-text place, partner, title')).toContain(`${HOSTILE} part`);
    expect(shown('status')).toContain(`${HOSTILE} titel`);
    expect(shown('digest')).toContain(PLACE);
  });

  it('drops terminal control sequences but keeps line breaks and tabs', () => {
    const text = renderReplyText({
      ok: true,
      visibility: 'user',
      text: 'Status\n\u001b[2J\u001b[31mRöd\u0007 titel\tslut',
    });
    expect(text).toBe('Status\n[2J[31mRöd titel\tslut');
  });
});
