// The word a promise is counted in, singular and plural, for messages like "2 medborgarkontakter
// behövs". Swedish plurals follow the word's ending closely enough for activity nouns.
import type { CommitmentDef } from '../promise-set/schema.ts';
import { formatInteger } from '../time/format-swedish.ts';

export interface Noun {
  one: string;
  many: string;
}

function pluralOf(word: string): string {
  // "samverkan", "påverkan" have no plural: "8 grannsamverkan", never "grannsamverkaner".
  if (/(ar|er|or|na|ger|besök|verkan)$/.test(word)) return word;
  if (/(ning|ring|dag|kväll|helg|vecka|träff)$/.test(word))
    return word.replace(/a$/, '') + (word.endsWith('vecka') ? 'or' : 'ar');
  if (/e$/.test(word)) return `${word}n`;
  if (/[aiouyåäö]$/.test(word)) return word;
  return `${word}er`;
}

export function activityNoun(commitment: CommitmentDef): Noun {
  const one = commitment.words[0] ?? commitment.id;
  return { one, many: pluralOf(one) };
}

/** `1 medborgarkontakt`, `2 medborgarkontakter`: every count in user text is written with this. */
export function countOf(n: number, noun: Noun): string {
  return `${formatInteger(n)} ${nounFor(n, noun)}`;
}

/** The word alone, for a number written otherwise (`1,5 medborgarkontakter`, `tre veckor`). */
export function nounFor(n: number, noun: Noun): string {
  return n === 1 ? noun.one : noun.many;
}

/** `1 vecka`, `14 veckor` */
export function weeksText(n: number): string {
  return countOf(n, NOUNS.week);
}

// Words counted outside activity nouns, for one way to write every count: `countOf(n, NOUNS.promise)`
// reads `1 löfte`, `2 löften`.
export const NOUNS = {
  week: { one: 'vecka', many: 'veckor' },
  month: { one: 'månad', many: 'månader' },
  period: { one: 'period', many: 'perioder' },
  time: { one: 'gång', many: 'gånger' },
  promise: { one: 'löfte', many: 'löften' },
  row: { one: 'rad', many: 'rader' },
  entry: { one: 'post', many: 'poster' },
  activity: { one: 'aktivitet', many: 'aktiviteter' },
  /** `1 loggad räknas inte`, `2 loggade räknas inte` */
  logged: { one: 'loggad', many: 'loggade' },
  /** `1 klart`, `2 klara` (promises already met) */
  done: { one: 'klart', many: 'klara' },
} as const satisfies Record<string, Noun>;

/**
 * `kvar på 3 veckor`; with no week of the unit left (the days after its last week, Thursday rule),
 * `kvar de sista dagarna`, never "på 0 veckor".
 */
export function leftText(weeksLeft: number): string {
  return weeksLeft > 0 ? `kvar på ${weeksText(weeksLeft)}` : 'kvar de sista dagarna';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
