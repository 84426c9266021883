// The activity word(s) at the start of an entry: one word, a multi-word phrase, or several words
// joined with `+` (`trafikinsats+riskkväll`) when one event counts for several promises.

import { normaliseWord } from '../text/normalise.ts';
import type { DomainError } from '../types.ts';
import type { Vocabulary } from './build-vocabulary.ts';
import { matchPhrase } from './match-phrase.ts';
import { suggestWord } from './suggest-word.ts';
import type { Token } from './tokenize-line.ts';
import { quotePart } from './usage.ts';

/** `trigger`: the phrase records that a conditional promise's condition arose, not work done. */
export type ActivityMatch =
  | { promiseIds: string[]; consumed: number; trigger: boolean }
  | { error: DomainError };

export function activityWords(vocabulary: Vocabulary): string {
  return [...vocabulary.canonicalWord.values()].join(', ');
}

function unknownActivity(raw: string, vocabulary: Vocabulary, usage: string): { error: DomainError } {
  const candidates = [...vocabulary.activities.byPhrase].map(([folded, e]) => ({
    folded,
    display: e.display,
  }));
  const suggestion = suggestWord(raw, candidates);
  const hint = suggestion ? `Menade du "${suggestion}"?` : `Aktiviteter: ${activityWords(vocabulary)}.`;
  return {
    error: {
      code: 'unknown-activity',
      message: `Förstod inte ${quotePart(raw)}: ingen aktivitet heter så. ${hint} Skriv: ${usage}`,
      part: raw,
      field: 'promise',
    },
  };
}

/**
 * Officers also write the place or the count first ("Rotskärsskolan tk", "2 tk kyrkskolan"). When the
 * line does not start with an activity but exactly one activity phrase stands later, outside the set's
 * places, partners, target groups and methods, that phrase is moved to the front; the rest is read as
 * usual, and the reply echoes what was understood. Anything else (no activity, or two) is left as
 * written, so the line gets the usual question.
 */
export function activityFirst(written: Token[], vocabulary: Vocabulary): Token[] {
  const tokens = joinSplitActivity(written, vocabulary);
  const first = tokens[0];
  if (first?.kind !== 'word' || first.raw.includes('+')) return tokens;
  if (matchPhrase(tokens, 0, vocabulary.activities)) return tokens;
  const others = [vocabulary.places, vocabulary.partners, vocabulary.targetGroups, vocabulary.methods];
  let found: { at: number; consumed: number } | null = null;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      i++;
      continue;
    }
    if (token.raw.includes('+')) return tokens;
    const known = others.map((table) => matchPhrase(tokens, i, table)).find((m) => m !== null);
    if (known) {
      i += known.consumed;
      continue;
    }
    const activity = i > 0 ? matchPhrase(tokens, i, vocabulary.activities) : null;
    if (activity) {
      if (found) return tokens;
      found = { at: i, consumed: activity.consumed };
      i += activity.consumed;
      continue;
    }
    i++;
  }
  if (!found) return tokens;
  const end = found.at + found.consumed;
  return [...tokens.slice(found.at, end), ...tokens.slice(0, found.at), ...tokens.slice(end)];
}

/**
 * "trafik kontroll", "båt samverkan": an activity word split in two on a phone keyboard is one word. Two
 * neighbouring words are joined only when together they are an activity word of the set.
 */
function joinSplitActivity(tokens: Token[], vocabulary: Vocabulary): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (
      a.kind === 'word' &&
      b?.kind === 'word' &&
      vocabulary.activities.byPhrase.has(`${a.folded}${b.folded}`)
    ) {
      out.push({ kind: 'word', raw: `${a.raw}${b.raw}`, folded: `${a.folded}${b.folded}` });
      i++;
    } else out.push(a);
  }
  return out;
}

export function matchActivity(tokens: Token[], vocabulary: Vocabulary, usage: string): ActivityMatch {
  const first = tokens[0];
  if (first?.kind !== 'word') {
    return {
      error: {
        code: 'unknown-activity',
        message: `Börja med aktiviteten. Skriv: ${usage}`,
        part: first?.kind === 'mention' ? first.raw : ',',
        field: 'promise',
      },
    };
  }
  let joined = first.raw;
  let consumed = 1;
  for (;;) {
    const next = tokens[consumed];
    if (next?.kind !== 'word' || !(joined.endsWith('+') || next.raw.startsWith('+'))) break;
    joined += next.raw;
    consumed++;
  }
  if (!joined.includes('+')) {
    const match = matchPhrase(tokens, 0, vocabulary.activities);
    if (!match) return unknownActivity(first.raw, vocabulary, usage);
    return { promiseIds: [match.entry.id], consumed: match.consumed, trigger: match.entry.trigger === true };
  }
  const promiseIds: string[] = [];
  const parts = joined.split('+').filter((part) => part !== '');
  if (parts.length === 0) return unknownActivity(joined, vocabulary, usage);
  for (const part of parts) {
    const entry = vocabulary.activities.byPhrase.get(normaliseWord(part));
    if (!entry) return unknownActivity(part, vocabulary, usage);
    if (entry.trigger) {
      return {
        error: {
          code: 'unexpected',
          message: `${quotePart(entry.display)} noterar att behovet uppkom och loggas ensamt, utan +. Skriv: /logga ${entry.display} [plats] [när] ["anteckning"]`,
          part,
          field: 'promise',
        },
      };
    }
    if (!promiseIds.includes(entry.id)) promiseIds.push(entry.id);
  }
  return { promiseIds, consumed, trigger: false };
}
