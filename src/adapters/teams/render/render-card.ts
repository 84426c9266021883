// Reply → Adaptive Card. All wording comes from the Reply; the card only lays it out. Every line may
// hold user text, so each is drawn inert (inert-text.ts); only the bot's own mentions stay live.
import type { Reply } from '../../../domain/reply.ts';
import { type AdaptiveCardJson, type CardElement, createCard, textBlock } from './card-types.ts';
import { neutraliseMarkdown, plainTextBlock, type RunStyle } from './inert-text.ts';

/** Teams renders a card of a few hundred blocks slowly; a long report is cut here (the file has it all). */
const MAX_LINES = 120;

type Spacing = 'None' | 'Small' | 'Default' | 'Medium';

/** `fileLinks`: report files offered as download buttons. */
export function renderCard(reply: Reply, fileLinks: { name: string; url: string }[] = []): AdaptiveCardJson {
  const line = lineRenderer(reply);
  const body: CardElement[] = [];
  if (reply.title) body.push(line(reply.title, { size: 'Medium', weight: 'Bolder' }));
  if (reply.sections?.length) {
    for (const section of reply.sections) {
      if (section.heading) body.push(line(section.heading, { weight: 'Bolder' }, 'Medium'));
      body.push(...section.lines.map((text) => line(text, {}, 'None')));
    }
  } else {
    const lines = reply.text.split('\n').filter((text) => text.trim() !== '');
    const attention: RunStyle = reply.ok ? {} : { color: 'Attention' };
    body.push(...lines.map((text, i) => line(text, attention, i === 0 ? 'Default' : 'None')));
  }
  if (body.length > MAX_LINES) body.splice(MAX_LINES - 1, body.length, plainTextBlock('…', {}, 'None'));
  const actions: CardElement[] = [];
  for (const action of reply.actions ?? []) {
    if (action.kind === 'undo') {
      actions.push({
        type: 'Action.Submit',
        title: 'Ångra',
        data: { action: 'undo', activityId: action.activityId },
      });
    }
  }
  for (const link of fileLinks)
    actions.push({ type: 'Action.OpenUrl', title: `Hämta ${link.name}`, url: link.url });
  const card = createCard(body, actions, reply.text);
  // A mention entity makes `<at>Namn</at>` notify the person (Entra object id, as the bot stores it).
  const entities = teamsMentions(reply).map((m) => ({
    type: 'mention' as const,
    text: m.text,
    mentioned: { id: m.userId.slice('teams:'.length), name: m.name },
  }));
  return entities.length > 0 ? { ...card, msteams: { entities } } : card;
}

const teamsMentions = (reply: Reply) => (reply.mentions ?? []).filter((m) => m.userId.startsWith('teams:'));

/**
 * A line without one of the bot's mentions is a TextRun; a line with one is a TextBlock (mentions
 * work only there) whose other characters are neutralised, the mention tokens put back whole.
 */
function lineRenderer(reply: Reply): (text: string, style?: RunStyle, spacing?: Spacing) => CardElement {
  const tokens = [...new Set(teamsMentions(reply).map((m) => m.text))];
  return (text, style = {}, spacing) => {
    if (!tokens.some((t) => text.includes(t))) return plainTextBlock(text, style, spacing);
    const pattern = new RegExp(tokens.map(escapeRegExp).join('|'), 'g');
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      out += neutraliseMarkdown(text.slice(last, m.index)) + m[0];
      last = m.index + m[0].length;
    }
    out += neutraliseMarkdown(text.slice(last));
    return textBlock(out, { ...style, ...(spacing ? { spacing } : {}) });
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
