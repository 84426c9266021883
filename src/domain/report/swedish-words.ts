// Small numbers written out as a report reads them: "längsta glapp tre veckor", "var tredje vecka".
import { NOUNS, nounFor } from '../rules/noun.ts';

const CARDINALS = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];
const ORDINALS = [
  '',
  'första',
  'andra',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
];

/** `tre veckor`, `en vecka`, `14 veckor`: words up to twelve, digits above. */
export function weeksInWords(n: number): string {
  const number = CARDINALS[n] ?? String(n);
  return `${number} ${nounFor(n, NOUNS.week)}`;
}

/** `var tredje vecka`, `varje vecka`, `var 12:e vecka`. */
export function everyNthWeek(n: number): string {
  if (n === 1) return 'varje vecka';
  const ordinal = ORDINALS[n];
  return ordinal ? `var ${ordinal} vecka` : `var ${n}:e vecka`;
}
