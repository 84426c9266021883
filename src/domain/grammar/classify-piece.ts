// Recognises one part of an entry line at a position: a date, time, count, figure, place,
// target group, method, partner list or mention. Anything else is `unknown`, which the entry parser may take as a
// free-text place.
import type { CommitmentDef } from '../promise-set/schema.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { DomainError } from '../types.ts';
import type { Vocabulary } from './build-vocabulary.ts';
import { matchPhrase } from './match-phrase.ts';
import { matchWhen, type WhenMode, type WhenSpan } from './match-when.ts';
import { suggestWord } from './suggest-word.ts';
import type { Token } from './tokenize-line.ts';
import { quotePart } from './usage.ts';

export type Piece =
  | { kind: 'skip'; consumed: number; filler: boolean }
  | { kind: 'when'; consumed: number; day: number; raw: string; span?: WhenSpan }
  | { kind: 'time'; consumed: number; value: string; raw: string }
  | { kind: 'count'; consumed: number; value: number; raw: string }
  | { kind: 'figure'; consumed: number; id: string; value: number; raw: string }
  | { kind: 'place'; consumed: number; id: string; raw: string }
  /** A word of the set's `targetGroups` or `methods` list ("epa", "civilt"). */
  | { kind: 'tag'; consumed: number; list: 'targetGroups' | 'methods'; id: string; raw: string }
  | { kind: 'partners'; consumed: number; ids: string[]; mentions: string[] }
  | { kind: 'mention'; consumed: number; raw: string }
  | { kind: 'unknown'; consumed: number; raw: string }
  | { kind: 'error'; error: DomainError };

export interface PieceContext {
  vocabulary: Vocabulary;
  promises: CommitmentDef[];
  /** The promises whose figure words the line may carry: those logged, and those they also count for. */
  figurePromises: CommitmentDef[];
  today: number;
  mode: WhenMode;
}

/** Small words that carry no meaning here: "närvaro i Centrum", "på tisdag", "vid E4", "för unga", "mot mopeder", "klar". */
const FILLERS = new Set([
  'i',
  'pa',
  'vid',
  'och',
  'den',
  'kl',
  'kl.',
  'for',
  'mot',
  // "tillsammans med kommunen": the partners follow "med".
  'tillsammans',
  // "logga åtgärdsplan klar": a logged deliverable is done; the word adds nothing.
  'klar',
  'klart',
  'fardig',
  'fardigt',
]);
const COUNT_UNITS = new Set(['st', 'st.', 'ggr', 'ggr.', 'ganger', 'gang', 'stycken']);
/** True for a folded word that makes the number before it a count (`3 st`, `2 gånger`). */
export const isCountUnit = (folded: string): boolean => COUNT_UNITS.has(folded);
/** Number words as officers write counts: `två st`, `tre gånger`, `en gång`, or alone (`fyra`). */
const NUMBER_WORDS: Record<string, number> = lookupTable({
  en: 1,
  ett: 1,
  tva: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  atta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
});
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?(?:[-–](\d{1,2})(?:[:.](\d{2}))?)?$/;
/** The four-digit form of duty rosters: `kl 0800-1000`, `kl 2130`. */
const ROSTER_TIME = /^(\d{2})(\d{2})(?:([-–])(\d{2})(\d{2}))?$/;
const MAX_FIGURE = 1_000_000;

function figureIds(promises: CommitmentDef[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const promise of promises) {
    for (const figure of promise.figures) {
      for (const word of [figure.id, ...figure.words]) {
        const folded = normaliseWord(word);
        if (!ids.has(folded)) ids.set(folded, figure.id);
      }
    }
  }
  return ids;
}

function word(tokens: Token[], i: number): { raw: string; folded: string } | null {
  const token = tokens[i];
  return token?.kind === 'word' ? token : null;
}

