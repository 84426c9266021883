// A comment on a promise (`/loften kommentar`): the working group's reason behind an outcome, kept with
// the follow-up. Comments are append-only; every one is shown, oldest first, with its date and writer.
import { formatDate } from '../time/format-swedish.ts';
import type { IsoDate } from '../types.ts';

export interface PromiseComment {
  setKey: string;
  promiseId: string;
  /** The part of the period it speaks of (`tertial 2 2018`), or null for the whole period. */
  part: { slug: string; label: string } | null;
  text: string;
  userId: string;
  /** The writer's display name, when the platform gave one. */
  userName: string | null;
  /** Instant, ISO-8601. */
  at: string;
  /** Local date. */
  date: IsoDate;
}

/** A comment as the reports print it. */
export interface ReportComment {
  date: IsoDate;
  /** `15 januari 2019` */
  day: string;
  /** Who wrote it: the display name, or the user id without its platform prefix. */
  by: string;
  /** `tertial 2 2018`, or null for the whole period. */
  part: string | null;
  text: string;
}

/** The longest comment stored; a comment is a reason, not a report of its own. */
export const MAX_COMMENT = 1000;

/** `console:anna` → `anna`; a Slack or Teams id is shown as its last part when no name was given. */
export function writerName(comment: Pick<PromiseComment, 'userId' | 'userName'>): string {
  return comment.userName ?? comment.userId.split(':').at(-1) ?? comment.userId;
}

export function toReportComment(comment: PromiseComment): ReportComment {
  return {
    date: comment.date,
    day: formatDate(comment.date, true),
    by: writerName(comment),
    part: comment.part?.label ?? null,
    text: comment.text,
  };
}

/**
 * The comments a report shows for a promise: in the whole period's report every one (those on a part
 * say which part); in a part's report those on that part and those on the whole period.
 */
export function commentsForReport(
  comments: readonly PromiseComment[],
  promiseId: string,
  partSlug: string | null,
): ReportComment[] {
  return comments
    .filter(
      (c) => c.promiseId === promiseId && (partSlug === null || c.part === null || c.part.slug === partSlug),
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map(toReportComment);
}

/** `15 januari 2019, anna (tertial 2 2018): Ställdes in …` — one line, for text replies. */
export function commentLine(c: ReportComment): string {
  return `${c.day}, ${c.by}${c.part ? ` (${c.part})` : ''}: ${c.text}`;
}
