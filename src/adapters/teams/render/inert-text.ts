// User text in a card must stay text: a note `[Logga in här](https://…)` must not become a link, an
// `<at>…</at>` not a mention, `**…**` not markup. Lines are drawn as TextRuns (Adaptive Cards render
// no Markdown in a TextRun); where a TextBlock is needed (the mentions the bot makes on purpose only
// work there), the Markdown characters are broken up with an invisible zero-width space.
import type { CardElement } from './card-types.ts';

const ZWSP = '\u200B';
const WORD_JOINER = '\u2060';

/** Teams clients make bare addresses clickable even in plain text; a word joiner breaks the pattern. */
export const breakAutoLinks = (text: string): string =>
  text.replace(/:\/\//g, `:${WORD_JOINER}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${WORD_JOINER}.`);

/** Text for a Markdown TextBlock that shows exactly these characters and nothing else. */
export function neutraliseMarkdown(text: string): string {
  return breakAutoLinks(text)
    .replace(/[[\]*_~`<>#|]/g, (c) => `${c}${ZWSP}`)
    .replace(/^(\s*)([-+]|\d+[.)])(?=\s)/, `$1${ZWSP}$2`);
}

export type RunStyle = Partial<{
  size: 'Small' | 'Default' | 'Medium' | 'Large';
  weight: 'Lighter' | 'Default' | 'Bolder';
  color: 'Default' | 'Attention' | 'Good' | 'Warning' | 'Accent';
  isSubtle: boolean;
}>;

/** One line of text that no client turns into a link, a mention or formatting. */
export function plainTextBlock(
  text: string,
  style: RunStyle = {},
  spacing?: 'None' | 'Small' | 'Default' | 'Medium',
): CardElement {
  return {
    type: 'RichTextBlock',
    ...(spacing ? { spacing } : {}),
    inlines: [{ type: 'TextRun', text: breakAutoLinks(text), ...style }],
  };
}

/** The visible text of a body element, whichever way it was drawn. */
export function elementText(element: CardElement): string {
  if (element.type === 'TextBlock') return String(element.text ?? '');
  if (element.type === 'RichTextBlock')
    return ((element.inlines ?? []) as { text?: string }[]).map((i) => i.text ?? '').join('');
  return '';
}