function parseTime(raw: string, text: string, consumed: number): Piece {
  const roster = ROSTER_TIME.exec(text);
  const m = TIME.exec(
    roster ? `${roster[1]}:${roster[2]}${roster[3] ? `-${roster[4]}:${roster[5]}` : ''}` : text,
  );
  const hours = m ? Number(m[1]) : Number.NaN;
  const minutes = m?.[2] ? Number(m[2]) : 0;
  if (!m || hours > 23 || minutes > 59) {
    return {
      kind: 'error',
      error: {
        code: 'bad-date',
        message: `Förstod inte klockslaget ${quotePart(raw)}. Skriv t.ex. kl 21, kl 21:30 eller kl 21-23.`,
        part: raw,
        field: 'date',
      },
    };
  }
  return {
    kind: 'time',
    consumed,
    value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
    raw,
  };
}

function matchTime(tokens: Token[], i: number): Piece | null {
  const w = word(tokens, i)!;
  const glued = /^kl\.?(\d.*)$/.exec(w.folded);
  if (glued) return parseTime(w.raw, glued[1]!, 1);
  if (w.folded === 'kl' || w.folded === 'kl.') {
    const next = word(tokens, i + 1);
    if (next && /^\d/.test(next.folded)) return parseTime(`${w.raw} ${next.raw}`, next.folded, 2);
    return null;
  }
  if (/^\d{1,2}:\d{2}(?:[-–]\d{1,2}(?::\d{2})?)?$/.test(w.folded)) return parseTime(w.raw, w.folded, 1);
  return null;
}

function countPiece(raw: string, digits: string, consumed: number): Piece {
  return {
    kind: 'count',
    consumed,
    value: digits.length > 7 ? Number.POSITIVE_INFINITY : Number(digits),
    raw,
  };
}

/** Words for "some" that officers type where a count goes: asked about, never guessed. */
const VAGUE_COUNTS = new Set(['ett par', 'nagra', 'flera', 'manga', 'ett antal', 'ett fatal', 'en del']);

/** `ett par st`, `några`, `flera gånger`: a question for the number, with the unit taken along. */
function matchVagueCount(tokens: Token[], i: number): Piece | null {
  const first = word(tokens, i);
  const second = word(tokens, i + 1);
  const pair = second && first ? `${first.folded} ${second.folded}` : null;
  const length = pair && VAGUE_COUNTS.has(pair) ? 2 : first && VAGUE_COUNTS.has(first.folded) ? 1 : 0;
  if (length === 0) return null;
  const unit = word(tokens, i + length);
  const parts = [first, length === 2 ? second : null, unit && COUNT_UNITS.has(unit.folded) ? unit : null];
  const raw = parts.flatMap((w) => (w ? [w.raw] : [])).join(' ');
  return {
    kind: 'error',
    error: {
      code: 'bad-count',
      message: `Hur många? ${quotePart(raw)} är inget antal som kan räknas: skriv antalet, t.ex. 2 st. Inget sparades.`,
      part: raw,
      field: 'count',
    },
  };
}

function matchCountOrFigure(tokens: Token[], i: number, figures: Map<string, string>): Piece | null {
  const vague = matchVagueCount(tokens, i);
  if (vague) return vague;
  const w = word(tokens, i)!;
  const assigned = /^([\p{L}\p{N}_-]+)[=:](\d+)$/u.exec(w.folded);
  if (assigned) {
    const [, name, digits] = assigned as unknown as [string, string, string];
    if (name === 'antal') return countPiece(w.raw, digits, 1);
    const id = figures.get(name);
    if (id === undefined) return null;
    return {
      kind: 'figure',
      consumed: 1,
      id,
      value: digits.length > 7 ? MAX_FIGURE + 1 : Number(digits),
      raw: w.raw,
    };
  }
  const glued = /^(\d+)(?:st\.?|x|×)$/.exec(w.folded) ?? /^[x×](\d+)$/.exec(w.folded);
  if (glued) return countPiece(w.raw, glued[1]!, 1);
  const next = word(tokens, i + 1);
  // "x 3": the times sign apart from its number.
  if ((w.folded === 'x' || w.folded === '×') && next && /^\d+$/.test(next.folded))
    return countPiece(`${w.raw} ${next.raw}`, next.folded, 2);
  const spelled = NUMBER_WORDS[w.folded];
  if (spelled !== undefined && next && COUNT_UNITS.has(next.folded))
    return countPiece(`${w.raw} ${next.raw}`, String(spelled), 2);
  if (/^\d+$/.test(w.folded) && next) {
    if (COUNT_UNITS.has(next.folded)) return countPiece(`${w.raw} ${next.raw}`, w.folded, 2);
    const id = figures.get(next.folded);
    if (id !== undefined) {
      return {
        kind: 'figure',
        consumed: 2,
        id,
        value: w.folded.length > 7 ? MAX_FIGURE + 1 : Number(w.folded),
        raw: `${w.raw} ${next.raw}`,
      };
    }
  }
  const id = figures.get(w.folded);
  if (id !== undefined && next && /^\d+$/.test(next.folded)) {
    return {
      kind: 'figure',
      consumed: 2,
      id,
      value: next.folded.length > 7 ? MAX_FIGURE + 1 : Number(next.folded),
      raw: `${w.raw} ${next.raw}`,
    };
  }
  return null;
}

