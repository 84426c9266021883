// What a command answers, independent of the front end. Slack renders it as Block Kit, Teams as an
// Adaptive Card, the console as plain text; `text` is always a complete plain-text version.
import type { DomainError } from './types.ts';

export type ReplyAction = { kind: 'undo'; activityId: string } | { kind: 'share' } | { kind: 'open-form' };

export interface ReplySection {
  heading?: string;
  lines: string[];
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
