/**
 * Folds a word for matching: lower case, diacritics removed (`närvaro` = `narvaro`, `Ungdomsgården` =
 * `ungdomsgarden`), inner whitespace collapsed. Swedish å/ä/ö fold to a/a/o, as people type them on
 * phones without a Swedish keyboard.
 */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
