// Calendar-aligned sub-periods for `count` rules with `per`: ISO weeks, months, quarters,
// tertials (Jan–Apr, May–Aug, Sep–Dec), half-years, years and days, clipped to the period. Terms
// are the file's `terms` list; a file without one reads a term as a half-year (vårtermin, hösttermin).

import type { DatedDef, RuleDef } from '../promise-set/schema.ts';
import { addDays, toDayNumber } from '../time/day-number.ts';
import { formatDate, formatWeek, MONTHS } from '../time/format-swedish.ts';
import { weekEnd, weekStart } from '../time/iso-week.ts';
import { type Period, weeksOfPeriod } from '../time/period-weeks.ts';
import type { IsoDate } from '../types.ts';
import { isSkippedUnit, skippedMonthsOf } from './month-filter.ts';

export type Per = Extract<RuleDef, { kind: 'count' }>['per'];

export interface UnitSpan {
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** Days of the whole calendar unit when the period cuts it (a set starting 15 August). */
  fullDays?: number;
  /** The whole calendar unit when the period cuts it: its left-out months weigh nothing in a share. */
  whole?: { start: IsoDate; end: IsoDate };
}

const MONTHS_PER_UNIT: Partial<Record<Per, number>> = {
  month: 1,
  quarter: 3,
  tertial: 4,
  'half-year': 6,
  term: 6,
  year: 12,
  'school-year': 12,
};

function monthLabel(per: Per, year: number, month: number, multiYear: boolean): string {
  const suffix = multiYear ? ` ${year}` : '';
  switch (per) {
    case 'month':
      return `${MONTHS[month - 1]}${suffix}`;
    case 'quarter':
      return `kvartal ${Math.ceil(month / 3)}${suffix}`;
    case 'tertial':
      return `tertial ${Math.ceil(month / 4)}${suffix}`;
    case 'term':
      return `${month <= 6 ? 'vårterminen' : 'höstterminen'}${suffix}`;
    case 'year':
      return String(year);
    case 'school-year':
      return schoolYearLabel(year);
    default:
      return `${month <= 6 ? 'första' : 'andra'} halvåret${suffix}`;
  }
}

/** `läsåret 2018/19` for the school year starting 1 July 2018. */
export function schoolYearLabel(startYear: number): string {
  return `läsåret ${startYear}/${String(startYear + 1).slice(2)}`;
}

/** The school year `2018/19` (1 July 2018–30 June 2019) as dates. */
export function schoolYearSpan(schoolYear: string): { start: IsoDate; end: IsoDate } {
  const startYear = Number(schoolYear.slice(0, 4));
  return { start: `${startYear}-07-01`, end: `${startYear + 1}-06-30` };
}

/** ISO dates compare as strings. */
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

export function unitsOfPeriod(period: Period, per: Per, terms: readonly DatedDef[] = []): UnitSpan[] {
  if (per === 'period') return [{ label: 'perioden', start: period.start, end: period.end }];
  if (per === 'term' && terms.length > 0) return termUnits(period, terms);
  if (per === 'day') {
    const multiYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
    const units: UnitSpan[] = [];
    for (let d = period.start; d <= period.end; d = addDays(d, 1)) {
      units.push({ label: formatDate(d, multiYear), start: d, end: d });
    }
    return units;
  }
  if (per === 'week') {
    // `v.20` names a week of every year of a multi-year period: there it says its year.
    const multiYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
    return weeksOfPeriod(period.start, period.end).map((w) => ({
      label: multiYear ? `${formatWeek(w)} ${w.year}` : formatWeek(w),
      start: weekStart(w),
      end: weekEnd(w),
    }));
  }
  const size = MONTHS_PER_UNIT[per] ?? 1;
  const multiYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
  const units: UnitSpan[] = [];
  let year = Number(period.start.slice(0, 4));
  let month = Number(period.start.slice(5, 7));
  // School years run 1 July–30 June; every other unit is aligned to 1 January.
  if (per === 'school-year') {
    if (month < 7) year -= 1;
    month = 7;
  } else month -= (month - 1) % size;
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > period.end) break;
    const nextMonth = month + size;
    const nextYear = nextMonth > 12 ? year + 1 : year;
    const next = `${nextYear}-${String(((nextMonth - 1) % 12) + 1).padStart(2, '0')}-01`;
    const end = addDays(next, -1);
    const clipped = { start: later(start, period.start), end: earlier(end, period.end) };
    const cut = clipped.start !== start || clipped.end !== end;
    units.push({
      label: monthLabel(per, year, month, multiYear),
      ...clipped,
      ...(cut ? { fullDays: toDayNumber(end) - toDayNumber(start) + 1, whole: { start, end } } : {}),
    });
    year = nextYear;
    month = ((nextMonth - 1) % 12) + 1;
  }
  return units;
}

/**
 * The units of a rule with `per` (a count, a coverage): its `per` units, less those wholly in months
 * it leaves out (`months` / `exceptMonths`, see month-filter.ts).
 */
export function countUnitsOf(
  rule: { per: Per; months?: readonly string[] | undefined; exceptMonths?: readonly string[] | undefined },
  period: Period,
  terms: readonly DatedDef[] = [],
): UnitSpan[] {
  const units = unitsOfPeriod(period, rule.per, terms);
  const skipped = skippedMonthsOf(rule);
  if (skipped.length === 0) return units;
  return units.filter((u) => !isSkippedUnit(u, rule.per, skipped));
}

/** The file's terms inside the period, in date order; a term given by dates spans its first to last. */
function termUnits(period: Period, terms: readonly DatedDef[]): UnitSpan[] {
  return terms
    .map((t) => {
      const sorted = [...t.dates].sort();
      const start = t.start ?? sorted[0] ?? period.start;
      const end = t.end ?? sorted.at(-1) ?? period.end;
      return {
        label: t.name.charAt(0).toLowerCase() + t.name.slice(1),
        start: later(start, period.start),
        end: earlier(end, period.end),
      };
    })
    .filter((u) => u.start <= u.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
