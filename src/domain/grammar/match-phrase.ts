// Longest-first lookup of multi-word names ("ortens företag", "rv 392") in a phrase table.
import type { PhraseTable, VocabularyEntry } from './build-vocabulary.ts';
import type { Token } from './tokenize-line.ts';

export function matchPhrase(
  tokens: Token[],
  start: number,
  table: PhraseTable,
): { entry: VocabularyEntry; consumed: number } | null {
  for (let n = table.maxWords; n >= 1; n--) {
    const words: string[] = [];
    for (let k = start; k < start + n; k++) {
      const token = tokens[k];
      if (token?.kind !== 'word') break;
      words.push(token.folded);
    }
    if (words.length !== n) continue;
    const entry = table.byPhrase.get(words.join(' '));
    if (entry) return { entry, consumed: n };
  }
  return null;
}
