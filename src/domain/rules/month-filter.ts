// `months` / `exceptMonths` on a rule ("bara november–mars", "undantaget juni–augusti"): only entries
// dated in the included months count, units (months, weeks, days, larger units) wholly in left-out
// months are no units, and pace and averages run over the included weeks and months only. A week
// belongs to the month its Thursday is in, as it belongs to the period and its year.
import type { RuleDef } from '../promise-set/schema.ts';
import { MONTH_IDS } from '../promise-set/schema-parts.ts';
import { addDays, fromDayNumber, toDayNumber } from '../time/day-number.ts';
import { MONTHS } from '../time/format-swedish.ts';
import type { IsoDate } from '../types.ts';

interface MonthFields {
  months?: readonly string[] | undefined;
  exceptMonths?: readonly string[] | undefined;
}

/** The calendar months (1–12) a rule leaves out, January first; none without `months`/`exceptMonths`. */
export function skippedMonthsOf(rule: RuleDef | MonthFields): number[] {
  const { months, exceptMonths } = rule as MonthFields;
  if (months === undefined && exceptMonths === undefined) return [];
  return MONTH_IDS.flatMap((id, i) =>
    (months && !months.includes(id)) || exceptMonths?.includes(id) ? [i + 1] : [],
  );
}

/** The date's calendar month is left out. */
export function isSkippedDate(date: IsoDate, skipped: readonly number[]): boolean {
  return skipped.length > 0 && skipped.includes(Number(date.slice(5, 7)));
}

/** The days from `start` to `end` that lie in included months. */
export function includedDays(span: { start: IsoDate; end: IsoDate }, skipped: readonly number[]): number {
  const first = toDayNumber(span.start);
  const last = toDayNumber(span.end);
  if (skipped.length === 0) return Math.max(0, last - first + 1);
  let n = 0;
  for (let d = first; d <= last; d++) if (!isSkippedDate(fromDayNumber(d), skipped)) n++;
  return n;
}

/** The week whose serial is `serial` (its Thursday's day number ÷ 7) lies in a left-out month. */
export function isSkippedWeek(serial: number, skipped: readonly number[]): boolean {
  return isSkippedDate(fromDayNumber(serial * 7), skipped);
}

/**
 * A unit of a rule's `per` that holds no included month is no unit: a month or day by its own month, a
 * week by its Thursday's, a larger unit (quarter, term, year) when every month it touches is left out.
 */
export function isSkippedUnit(
  unit: { start: IsoDate; end: IsoDate },
  per: string,
  skipped: readonly number[],
): boolean {
  if (skipped.length === 0) return false;
  if (per === 'week') return isSkippedDate(addDays(unit.start, 3), skipped);
  for (let d = `${unit.start.slice(0, 7)}-01`; d <= unit.end; d = nextMonth(d)) {
    if (!isSkippedDate(d, skipped)) return false;
  }
  return true;
}

function nextMonth(firstOfMonth: IsoDate): IsoDate {
  const year = Number(firstOfMonth.slice(0, 4));
  const month = Number(firstOfMonth.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Of a window's weeks (`total` from `firstSerial`, `completed` of them over), those in included months:
 * how many, how many are over, and their indices in the window, in order.
 */
export function countedWeeks(
  weeks: { firstSerial: number; total: number; completed: number },
  skipped: readonly number[],
): { total: number; completed: number; indices: number[] } {
  const indices: number[] = [];
  let completed = 0;
  for (let i = 0; i < weeks.total; i++) {
    if (isSkippedWeek(weeks.firstSerial + i, skipped)) continue;
    indices.push(i);
    if (i < weeks.completed) completed++;
  }
  return { total: indices.length, completed, indices };
}

/** `november–mars`, `juni och augusti`: months (1–12) as runs, a run across New Year kept whole. */
function monthRunsText(months: readonly number[]): string {
  const set = new Set(months);
  const next = (m: number) => (m === 12 ? 1 : m + 1);
  // A run starts at a month whose previous month is not in the set (cyclically), in calendar order.
  const starts = months.filter((m) => !set.has(m === 1 ? 12 : m - 1)).sort((a, b) => a - b);
  const name = (m: number) => MONTHS[m - 1]!;
  const runs = starts.map((start) => {
    let end = start;
    while (set.has(next(end)) && next(end) !== start) end = next(end);
    return start === end ? name(start) : `${name(start)}–${name(end)}`;
  });
  return runs.length === 1 ? runs[0]! : `${runs.slice(0, -1).join(', ')} och ${runs.at(-1)}`;
}

/** `bara november–mars`, `utom juni–augusti` (the shorter way), or '' when no month is left out. */
export function monthsWords(rule: RuleDef | MonthFields): string {
  const skipped = skippedMonthsOf(rule);
  if (skipped.length === 0 || skipped.length === 12) return '';
  const included = MONTH_IDS.map((_, i) => i + 1).filter((m) => !skipped.includes(m));
  return skipped.length <= included.length
    ? `utom ${monthRunsText(skipped)}`
    : `bara ${monthRunsText(included)}`;
}

/** ` (utom juni–augusti)`, ` (bara november–mars)` after a target, or '' when no month is left out. */
export function skippedMonthsText(rule: RuleDef | MonthFields): string {
  const words = monthsWords(rule);
  return words ? ` (${words})` : '';
}
