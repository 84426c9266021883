/**
 * Folds case and diacritics so `Närvaro`, `narvaro` and `NARVARO` compare equal; users on phones
 * and Slack command names often lack å, ä and ö.
 */
export function normalizeWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}
