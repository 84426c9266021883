import type { Reply } from '../../domain/reply.ts';

/**
 * Plain text for a terminal: the reply text, and a hint for actions a chat would show as buttons.
 * Text is shown as typed (no escaping), but control characters other than line breaks and tabs are
 * dropped, so no stored text (a note, a title from a promise file) can move the cursor or recolour
 * the terminal with an escape sequence.
 */
export function renderReplyText(reply: Reply): string {
  const undo = reply.actions?.some((a) => a.kind === 'undo');
  const text = stripControls(reply.text);
  return undo ? `${text}\n(Ångra med: logga ångra)` : text;
}

const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const stripControls = (s: string): string => s.replace(CONTROLS, '');
