// Reply → Block Kit. Slack rejects a whole message over its limits, so the limits are enforced
// here: long texts are split over several sections, and a message that would still be too long
// is cut with a note saying where the rest is.

import type { Reply, ReplyAction } from '../../../domain/reply.ts';
import { countOf } from '../../../domain/rules/noun.ts';
import type { Button, KnownBlock } from '../slack-types.ts';
import { actionIds } from './action-ids.ts';

export const MAX_BLOCKS_MESSAGE = 50;
export const MAX_BLOCKS_SURFACE = 100;
export const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
/** The `text` fallback is shown in notifications; Slack truncates it past 40 000 characters anyway (cut before escaping). */
const MAX_FALLBACK_TEXT = 3000;

export interface RenderOptions {
  /** Button value that lets "Dela i kanalen" run the same command again (max 2 000 characters). */
  shareValue?: string;
  /** 50 for messages, 100 for modals and App Home. */
  maxBlocks?: number;
}

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack treats &, < and > as markup in mrkdwn. */
export const escapeMrkdwn = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Escaping keeps user text from pinging anyone; the mentions the bot itself wrote (a digest's
 * responsible people, `Reply.mentions`) are put back so Slack notifies them.
 */
function escapeWithMentions(reply: Reply): (s: string) => string {
  const tokens = (reply.mentions ?? [])
    .filter((m) => /^<@[UW][A-Z0-9]+>$/.test(m.text))
    .map((m) => [escapeMrkdwn(m.text), m.text] as const);
  if (tokens.length === 0) return escapeMrkdwn;
  return (s) => tokens.reduce((text, [escaped, raw]) => text.replaceAll(escaped, raw), escapeMrkdwn(s));
}

export function renderBlocks(reply: Reply, options: RenderOptions = {}): RenderedMessage {
  const maxBlocks = options.maxBlocks ?? MAX_BLOCKS_MESSAGE;
  const escapeLine = escapeWithMentions(reply);
  const content: KnownBlock[] = [];
  if (reply.title) {
    content.push({
      type: 'header',
      text: { type: 'plain_text', text: cut(reply.title, MAX_HEADER_TEXT), emoji: true },
    });
  }
  if (reply.sections?.length) {
    for (const section of reply.sections) {
      const lines = section.lines.map(escapeLine);
      const heading = section.heading ? `*${escapeMrkdwn(section.heading)}*` : null;
      for (const chunk of chunkLines(heading ? [heading, ...lines] : lines, MAX_SECTION_TEXT))
        content.push(mrkdwnSection(chunk));
    }
  } else {
    const lines = (
      reply.title && reply.text.startsWith(reply.title) ? reply.text.slice(reply.title.length) : reply.text
    )
      .split('\n')
      .map(escapeLine);
    for (const chunk of chunkLines(lines, MAX_SECTION_TEXT))
      if (chunk.trim()) content.push(mrkdwnSection(chunk));
  }
  // Files are not named here: they arrive after the message, with their own "Bifogat" comment.
  const buttons = (reply.actions ?? [])
    .map((a) => renderButton(a, options))
    .filter((b): b is Button => b !== null);
  const tail: KnownBlock[] = buttons.length ? [{ type: 'actions', elements: buttons }] : [];
  const room = maxBlocks - tail.length;
  let blocks = content;
  if (content.length > room) {
    blocks = content.slice(0, room - 1);
    const hidden = content.length - blocks.length;
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Meddelandet är förkortat (${countOf(hidden, { one: 'del', many: 'delar' })} till får inte plats i Slack). Hela texten finns som fil med /rapport md.`,
        },
      ],
    });
  }
  // The fallback is what notifications show, and Slack parses it for mentions as well: escaped too.
  return { text: escapeLine(cut(reply.text, MAX_FALLBACK_TEXT)), blocks: [...blocks, ...tail] };
}

function renderButton(action: ReplyAction, options: RenderOptions): Button | null {
  switch (action.kind) {
    case 'undo':
      return {
        type: 'button',
        action_id: actionIds.undo,
        text: { type: 'plain_text', text: 'Ångra' },
        value: action.activityId,
      };
    case 'edit':
      return {
        type: 'button',
        action_id: actionIds.edit,
        text: { type: 'plain_text', text: 'Ändra' },
        value: action.activityId,
      };
    case 'share':
      if (!options.shareValue) return null;
      return {
        type: 'button',
        action_id: actionIds.share,
        text: { type: 'plain_text', text: 'Dela i kanalen' },
        value: options.shareValue,
      };
    case 'open-form':
      return {
        type: 'button',
        action_id: actionIds.openForm,
        text: { type: 'plain_text', text: 'Öppna formuläret' },
      };
  }
}

const mrkdwnSection = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Groups lines into texts of at most `max` characters; a single overlong line is split hard. */
export function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => splitHard(l, max))) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = next;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function splitHard(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const parts: string[] = [];
  // Avoid cutting an escape such as `&amp;` in half by backing up to the last '&' when needed.
  let rest = line;
  while (rest.length > max) {
    let at = max;
    const amp = rest.lastIndexOf('&', at);
    if (amp > at - 5 && amp > 0) at = amp;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts;
}

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
