// Which dates a report covers: the whole (extended) period, or a part of it asked for with
// `/rapport T2 2019`, `/rapport mars`, `/rapport vt 2020`, `/rapport 2024` (a year of a multi-year
// set). A part is clipped to the period; one that does not exist in it, or has not begun, is refused
// with a Swedish message that names the period.
import type { ReportPeriod } from '../grammar/command.ts';
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { DatedDef, PromiseSetDef } from '../promise-set/schema.ts';
import { lowerFirst } from '../text/lower-first.ts';
import { normaliseWord } from '../text/normalise.ts';
import { addDays } from '../time/day-number.ts';
import { formatDate, formatDateRange, formatWeekDates, MONTHS } from '../time/format-swedish.ts';
import { weekEnd, weekStart, weeksInYear } from '../time/iso-week.ts';
import type { IsoDate, Result } from '../types.ts';
import { fail, ok } from '../types.ts';

export interface ReportRequest {
  year?: number;
  period?: ReportPeriod;
}

export interface ReportScope {
  /** First and last day reported: the unit clipped to the (extended) period. */
  start: IsoDate;
  end: IsoDate;
  /** The unit's own first and last day (a year cut by the period is still a year). */
  unitStart: IsoDate;
  unitEnd: IsoDate;
  /** `Tertial 2 (maj–augusti) 2019`: the report's heading. */
  heading: string;
  /** `tertial 2 2019`: the same inside a sentence. */
  label: string;
  /** `t2-2019`: ASCII, for file names. */
  slug: string;
  /** How to ask for it again: `/rapport T2 2019`. */
  command: string;
}

interface Unit {
  start: IsoDate;
  end: IsoDate;
  heading: string;
  label: string;
  slug: string;
  command: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');

function months(year: number, from: number, to: number): { start: IsoDate; end: IsoDate; names: string } {
  const next = to === 12 ? `${year + 1}-01-01` : `${year}-${pad(to + 1)}-01`;
  const names = from === to ? MONTHS[from - 1]! : `${MONTHS[from - 1]}–${MONTHS[to - 1]}`;
  return { start: `${year}-${pad(from)}-01`, end: addDays(next, -1), names };
}

const NUMBERED = {
  quarter: { size: 3, word: 'kvartal', letter: 'Q' },
  tertial: { size: 4, word: 'tertial', letter: 'T' },
  'half-year': { size: 6, word: 'halvår', letter: 'H' },
} as const;

const MAX_INDEX: Record<string, number> = { quarter: 4, tertial: 3, 'half-year': 2, month: 12, week: 53 };

function termBounds(term: DatedDef): { start: IsoDate; end: IsoDate } | null {
  const dates = [...term.dates].sort();
  const start = term.start ?? dates[0];
  const end = term.end ?? dates.at(-1);
  return start && end ? { start, end } : null;
}

/** A term of the file is a VT or an HT by its id (`vt-2019`) or name (`Vårterminen 2019`). */
function termKind(term: DatedDef): 'vt' | 'ht' | null {
  const words = `${term.id} ${normaliseWord(term.name)}`;
  if (/^(vt|var)|\s(vt|var)/.test(words)) return 'vt';
  if (/^(ht|host)|\s(ht|host)/.test(words)) return 'ht';
  return null;
}

/** The unit of `period` in `year`, or null when that year has none (v.53, a term not in the file). */
function unitOf(set: PromiseSetDef, period: ReportPeriod | undefined, year: number): Unit | null {
  if (period === undefined) {
    return {
      ...months(year, 1, 12),
      heading: `År ${year}`,
      label: String(year),
      slug: String(year),
      command: `/rapport ${year}`,
    };
  }
  switch (period.unit) {
    case 'quarter':
    case 'tertial':
    case 'half-year': {
      const { size, word, letter } = NUMBERED[period.unit];
      const m = months(year, size * (period.index - 1) + 1, size * period.index);
      const name =
        period.unit === 'half-year'
          ? `${period.index === 1 ? 'första' : 'andra'} halvåret`
          : `${word} ${period.index}`;
      return {
        start: m.start,
        end: m.end,
        heading: `${capitalise(name)} (${m.names}) ${year}`,
        label: `${name} ${year}`,
        slug: `${letter.toLowerCase()}${period.index}-${year}`,
        command: `/rapport ${letter}${period.index} ${year}`,
      };
    }
    case 'month': {
      const m = months(year, period.index, period.index);
      return {
        start: m.start,
        end: m.end,
        heading: `${capitalise(m.names)} ${year}`,
        label: `${m.names} ${year}`,
        slug: `${year}-${pad(period.index)}`,
        command: `/rapport ${m.names} ${year}`,
      };
    }
    case 'week': {
      if (period.index > weeksInYear(year)) return null;
      const week = { year, week: period.index };
      return {
        start: weekStart(week),
        end: weekEnd(week),
        heading: `Vecka ${period.index} (${formatWeekDates(week)}) ${year}`,
        label: `v.${period.index} ${year}`,
        slug: `${year}-v${pad(period.index)}`,
        command: `/rapport v.${period.index} ${year}`,
      };
    }
    case 'school-year': {
      const next = pad((year + 1) % 100);
      return {
        start: `${year}-07-01`,
        end: `${year + 1}-06-30`,
        heading: `Läsåret ${year}/${next} (juli–juni)`,
        label: `läsåret ${year}/${next}`,
        slug: `lasar-${year}-${next}`,
        command: `/rapport ${year}/${next}`,
      };
    }
    case 'term': {
      const letters = period.term.toUpperCase();
      if (set.terms.length === 0) {
        // A file without terms reads a term as a half-year, as `per: term` does.
        const m = months(year, period.term === 'vt' ? 1 : 7, period.term === 'vt' ? 6 : 12);
        const name = period.term === 'vt' ? 'vårterminen' : 'höstterminen';
        return {
          start: m.start,
          end: m.end,
          heading: `${capitalise(name)} (${m.names}) ${year}`,
          label: `${name} ${year}`,
          slug: `${period.term}-${year}`,
          command: `/rapport ${letters} ${year}`,
        };
      }
      const term = set.terms.find(
        (t) => termKind(t) === period.term && termBounds(t)?.start.slice(0, 4) === String(year),
      );
      const bounds = term ? termBounds(term) : null;
      if (!term || !bounds) return null;
      const named = /\d{4}/.test(term.name) ? term.name : `${term.name} ${year}`;
      return {
        ...bounds,
        heading: `${named} (${formatDateRange(bounds.start, bounds.end)})`,
        label: lowerFirst(named),
        slug: term.id,
        command: `/rapport ${letters} ${year}`,
      };
    }
  }
}

function periodText(set: PromiseSetDef): string {
  const { start, end } = effectivePeriod(set);
  return `${formatDate(start, true)}–${formatDate(end, true)}`;
}

function years(set: PromiseSetDef): number[] {
  const { start, end } = effectivePeriod(set);
  const out: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) out.push(y);
  return out;
}

