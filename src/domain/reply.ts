// What a command answers, independent of the front end. Slack renders it as Block Kit, Teams as an
// Adaptive Card, the console as plain text; `text` is always a complete plain-text version.
import type { DomainError } from './types.ts';

export type ReplyAction =
  | { kind: 'undo'; activityId: string }
  /** Opens the entry's form filled in (Slack modal, Teams card); the console shows `logga ändra`. */
  | { kind: 'edit'; activityId: string }
  | { kind: 'share' }
  | { kind: 'open-form' };

export interface ReplySection {
  heading?: string;
  lines: string[];
}

/**
 * A mention the reply's text makes on purpose (`<@U1>` in Slack, `<at>Namn</at>` in Teams), so the
 * platform renders it as one: Slack keeps it out of its escaping, Teams adds a mention entity.
 */
export interface ReplyMention {
  text: string;
  /** Normalised user id, `slack:T1:U1` or `teams:<aadObjectId>`. */
  userId: string;
  name: string;
}

export interface Reply {
  ok: boolean;
  /** Complete plain-text reply (Swedish); the fallback on every platform. */
  text: string;
  /** Optional structure for richer rendering; when present, `text` says the same. */
  title?: string;
  sections?: ReplySection[];
  actions?: ReplyAction[];
  /** Post to the whole channel rather than only to the user. */
  visibility: 'user' | 'channel';
  error?: DomainError;
  /** People the text mentions on purpose (see ReplyMention). */
  mentions?: ReplyMention[];
  /** Files produced (reports): name, media type, bytes. */
  files?: { name: string; mediaType: string; data: Uint8Array }[];
}

export const errorReply = (error: DomainError): Reply => ({
  ok: false,
  text: error.message,
  visibility: 'user',
  error,
});

export const textReply = (text: string, extra: Partial<Reply> = {}): Reply => ({
  ok: true,
  text,
  visibility: 'user',
  ...extra,
});
