// `/rapport [år] [period] [format]`: the year, the part of the period and the document format, in
// any order. A period is a quarter (`Q3`, `K3`, `kvartal 3`), tertial (`T2`, `tertial 2`), half-year
// (`H1`, `halvår 1`), school term (`VT`, `HT`), month (`mars`, `2019-03`), week (`v.14`, `vecka 14`)
// or school year (`2019/20`, `läsår 2019`). Whether it lies inside the set's period is decided later,
// where the set is known (src/domain/report/report-scope.ts).

import { lookupTable } from '../text/lookup-table.ts';
import { MONTHS } from '../time/format-swedish.ts';
import type { DomainError, IsoDate, Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Command, ReportFormat, ReportPeriod } from './command.ts';
import type { Token } from './tokenize-line.ts';
import { quotePart, REPORT_USAGE } from './usage.ts';

const FORMATS: Record<string, ReportFormat> = lookupTable({
  md: 'md',
  markdown: 'md',
  csv: 'csv',
  docx: 'docx',
  word: 'docx',
  json: 'json',
  xlsx: 'xlsx',
  excel: 'xlsx',
  html: 'html',
  webbsida: 'html',
});

/** How many of each numbered unit a year has, and how its error names them. */
const NUMBERED: Record<'quarter' | 'tertial' | 'half-year', { max: number; bad: (n: number) => string }> = {
  quarter: {
    max: 4,
    bad: (n) => `Kvartal ${n} finns inte: året har fyra kvartal. Skriv Q1–Q4, t.ex. /rapport Q3 2019.`,
  },
  tertial: {
    max: 3,
    bad: (n) =>
      `Tertial ${n} finns inte: året har tre tertial. Skriv T1, T2 eller T3, t.ex. /rapport T2 2019.`,
  },
  'half-year': {
    max: 2,
    bad: (n) => `Halvår ${n} finns inte. Skriv H1 (januari–juni) eller H2 (juli–december).`,
  },
};

/** Words that take the unit's number as the next word: `kvartal 3`, `vecka 14`. */
const UNIT_WORDS: Record<string, 'quarter' | 'tertial' | 'half-year' | 'week'> = lookupTable({
  kvartal: 'quarter',
  tertial: 'tertial',
  halvar: 'half-year',
  halvaret: 'half-year',
  v: 'week',
  'v.': 'week',
  vecka: 'week',
});

const TERMS: Record<string, 'vt' | 'ht'> = lookupTable({
  vt: 'vt',
  ht: 'ht',
  vartermin: 'vt',
  varterminen: 'vt',
  hosttermin: 'ht',
  hostterminen: 'ht',
});

const SCHOOL_YEAR_WORDS = new Set(['lasar', 'lasaret', 'lasar.']);

type Piece = { year?: number; period?: ReportPeriod; format?: ReportFormat };

/** `fastställ`: the chief adopts the report; `publik`: the version for citizens. */
const ADOPT_WORDS = new Set(['faststall', 'faststalla', 'faststalld', 'faststallt', 'adopt']);
const PUBLIC_WORDS = new Set(['publik', 'public', 'offentlig', 'webb']);

function badPeriod(message: string, part: string): Result<never> {
  const error: DomainError = { code: 'bad-period', message, part, field: 'text' };
  return fail(error);
}

function numbered(
  unit: 'quarter' | 'tertial' | 'half-year' | 'week',
  n: number,
  part: string,
): Result<Piece> {
  if (unit === 'week') {
    if (n < 1 || n > 53)
      return badPeriod(`Vecka ${n} finns inte. Skriv v.1–v.53, t.ex. /rapport v.14 2019.`, part);
    return ok({ period: { unit, index: n } });
  }
  const { max, bad } = NUMBERED[unit];
  return n >= 1 && n <= max ? ok({ period: { unit, index: n } }) : badPeriod(bad(n), part);
}

function monthOf(word: string): number | null {
  const index = MONTHS.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
  return index >= 0 ? index + 1 : null;
}

