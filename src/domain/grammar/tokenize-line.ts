// Splits a command line into words, mentions and commas, and lifts out the one quoted note, so the
// grammar never sees the note's words and a mention with spaces (`<at>Anna Svensson</at>`) stays whole.

import { normaliseWord } from '../text/normalise.ts';
import type { DomainError, Result } from '../types.ts';
import { fail, ok } from '../types.ts';

export type Token =
  | { kind: 'word'; raw: string; folded: string }
  | { kind: 'mention'; raw: string }
  /** `raw`: a lone dash read as a comma; the personal-data check still sees it ("811218 – 9876"). */
  | { kind: 'comma'; raw?: string };

export interface TokenizedLine {
  tokens: Token[];
  note: string | null;
}

const CLOSERS: Record<string, string> = {
  '"': '"”“',
  '“': '”"',
  '”': '”"',
  '„': '“”"',
  '«': '»',
};
const QUOTES = /["“”„«»]/u;

/**
 * Strips invisible and control characters that phones and copy-paste leave behind, and the
 * bidirectional controls (U+202E and kin) that make text show in another order than it is stored:
 * otherwise a number typed backwards behind an override passes the personal-data check and every
 * later reader sees a personnummer.
 */
export function cleanLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(/\p{Cc}/gu, ' ');
}

function badNote(message: string): DomainError {
  return { code: 'bad-note', message, field: 'note' };
}

function liftNote(text: string): Result<{ rest: string; note: string | null }> {
  const open = text.search(QUOTES);
  if (open < 0) return ok({ rest: text, note: null });
  const opener = text[open]!;
  const closers = CLOSERS[opener];
  if (closers === undefined) {
    return fail(
      badNote(`Förstod inte citattecknet ${opener}. Skriv anteckningen inom citattecken: "anteckning".`),
    );
  }
  let close = -1;
  for (let i = open + 1; i < text.length; i++) {
    if (closers.includes(text[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    return fail(badNote('Anteckningen saknar avslutande citattecken. Skriv: "anteckning".'));
  }
  const rest = `${text.slice(0, open)} ${text.slice(close + 1)}`;
  if (QUOTES.test(rest)) {
    return fail(badNote('Skriv bara en anteckning per rad, inom ett par citattecken: "anteckning".'));
  }
  const note = text
    .slice(open + 1, close)
    .replace(/\s+/gu, ' ')
    .trim();
  return ok({ rest, note: note === '' ? null : note });
}

const TOKEN = /<@[^>\s]*(?:\|[^>]*)?>|<at>[\s\S]*?<\/at>|,|[^\s,]+/gu;
const AT_NAME = /^@[\p{L}\p{N}._-]+$/u;

export function tokenizeLine(text: string): Result<TokenizedLine> {
  const lifted = liftNote(cleanLine(text));
  if (!lifted.ok) return lifted;
  const tokens: Token[] = [];
  for (const [token] of lifted.value.rest.matchAll(TOKEN)) {
    // "fordon: 40", "grannsamverkan: Stallarholmen": a colon after a word only introduces what follows.
    const raw = /^[\p{L}-]+:$/u.test(token) ? token.slice(0, -1) : token;
    // A dash standing alone separates parts like a comma ("gsv – Stallarholmen"); "&" is "och".
    if (raw === ',') tokens.push({ kind: 'comma' });
    else if (/^[-–—]$/u.test(raw)) tokens.push({ kind: 'comma', raw });
    else if (raw === '&') tokens.push({ kind: 'word', raw, folded: 'och' });
    else if (raw.startsWith('<@') || raw.startsWith('<at>') || AT_NAME.test(raw))
      tokens.push({ kind: 'mention', raw });
    else tokens.push({ kind: 'word', raw, folded: normaliseWord(raw) });
  }
  // A full stop or exclamation mark at the end of the line is punctuation, not part of a place.
  const last = tokens.at(-1);
  if (last?.kind === 'word') {
    const trimmed = last.raw.replace(/[.!?;:]+$/u, '');
    if (trimmed !== '' && trimmed !== last.raw)
      tokens[tokens.length - 1] = { ...last, raw: trimmed, folded: normaliseWord(trimmed) };
  }
  return ok({ tokens, note: lifted.value.note });
}