function badPeriod(message: string): Result<never> {
  return fail({ code: 'bad-period', message, field: 'text' });
}

/** The set is one calendar year by name (Överkalix 2018, also when extended into 2019). */
function singleYear(set: PromiseSetDef): number | null {
  const y = set.period.start.slice(0, 4);
  return set.period.end.slice(0, 4) === y ? Number(y) : null;
}

function wrongYear(set: PromiseSetDef, year: number): Result<never> {
  const single = singleYear(set);
  const hint =
    single !== null
      ? `skriv /rapport ${single}`
      : `skriv /rapport ${years(set)
          .join(', ')
          .replace(/, (\d+)$/, ' eller $1')} för ett år, eller /rapport för hela perioden`;
  return fail({
    code: 'unknown-set',
    message: `Här följs ${set.title} för ${set.municipality} (${periodText(set)}). Någon rapport för ${year} finns inte här; ${hint}.`,
  });
}

function describeRequest(period: ReportPeriod, year: number | undefined): string {
  const y = year === undefined ? '' : ` ${year}`;
  switch (period.unit) {
    case 'week':
      return `Vecka ${period.index}${y}`;
    case 'term':
      return `${period.term.toUpperCase()}${y}`;
    case 'school-year':
      return `Läsåret${y}`;
    case 'month':
      return `${capitalise(MONTHS[period.index - 1]!)}${y}`;
    default:
      return `${capitalise(NUMBERED[period.unit].word)} ${period.index}${y}`;
  }
}

/**
 * The dates `/rapport` covers: null for the whole period. Without a year, a period means the latest
 * one of the set's period that has begun by `today` (`/rapport T2` in October 2024 is T2 2024).
 */
export function resolveReportScope(
  set: PromiseSetDef,
  request: ReportRequest,
  today: IsoDate,
): Result<ReportScope | null> {
  const { year, period } = request;
  const whole = effectivePeriod(set);
  const max = period && 'index' in period ? MAX_INDEX[period.unit] : undefined;
  if (period && 'index' in period && max !== undefined && (period.index < 1 || period.index > max))
    return badPeriod(
      `${describeRequest(period, undefined)} finns inte. Skriv ett nummer från 1 till ${max}.`,
    );
  if (period === undefined) {
    if (year === undefined || year === singleYear(set)) return ok(null);
    if (!years(set).includes(year)) return wrongYear(set, year);
  }
  const candidates: number[] =
    year !== undefined ? [year] : [Number(whole.start.slice(0, 4)) - 1, ...years(set)];
  const units = candidates
    .map((y) => unitOf(set, period, y))
    .filter((u): u is Unit => u !== null && u.start <= whole.end && u.end >= whole.start);
  const unit = units.filter((u) => u.start <= today).at(-1) ?? units[0];
  if (!unit) {
    const asked = describeRequest(period!, year);
    if (period?.unit === 'week' && year !== undefined && period.index > weeksInYear(year))
      return badPeriod(
        `${year} har ingen vecka ${period.index}: året har ${weeksInYear(year)} veckor. Skriv v.1–v.${weeksInYear(year)}.`,
      );
    if (period?.unit === 'term' && set.terms.length > 0) {
      const names = set.terms.map((t) => t.name).join(', ');
      return badPeriod(
        `${asked} finns inte bland terminerna i löftesfilen (${names}). Skriv VT eller HT med terminens år.`,
      );
    }
    const example = unitOf(set, period, Number(whole.start.slice(0, 4)));
    const hint =
      example && example.start <= whole.end
        ? ` Skriv t.ex. ${example.command}.`
        : ' Skriv /rapport för hela perioden.';
    return badPeriod(`${asked} ligger utanför perioden ${periodText(set)}.${hint}`);
  }
  const start = unit.start > whole.start ? unit.start : whole.start;
  const end = unit.end < whole.end ? unit.end : whole.end;
  if (start > today) {
    return badPeriod(
      `${capitalise(unit.label)} har inte börjat än (börjar ${formatDate(start, true)}). Skriv /rapport för perioden hittills.`,
    );
  }
  if (start === whole.start && end === whole.end) return ok(null);
  return ok({
    start,
    end,
    unitStart: unit.start,
    unitEnd: unit.end,
    heading: unit.heading,
    label: unit.label,
    slug: unit.slug,
    command: unit.command,
  });
}
