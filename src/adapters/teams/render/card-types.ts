// The small part of the Adaptive Card schema the bot sends, as plain JSON (version 1.5: what Teams
// renders on desktop, web and mobile).
export type CardElement = Record<string, unknown> & { type: string };

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  fallbackText?: string;
  body: CardElement[];
  actions?: CardElement[];
  /** Teams' extension: the `<at>…</at>` mentions in the text, so the people are notified. */
  msteams?: { entities: TeamsMentionEntity[] };
}

export interface TeamsMentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function createCard(
  body: CardElement[],
  actions: CardElement[] = [],
  fallbackText?: string,
): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...(fallbackText ? { fallbackText } : {}),
    body,
    ...(actions.length ? { actions } : {}),
  };
}

export function textBlock(text: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}
