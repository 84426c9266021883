import type { Reply } from '../../domain/reply.ts';

/** Plain text for a terminal: the reply text, and a hint for actions a chat would show as buttons. */
export function renderReplyText(reply: Reply): string {
  const undo = reply.actions?.some((a) => a.kind === 'undo');
  return undo ? `${reply.text}\n(Ångra med: logga ångra)` : reply.text;
}
