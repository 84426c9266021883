// Citizen contacts are statistics: free text the bot stores must not identify a citizen. This is the
// one guard every free text passes (notes, places, partners, judgement reasons, role names, mention
// text, form fields, imported rows). It normalises what people type to hide an identifier (dashes of
// every kind, full-width characters, spaces inside digit groups, `(at)`/`[at]`/`＠`, `dot`) and then
// looks for personnummer and samordningsnummer, phone numbers, e-mail addresses, registration plates,
// street addresses and people's names.
import firstNameData from './swedish-first-names.json' with { type: 'json' };

export type PersonalDataKind =
  | 'personnummer'
  | 'samordningsnummer'
  | 'telefon'
  | 'epost'
  | 'regnummer'
  | 'adress'
  | 'namn';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text that looked like personal data, after normalisation (dashes, widths, `(at)`). */
  match: string;
}

export interface GuardOptions {
  /**
   * False where a colleague's name is what the field holds (a mention, the name kept with a role):
   * those name officers, not citizens. Every other identifier is still refused there.
   */
  names?: boolean;
  /** Phrases of the promise set (places, partners) that are never personal data, masked first. */
  known?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const DASHES = /[\u00AD\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * The text as the detectors read it: compatibility forms folded (full-width digits and letters,
 * `＠`, non-breaking spaces), every dash and hyphen a plain `-`, invisible characters removed,
 * whitespace single, and the spelled-out forms of `@` and `.` in e-mail addresses written as such.
 */
export function normaliseForGuard(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(DASHES, '-')
      .replace(/\s+/gu, ' ')
      // (at) [at] {at} <at>…</at> stay apart: Teams mentions use <at>; only brackets of the address kind.
      .replace(/\s*[([{]\s*(?:at|snabel-?a)\s*[)\]}]\s*/giu, '@')
      .replace(/\s*[([{]\s*(?:dot|punkt)\s*[)\]}]\s*/giu, '.')
      // "anna at exempel dot se": bare words, only between word characters.
      .replace(/(?<=[\p{L}\p{N}])\s+(?:at|snabel-?a)\s+(?=[\p{L}\p{N}])/giu, '@')
      .replace(/(?<=[\p{L}\p{N}])\s+(?:dot|punkt)\s+(?=[\p{L}\p{N}])/giu, '.')
      .replace(/\s*@\s*/gu, '@')
      // "kalle@example . com": the domain's dots with spaces around them.
      .replace(/@[\p{L}\p{N}-]+(?: ?\. ?[\p{L}\p{N}-]+)+/gu, (domain) => domain.replace(/ /g, ''))
  );
}

// ---------------------------------------------------------------------------------------------
// Digit groups: a number written with separators is a run of groups ("811218 - 98 76").

interface Group {
  digits: string;
  start: number;
  end: number;
}

function digitGroups(text: string): Group[] {
  return [...text.matchAll(/\d+/g)].map((m) => ({
    digits: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Runs of digit groups joined only by separator characters (at most three of them between two
 * groups), each run broken where the gap holds anything else.
 */
function runs(text: string, groups: Group[], separator: RegExp): Group[][] {
  const out: Group[][] = [];
  let current: Group[] = [];
  for (const g of groups) {
    const prev = current.at(-1);
    if (prev) {
      const gap = text.slice(prev.end, g.start);
      if (gap.length > 3 || !separator.test(gap)) {
        out.push(current);
        current = [];
      }
    }
    current.push(g);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Every contiguous slice of a run, from one group's start to a later group's end. */
function* slices(run: Group[]): Generator<Group[]> {
  for (let i = 0; i < run.length; i++) for (let j = run.length - 1; j >= i; j--) yield run.slice(i, j + 1);
}

const digitsOf = (slice: Group[]) => slice.map((g) => g.digits).join('');
const textOf = (text: string, slice: Group[]) => text.slice(slice[0]!.start, slice.at(-1)!.end);
/** A slice that starts inside a dashed or dotted number ("2018-03-14") is no number of its own. */
const startsInside = (text: string, slice: Group[]) =>
  /\d[-./]?$/.test(text.slice(Math.max(0, slice[0]!.start - 2), slice[0]!.start));

// ---------------------------------------------------------------------------------------------
// Personnummer and samordningsnummer

/** Luhn over the ten digits YYMMDDNNNC, the check Skatteverket uses. */
function hasValidCheckDigit(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

function identityKind(digits: string): 'personnummer' | 'samordningsnummer' | null {
  if (digits.length !== 10 && digits.length !== 12) return null;
  if (digits.length === 12 && !['18', '19', '20'].includes(digits.slice(0, 2))) return null;
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  if (month < 1 || month > 12) return null;
  const coordination = day >= 61 && day <= 91;
  if (!coordination && (day < 1 || day > 31)) return null;
  if (!hasValidCheckDigit(ten)) return null;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

/** `2018-03-14 1030`: a date and a time, which can pass the check digit by chance. */
const DATE_THEN_TIME = /^\d{4}-\d{2}-\d{2} \d{4}$/;

function findIdentityNumber(text: string, groups: Group[]): PersonalDataFinding | null {
  for (const run of runs(text, groups, /^[\s\-./+]+$/)) {
    for (const slice of slices(run)) {
      if (startsInside(text, slice)) continue;
      const kind = identityKind(digitsOf(slice));
      const match = textOf(text, slice);
      if (kind && !DATE_THEN_TIME.test(match)) return { kind, match };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

const isTime = (h: string, m: string) => Number(h) <= 23 && Number(m) <= 59;
/** `0800-1000`, `08.00 - 10.00`: a span of time, not a Stockholm number. */
const TIME_SPAN = /^(\d{1,2})\.?(\d{2}) ?- ?(\d{1,2})\.?(\d{2})$/;
/** `01.03.2018`, `1/3/18`, `01-03-2018`: a date. */
const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;

function isTimeOrDate(match: string): boolean {
  const span = TIME_SPAN.exec(match);
  if (span && isTime(span[1]!, span[2]!) && isTime(span[3]!, span[4]!)) return true;
  const date = DAY_MONTH_YEAR.exec(match);
  return date !== null && Number(date[1]) <= 31 && Number(date[2]) <= 12;
}

/** The national number (0 + 7–9 digits) a slice of digits spells, or null. */
function nationalNumber(slice: Group[], plus: boolean): string | null {
  const digits = digitsOf(slice);
  let national: string;
  if (digits.startsWith('0046')) national = `0${digits.slice(4)}`;
  else if (digits.startsWith('46') && (plus || digits.length >= 10)) national = `0${digits.slice(2)}`;
  else if (digits.startsWith('0') && !plus) {
    // An area code is 2–4 digits (08, 031, 0920, 070), or the number is written in one piece.
    const first = slice[0]!.digits.length;
    const spelledOut = slice.every((g) => g.digits.length === 1); // "0 7 0 1 2 3 4 5 6 7"
    if (slice.length > 1 && !spelledOut && (first < 2 || first > 4)) return null;
    national = digits;
  } else return null;
  national = national.replace(/^00/, '0'); // "+46 (0)70": the trunk zero written twice.
  if (national.length < 8 || national.length > 10 || national[1] === '0') return null;
  return national;
}

function findPhone(text: string, groups: Group[]): PersonalDataFinding | null {
  for (const run of runs(text, groups, /^[\s\-./()]+$/)) {
    for (const slice of slices(run)) {
      const start = slice[0]!.start;
      // Not the tail of a longer number: "2018-03-14" is no number starting with 03.
      if (startsInside(text, slice)) continue;
      const plus = text[start - 1] === '+';
      const match = textOf(text, slice);
      if (isTimeOrDate(match)) continue;
      if (nationalNumber(slice, plus)) return { kind: 'telefon', match: plus ? `+${match}` : match };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// E-mail

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// ---------------------------------------------------------------------------------------------
// Registration plates

// Three letters (no I, Q, V; Swedish plates never use them), two digits, then a digit or a letter (not O).
const PLATE_LETTERS = /^[A-HJ-PR-UW-Z]{3}$/;
const PLATE_LAST = /^[0-9A-HJ-NPR-UW-Z]$/;
const PLATE = /(?<![\p{L}\p{N}])(\p{L}{3})([ -]?)(\d{2})([0-9\p{L}])(?![\p{L}\p{N}])/gu;
/** Swedish three-letter words of plate letters that are followed by a number in ordinary notes. */
const PLATE_WORDS = new Set(
  'och per med mot tog fem sex tre ett kom gav hon han den det som har man kan nya ena ute upp nej jag dag tal lag ska bra far mor bor tar ser hel ort ned fot bro gym ung nog fyr all any sms kap sek ton tom'.split(
    ' ',
  ),
);

/** Abbreviations written in capitals before a number ("SMS 300 skickade"). */
const PLATE_ABBREVIATIONS = new Set(['SMS', 'MMS', 'ATG', 'EPA', 'SFS', 'LSS', 'BUP', 'PBL']);

function findPlate(text: string): PersonalDataFinding | null {
  for (const m of text.matchAll(PLATE)) {
    const [whole, letters, separator, , last] = m as unknown as [string, string, string, string, string];
    if (!PLATE_LETTERS.test(letters.toUpperCase()) || !PLATE_LAST.test(last.toUpperCase())) continue;
    // "och 100 bilar", "per 1000": a word and a number, unless written in capitals or glued on.
    const isWord =
      separator !== '' && letters !== letters.toUpperCase() && PLATE_WORDS.has(letters.toLowerCase());
    if (isWord || (separator !== '' && PLATE_ABBREVIATIONS.has(letters.toUpperCase()))) continue;
    return { kind: 'regnummer', match: whole };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Street addresses

const STREET_SUFFIX =
  '(?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|allén|allé|backe|backen|torget|torg|platsen|leden|esplanaden|kajen|stranden|strand|slingan|gången|promenaden)';
/** Roads, not addresses: "riksväg 97", "länsväg 392", "Europaväg 4". */
const ROAD_STEMS =
  /^(?:riks|läns|europa|motor|lands|gång|cykel|bil|skogsbil|allmän|enskild|tvär|huvud|genom|för)$/iu;
const ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:(?<stem>\\p{L}{2,}?)${STREET_SUFFIX}|Esplanaden|Allén|Kajen|Promenaden|Slingan) ?\\d{1,3} ?(?<letter>[a-zA-Z](?![\\p{L}]))?(?!\\d)(?: ?(?<after>[\\p{L}.]+))?`,
  'giu',
);
/** "Storgatan 5 ungdomar": a place and a count. */
const COUNT_WORDS = new Set(
  'st st. stycken ggr gånger personer pers ungdomar unga bilar fordon mopeder elever barn vuxna deltagare kontroller min minuter timmar tim h kl gånger besökare bussar cyklar'.split(
    ' ',
  ),
);

function findAddress(text: string): PersonalDataFinding | null {
  for (const m of text.matchAll(ADDRESS)) {
    const { stem, letter, after } = m.groups ?? {};
    if (stem !== undefined && ROAD_STEMS.test(stem)) continue;
    if (after !== undefined && !letter && COUNT_WORDS.has(after.toLowerCase())) continue;
    const whole = m[0];
    const match = after !== undefined ? whole.slice(0, whole.length - after.length).trim() : whole.trim();
    return { kind: 'adress', match };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// People's names

const FIRST_NAMES = new Set(firstNameData.names.map((n) => n.toLowerCase()));
/** First names that are also everyday Swedish words: only a capitalised one counts. */
const NAME_WORDS = new Set(
  'per bo dag maj sten björn ros vera viola ester alf love saga ella tove moa mia gun ann'.split(' '),
);
/** "Gustav Adolfs torg", "Anna Lindhs plats": a place named after a person. */
const PLACE_NOUNS =
  /^(?:torg|torget|gata|gatan|väg|vägen|plats|platsen|park|parken|skola|skolan|kyrka|kyrkan|gymnasium|gymnasiet|gård|gården|hall|hallen|bro|bron|stiftelse|sjukhus|center|centrum)$/iu;
const WORD = /[\p{L}][\p{L}'-]*/gu;

function findName(text: string): PersonalDataFinding | null {
  const words = [...text.matchAll(WORD)].map((m) => ({
    w: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    const second = words[i + 1]!;
    if (!FIRST_NAMES.has(first.w.toLowerCase())) continue;
    const isCapitalised = /^\p{Lu}/u.test(first.w);
    if (!isCapitalised && NAME_WORDS.has(first.w.toLowerCase())) continue;
    // Only a space between them, and the second written with a capital ("Svensson", "SVENSSON").
    if (!/^ $/.test(text.slice(first.end, second.start))) continue;
    if (!/^\p{Lu}\p{L}/u.test(second.w)) continue;
    const third = words[i + 2];
    if (third && PLACE_NOUNS.test(third.w) && text.slice(second.end, third.start) === ' ') continue;
    return { kind: 'namn', match: `${first.w} ${second.w}` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Masks the set's own phrases (place and partner names) so that they never count as personal data. */
function maskKnown(text: string, known: readonly string[]): string {
  let out = text;
  for (const phrase of [...known].sort((a, b) => b.length - a.length)) {
    const p = normaliseForGuard(phrase).trim();
    if (p.length < 2) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(p)}(?![\\p{L}\\p{N}])`, 'giu'), ' · ');
  }
  return out;
}

/** The first personal identifier in `text`, or null when it looks harmless. */
export function findPersonalData(text: string, options: GuardOptions = {}): PersonalDataFinding | null {
  let normal = normaliseForGuard(text);
  if (options.known && options.known.length > 0) normal = maskKnown(normal, options.known);
  const groups = digitGroups(normal);
  const identity = findIdentityNumber(normal, groups);
  if (identity) return identity;
  const email = EMAIL.exec(normal);
  if (email) return { kind: 'epost', match: email[0] };
  return (
    findPhone(normal, groups) ??
    findPlate(normal) ??
    findAddress(normal) ??
    (options.names === false ? null : findName(normal))
  );
}
