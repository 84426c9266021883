// Reply → Adaptive Cards. All wording comes from the Reply; the cards only lay it out. Every line may
// hold user text, so each is drawn inert (inert-text.ts); only the bot's own mentions stay live.
//
// Teams refuses a message over about 28 KB (413 MessageSizeTooBig) and draws a card of a few hundred
// elements slowly, so a long reply (a 60-promise status or digest) is split over several cards, each
// within MAX_MESSAGE_BYTES as a whole message and MAX_LINES elements; continuations say which part
// they are. Buttons (Ångra, files) go on the last card.
import type { Reply } from '../../../domain/reply.ts';
import { countOf, NOUNS } from '../../../domain/rules/noun.ts';
import {
  type AdaptiveCardJson,
  type CardElement,
  createCard,
  type TeamsMentionEntity,
  textBlock,
} from './card-types.ts';
import { elementText, neutraliseMarkdown, plainTextBlock, type RunStyle } from './inert-text.ts';

/** Teams' limit is about 28 KB a message; counted as UTF-16 (two bytes a character), the stricter way. */
export const MAX_MESSAGE_BYTES = 28 * 1024;
/** Elements a card may hold before Teams is slow to draw it. */
export const MAX_LINES = 120;
/** More parts than this and the rest is left to the report file, with a line saying so. */
export const MAX_PARTS = 8;
/** The card's fallbackText is for clients that cannot draw cards: a start is enough. */
const MAX_FALLBACK = 1000;
/** Room kept in each message for what wraps the card (summary, attachment envelope, ids Teams adds). */
const ENVELOPE_BYTES = 2 * 1024;

type Spacing = 'None' | 'Small' | 'Default' | 'Medium';

/** Size of a message as Teams counts it (serialised JSON, two bytes a character). */
export const messageBytes = (value: unknown): number => 2 * JSON.stringify(value).length;

/** `extra`: lines and buttons the adapter adds (the report documents' button). */
export function renderCards(
  reply: Reply,
  extra: { lines?: string[]; actions?: CardElement[] } = {},
): AdaptiveCardJson[] {
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
  for (const [i, text] of (extra.lines ?? []).entries())
    body.push(plainTextBlock(text, { isSubtle: true }, i === 0 ? 'Medium' : 'None'));
  const actions: CardElement[] = [];
  for (const action of reply.actions ?? []) {
    if (action.kind === 'undo') {
      actions.push({
        type: 'Action.Submit',
        title: 'Ångra',
        data: { action: 'undo', activityId: action.activityId },
      });
    }
    if (action.kind === 'edit') {
      actions.push({
        type: 'Action.Submit',
        title: 'Ändra',
        data: { action: 'edit', activityId: action.activityId },
      });
    }
  }
  actions.push(...(extra.actions ?? []));
  const entities = teamsMentions(reply).map((m) => ({
    type: 'mention' as const,
    text: m.text,
    mentioned: { id: m.userId.slice('teams:'.length), name: m.name },
  }));
  return splitIntoCards(body, actions, entities);
}

function splitIntoCards(
  body: CardElement[],
  actions: CardElement[],
  entities: TeamsMentionEntity[],
): AdaptiveCardJson[] {
  // Room for the buttons, which every part might carry (only the last does), and the fallback text.
  const fixed = messageBytes(createCard([], actions, 'x'.repeat(MAX_FALLBACK))) + ENVELOPE_BYTES;
  const room = MAX_MESSAGE_BYTES - fixed;
  const parts: CardElement[][] = [];
  let current: CardElement[] = [];
  let used = 0;
  for (const element of body) {
    const size = messageBytes(element) + 2;
    const entityRoom = entitiesFor([...current, element], entities).reduce((n, e) => n + messageBytes(e), 0);
    if (current.length > 0 && (used + size + entityRoom > room || current.length >= MAX_LINES - 1)) {
      parts.push(current);
      current = [];
      used = 0;
    }
    current.push(element);
    used += size;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  if (parts.length > MAX_PARTS) {
    const kept = parts.slice(0, MAX_PARTS);
    const left = parts.slice(MAX_PARTS).reduce((n, p) => n + p.length, 0);
    const last = kept[MAX_PARTS - 1]!;
    last.splice(
      Math.max(1, last.length - 2),
      last.length,
      plainTextBlock(
        `… ${countOf(left, NOUNS.row)} till får inte plats i Teams. Allt finns i rapportens fil (rapport md).`,
        { isSubtle: true },
        'Medium',
      ),
    );
    parts.splice(0, parts.length, ...kept);
  }
  return parts.map((part, i) => {
    const continued =
      parts.length > 1 && i > 0
        ? [plainTextBlock(`Fortsättning, del ${i + 1} av ${parts.length}`, { isSubtle: true }, 'None')]
        : [];
    const cardBody = [...continued, ...part];
    const fallback = cardBody.map(elementText).join('\n').slice(0, MAX_FALLBACK);
    const card = createCard(cardBody, i === parts.length - 1 ? actions : [], fallback);
    // A mention entity makes `<at>Namn</at>` notify the person (Entra object id, as the bot stores it).
    const mentioned = entitiesFor(part, entities);
    return mentioned.length > 0 ? { ...card, msteams: { entities: mentioned } } : card;
  });
}

/** The mention entities whose text one of these elements shows. */
function entitiesFor(elements: CardElement[], entities: TeamsMentionEntity[]): TeamsMentionEntity[] {
  if (entities.length === 0) return [];
  const texts = elements.filter((e) => e.type === 'TextBlock').map((e) => String(e.text));
  return entities.filter((entity) => texts.some((t) => t.includes(entity.text)));
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