/** One word (and for `kvartal 3` the next one) as a year, a period or a format; null when none. */
function readPiece(word: string, raw: string, next: string | null): Result<Piece & { used: number }> | null {
  const format = FORMATS[word];
  if (format) return ok({ format, used: 1 });
  if (/^\d{4}$/.test(word)) {
    const year = Number(word);
    // Any year, even a slip (2108, 1999): the set's own years are named in the answer.
    return year >= 1000 ? ok({ year, used: 1 }) : null;
  }
  const schoolYear = /^(\d{4})\/(\d{2}|\d{4})$/.exec(word);
  if (schoolYear) {
    const year = Number(schoolYear[1]);
    const second = Number(schoolYear[2]);
    if ((second < 100 ? second : second % 100) !== (year + 1) % 100)
      return badPeriod(
        `Läsåret ${raw} finns inte. Skriv t.ex. ${year}/${String((year + 1) % 100).padStart(2, '0')}.`,
        raw,
      );
    return ok({ year, period: { unit: 'school-year' }, used: 1 });
  }
  if (SCHOOL_YEAR_WORDS.has(word)) return ok({ period: { unit: 'school-year' }, used: 1 });
  const yearMonth = /^(\d{4})-(\d{1,2})$/.exec(word);
  if (yearMonth) {
    const month = Number(yearMonth[2]);
    if (month < 1 || month > 12)
      return badPeriod(
        `Månad ${month} finns inte. Skriv ${yearMonth[1]}-01 till ${yearMonth[1]}-12, eller t.ex. mars ${yearMonth[1]}.`,
        raw,
      );
    return ok({ year: Number(yearMonth[1]), period: { unit: 'month', index: month }, used: 1 });
  }
  const short = /^([qkth])(\d{1,2})$/.exec(word);
  if (short) {
    const unit = short[1] === 't' ? 'tertial' : short[1] === 'h' ? 'half-year' : 'quarter';
    const piece = numbered(unit, Number(short[2]), raw);
    return piece.ok ? ok({ ...piece.value, used: 1 }) : piece;
  }
  const week = /^v(?:\.|ecka)?(\d{1,2})$/.exec(word);
  if (week) {
    const piece = numbered('week', Number(week[1]), raw);
    return piece.ok ? ok({ ...piece.value, used: 1 }) : piece;
  }
  const unitWord = UNIT_WORDS[word];
  if (unitWord && next !== null && /^\d{1,2}$/.test(next)) {
    const piece = numbered(unitWord, Number(next), `${raw} ${next}`);
    return piece.ok ? ok({ ...piece.value, used: 2 }) : piece;
  }
  const term = TERMS[word];
  if (term) return ok({ period: { unit: 'term', term }, used: 1 });
  const month = monthOf(word);
  if (month !== null) return ok({ period: { unit: 'month', index: month }, used: 1 });
  return null;
}

function unexpected(raw: string): Result<never> {
  return fail({
    code: 'unexpected',
    message: `Förstod inte ${quotePart(raw)}. Skriv: ${REPORT_USAGE}, t.ex. /rapport T2 2019, /rapport mars 2019 eller /rapport vt 2020.`,
    part: raw,
    field: 'text',
  });
}

/** `i år`, `iår`, `förra året`, `i fjol`: the year counted from today, as a chief asks for it. */
function relativeYear(folded: string, next: string | null, today: IsoDate | undefined) {
  if (today === undefined) return null;
  const year = Number(today.slice(0, 4));
  if (folded === 'iar') return { year, used: 1 };
  if (folded === 'i' && next === 'ar') return { year, used: 2 };
  if (folded === 'forra' && (next === 'aret' || next === 'ar')) return { year: year - 1, used: 2 };
  if (folded === 'ifjol' || folded === 'fjol') return { year: year - 1, used: 1 };
  if (folded === 'i' && next === 'fjol') return { year: year - 1, used: 2 };
  return null;
}

export function parseReport(args: Token[], today?: IsoDate): Result<Command> {
  const command: Extract<Command, { kind: 'report' }> = { kind: 'report' };
  let adopt: string | null = null;
  for (let i = 0; i < args.length; ) {
    const token = args[i]!;
    if (token.kind !== 'word') return unexpected(token.kind === 'comma' ? ',' : token.raw);
    const following = args[i + 1];
    const relative = relativeYear(token.folded, following?.kind === 'word' ? following.folded : null, today);
    if (relative) {
      if (command.year !== undefined) return unexpected(token.raw);
      command.year = relative.year;
      i += relative.used;
      continue;
    }
    if (ADOPT_WORDS.has(token.folded) || PUBLIC_WORDS.has(token.folded)) {
      const isAdopt = ADOPT_WORDS.has(token.folded);
      if ((isAdopt && adopt !== null) || (!isAdopt && command.public)) return unexpected(token.raw);
      if (isAdopt) adopt = token.raw;
      else command.public = true;
      i += 1;
      continue;
    }
    const after = args[i + 1];
    const next = after?.kind === 'word' ? after.folded : null;
    const piece = readPiece(token.folded, token.raw, next);
    if (piece === null) return unexpected(token.raw);
    if (!piece.ok) return piece;
    const { used, ...value } = piece.value;
    if (
      (value.year !== undefined && command.year !== undefined) ||
      (value.period !== undefined && command.period !== undefined) ||
      (value.format !== undefined && command.format !== undefined)
    ) {
      return unexpected(used === 2 ? `${token.raw} ${next}` : token.raw);
    }
    Object.assign(command, value);
    i += used;
  }
  if (adopt !== null) {
    // Adopting is a decision about the report, not a document: no format, no public version.
    if (command.format !== undefined || command.public) {
      return fail({
        code: 'unexpected',
        message: `Fastställ uppföljningen utan format eller publik, t.ex. /rapport 2019 fastställ. Hämta sedan dokumentet med /rapport 2019.`,
        part: adopt,
        field: 'text',
      });
    }
    return ok({
      kind: 'adopt',
      ...(command.year !== undefined ? { year: command.year } : {}),
      ...(command.period ? { period: command.period } : {}),
    });
  }
  return ok(command);
}
