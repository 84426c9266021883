// Citizen contacts are statistics: free text the bot stores (notes, free-text places) must not
// identify a citizen. This finds the identifiers people most often paste by habit.

export type PersonalDataKind = 'personnummer' | 'samordningsnummer' | 'telefon' | 'epost' | 'regnummer';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text that looked like personal data, as written. */
  match: string;
}

/** Luhn over the ten digits YYMMDDNNNC, the check Skatteverket uses. */
function hasValidCheckDigit(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

const IDENTITY_NUMBER = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})(?!\d)/g;

function findIdentityNumber(text: string): PersonalDataFinding | null {
  for (const m of text.matchAll(IDENTITY_NUMBER)) {
    const [, century, yy, mm, dd, tail] = m as unknown as [
      string,
      string | undefined,
      string,
      string,
      string,
      string,
    ];
    if (century !== undefined && !['18', '19', '20'].includes(century)) continue;
    const month = Number(mm);
    const day = Number(dd);
    if (month < 1 || month > 12) continue;
    const isCoordination = day >= 61 && day <= 91;
    if (!isCoordination && (day < 1 || day > 31)) continue;
    if (!hasValidCheckDigit(`${yy}${mm}${dd}${tail}`)) continue;
    return { kind: isCoordination ? 'samordningsnummer' : 'personnummer', match: m[0] };
  }
  return null;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// A leading 0, +46 or 0046, then 6–11 digits with single spaces or dashes between them. Not when
// glued to a preceding number ("2018-03-14"), which is how dates and ranges look.
const PHONE = /(?<![\p{L}\p{N}])(?<!\p{N}[-/.:])(\+46|0046|0)[ -]?(\(0\))?((?:[ -]?\d){6,11})(?!\p{N})/gu;

function findPhone(text: string): PersonalDataFinding | null {
  for (const m of text.matchAll(PHONE)) {
    const subscriber = (m[3] ?? '').replace(/\D/g, '');
    const national = m[1] === '0' ? `0${subscriber}` : `0${subscriber.replace(/^0/, '')}`;
    // Swedish numbers are 0 + 7–9 digits, and the digit after the trunk 0 is never 0.
    if (national.length < 8 || national.length > 10 || national[1] === '0') continue;
    return { kind: 'telefon', match: m[0].trim() };
  }
  return null;
}

// Three letters (no I, Q, V; Swedish plates never use them), two digits, then a digit or a letter (not O).
const PLATE_LETTERS = /^[A-HJ-PR-UW-Z]{3}$/;
const PLATE_LAST = /^[0-9A-HJ-NPR-UW-Z]$/;
const PLATE = /(?<![\p{L}\p{N}])([A-Za-z]{3})( ?)(\d{2})([0-9A-Za-z])(?![\p{L}\p{N}])/gu;

function findPlate(text: string): PersonalDataFinding | null {
  for (const m of text.matchAll(PLATE)) {
    const [whole, letters, space, , last] = m as unknown as [string, string, string, string, string];
    if (!PLATE_LETTERS.test(letters.toUpperCase()) || !PLATE_LAST.test(last.toUpperCase())) continue;
    // "vid 100" is a word and a number; with a space only capitals or a vowel-less trio ("mlb 12a") count.
    const isWordLike = space === ' ' && letters !== letters.toUpperCase() && /[aeiouy]/i.test(letters);
    if (isWordLike) continue;
    return { kind: 'regnummer', match: whole };
  }
  return null;
}

/** The first personal identifier in `text`, or null when it looks harmless. */
export function findPersonalData(text: string): PersonalDataFinding | null {
  const identity = findIdentityNumber(text);
  if (identity) return identity;
  const email = EMAIL.exec(text);
  if (email) return { kind: 'epost', match: email[0] };
  return findPhone(text) ?? findPlate(text);
}