/** The partners by name (each one's first phrase is its name), not every alias. */
function partnerNames(vocabulary: Vocabulary): string {
  const names = new Map<string, string>();
  for (const entry of vocabulary.partners.byPhrase.values())
    if (entry.display && !names.has(entry.id)) names.set(entry.id, entry.display);
  return [...names.values()].slice(0, 12).join(', ');
}

function unknownPartner(raw: string, vocabulary: Vocabulary): Piece {
  const candidates = [...vocabulary.partners.byPhrase].map(([folded, e]) => ({ folded, display: e.display }));
  const suggestion = suggestWord(raw, candidates);
  const known = partnerNames(vocabulary);
  const hint = suggestion ? ` Menade du "${suggestion}"?` : known ? ` Parter: ${known}.` : '';
  return {
    kind: 'error',
    error: {
      code: 'unknown-partner',
      message: `Förstod inte ${quotePart(raw)} efter "med": ingen samverkanspart heter så.${hint} Skriv: med <part>, <part> eller med @kollega.`,
      part: raw,
      field: 'partners',
    },
  };
}

/** `med socialtjänsten, skolan och @anna`: partners and fellow officers until the list ends. */
function matchPartners(tokens: Token[], i: number, ctx: PieceContext): Piece {
  const ids: string[] = [];
  const mentions: string[] = [];
  let j = i + 1;
  for (;;) {
    const token = tokens[j];
    if (token?.kind === 'mention') {
      mentions.push(token.raw);
      j++;
    } else {
      const match = matchPhrase(tokens, j, ctx.vocabulary.partners);
      if (match) {
        ids.push(match.entry.id);
        j += match.consumed;
      } else if (token?.kind === 'word') {
        // After a comma the list goes on, unless what follows is clearly another part of the line.
        const isFirst = j === i + 1;
        if (isFirst || classifyPiece(tokens, j, ctx).kind === 'unknown')
          return unknownPartner(token.raw, ctx.vocabulary);
        return { kind: 'partners', consumed: j - i, ids, mentions };
      } else if (j === i + 1) {
        return {
          kind: 'error',
          error: {
            code: 'unknown-partner',
            message: 'Skriv vem ni samverkade med: med <part>, <part> eller med @kollega.',
            part: 'med',
            field: 'partners',
          },
        };
      } else {
        return { kind: 'partners', consumed: j - i, ids, mentions };
      }
    }
    const separator = tokens[j];
    if (separator?.kind === 'comma' || (separator?.kind === 'word' && separator.folded === 'och')) j++;
    // "med soc o kommunen", "med soc + skolan": phone shorthand for "och", read like it.
    else if (separator?.kind === 'word' && SHORT_AND.has(separator.folded) && tokens[j + 1]) j++;
    else if (!nextPartnerWithoutComma(tokens, j, ctx))
      return { kind: 'partners', consumed: j - i, ids, mentions };
  }
}

const SHORT_AND = new Set(['o', '+']);

/**
 * `med kommunen polisen referensgruppen`: typed without commas, the list goes on while the next word is
 * a partner or a mention. A word that is also a place (Överkalix's Skolan) ends the list, as before.
 */
