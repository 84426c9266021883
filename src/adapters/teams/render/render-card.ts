// Reply → Adaptive Card. All wording comes from the Reply; the card only lays it out.
import type { Reply } from '../../../domain/reply.ts';
import { type AdaptiveCardJson, type CardElement, createCard, textBlock } from './card-types.ts';

/** Teams renders a card of a few hundred blocks slowly; a long report is cut here (the file has it all). */
const MAX_LINES = 120;

/** `fileLinks`: report files offered as download buttons. */
export function renderCard(reply: Reply, fileLinks: { name: string; url: string }[] = []): AdaptiveCardJson {
  const body: CardElement[] = [];
  if (reply.title) body.push(textBlock(reply.title, { size: 'Medium', weight: 'Bolder' }));
  if (reply.sections?.length) {
    for (const section of reply.sections) {
      const lines = section.lines.map((line) => textBlock(line, { spacing: 'None' }));
      if (section.heading) body.push(textBlock(section.heading, { weight: 'Bolder', spacing: 'Medium' }));
      body.push(...lines);
    }
  } else {
    const lines = reply.text.split('\n').filter((line) => line.trim() !== '');
    const attention = reply.ok ? {} : { color: 'Attention' };
    body.push(
      ...lines.map((line, i) => textBlock(line, { ...attention, spacing: i === 0 ? 'Default' : 'None' })),
    );
  }
  if (body.length > MAX_LINES) body.splice(MAX_LINES - 1, body.length, textBlock('…', { spacing: 'None' }));
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
  const entities = (reply.mentions ?? [])
    .filter((m) => m.userId.startsWith('teams:'))
    .map((m) => ({
      type: 'mention' as const,
      text: m.text,
      mentioned: { id: m.userId.slice('teams:'.length), name: m.name },
    }));
  return entities.length > 0 ? { ...card, msteams: { entities } } : card;
}