function nextPartnerWithoutComma(tokens: Token[], j: number, ctx: PieceContext): boolean {
  if (tokens[j]?.kind === 'mention') return true;
  const partner = matchPhrase(tokens, j, ctx.vocabulary.partners);
  return partner !== null && matchPhrase(tokens, j, ctx.vocabulary.places) === null;
}

export function classifyPiece(tokens: Token[], i: number, ctx: PieceContext): Piece {
  const token = tokens[i]!;
  if (token.kind === 'comma') return { kind: 'skip', consumed: 1, filler: false };
  if (token.kind === 'mention') return { kind: 'mention', consumed: 1, raw: token.raw };
  if (token.folded === 'med') return matchPartners(tokens, i, ctx);
  // "m kommunen": the short form of "med", when a partner or a colleague follows.
  if (token.folded === 'm' && nextPartnerWithoutComma(tokens, i + 1, ctx))
    return matchPartners(tokens, i, ctx);

  const words: string[] = [];
  const raws: string[] = [];
  for (let k = i; k < i + 3; k++) {
    const w = word(tokens, k);
    if (!w) break;
    words.push(w.folded);
    raws.push(w.raw);
  }
  const when = matchWhen(words, raws, ctx.today, ctx.mode);
  if (when) return 'error' in when ? { kind: 'error', error: when.error } : { kind: 'when', ...when };

  const time = matchTime(tokens, i);
  if (time) return time;
  const counted = matchCountOrFigure(tokens, i, figureIds(ctx.figurePromises));
  if (counted) return counted;

  const rawOf = (consumed: number) =>
    tokens
      .slice(i, i + consumed)
      .map((t) => (t.kind === 'word' ? t.raw : ''))
      .join(' ');
  const place = matchPhrase(tokens, i, ctx.vocabulary.places);
  if (place)
    return { kind: 'place', consumed: place.consumed, id: place.entry.id, raw: rawOf(place.consumed) };
  for (const list of ['targetGroups', 'methods'] as const) {
    const tag = matchPhrase(tokens, i, ctx.vocabulary[list]);
    if (tag) return { kind: 'tag', consumed: tag.consumed, list, id: tag.entry.id, raw: rawOf(tag.consumed) };
  }
  if (/^\d+$/.test(token.folded)) return countPiece(token.raw, token.folded, 1);
  // "11.10": the 11th of October or ten past eleven? Asked, never guessed.
  const dotted = /^(\d{1,2})\.(\d{2})\.?$/.exec(token.folded);
  const [a = '', b = ''] = dotted ? [dotted[1], dotted[2]] : [];
  const isTime = Number(a) <= 23 && Number(b) <= 59;
  const isDate = Number(a) >= 1 && Number(a) <= 31 && Number(b) >= 1 && Number(b) <= 12;
  if (dotted && (isTime || isDate)) {
    return {
      kind: 'error',
      error: {
        code: 'bad-date',
        message:
          isTime && isDate
            ? `Är ${quotePart(token.raw)} ett datum eller ett klockslag? Skriv ${Number(a)}/${Number(b)} för datumet eller kl ${a}.${b} för klockslaget. Inget sparades.`
            : isDate
              ? `Förstod inte ${quotePart(token.raw)}. Skriv datum som ${Number(a)}/${Number(b)}. Inget sparades.`
              : `Förstod inte ${quotePart(token.raw)}. Skriv klockslag som kl ${a}.${b}. Inget sparades.`,
        part: token.raw,
        field: 'date',
      },
    };
  }
  // A number word alone is a count like a bare digit ("tk kyrkskolan fyra", "tk två kyrkskolan"), unless
  // free text follows ("Tre Rosor" is a new place's name); `en`/`ett` alone are articles and stay words.
  const spelled = NUMBER_WORDS[token.folded];
  if (spelled !== undefined && spelled > 1) {
    const next = i + 1 < tokens.length ? classifyPiece(tokens, i + 1, ctx) : null;
    if (next?.kind !== 'unknown') return countPiece(token.raw, String(spelled), 1);
  }
  if (FILLERS.has(token.folded)) return { kind: 'skip', consumed: 1, filler: true };
  return { kind: 'unknown', consumed: 1, raw: token.raw };
}
