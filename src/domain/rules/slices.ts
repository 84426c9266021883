// A multi-year document whose targets start over each year (`resetsEach`): the period is cut at
// 1 January, or at 1 July for school years. Tolerances apply per slice.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { IsoDate } from '../types.ts';

/** The slice a date belongs to, as a sortable key; one key for the whole period without resets. */
export function sliceKey(set: PromiseSetDef, date: IsoDate): string {
  const reset = set.period.resetsEach;
  if (reset === 'year') return date.slice(0, 4);
  if (reset === 'school-year') {
    const year = Number(date.slice(0, 4));
    return String(date.slice(5) >= '07-01' ? year : year - 1);
  }
  return 'period';
}

/** The slice holding `date`, clipped to `window`: a year, a school year, or the whole window. */
export function sliceOf(
  set: PromiseSetDef,
  date: IsoDate,
  window: { start: IsoDate; end: IsoDate },
): { start: IsoDate; end: IsoDate } {
  const key = sliceKey(set, date);
  if (key === 'period') return { start: window.start, end: window.end };
  const year = Number(key);
  const [start, end] =
    set.period.resetsEach === 'school-year'
      ? [`${year}-07-01`, `${year + 1}-06-30`]
      : [`${year}-01-01`, `${year}-12-31`];
  return { start: start > window.start ? start : window.start, end: end < window.end ? end : window.end };
}

/**
 * The slice a unit of a `per` rule belongs to. A week belongs to the slice its Thursday is in (as it
 * belongs to the period): week 1 of 2020, starting Monday 30 December 2019, is 2020's.
 */
export function unitSliceKey(set: PromiseSetDef, unit: { start: IsoDate }, per: string): string {
  if (per !== 'week') return sliceKey(set, unit.start);
  const monday = new Date(`${unit.start}T12:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 3);
  return sliceKey(set, monday.toISOString().slice(0, 10));
}

/** A slice of a promise's window with its label: `2020`, `läsåret 2019/20`, or `perioden`. */
export interface WindowSlice {
  key: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
}

/** Every slice of `window` in date order (one, `perioden`, without `resetsEach`). */
export function slicesOfWindow(set: PromiseSetDef, window: { start: IsoDate; end: IsoDate }): WindowSlice[] {
  const out: WindowSlice[] = [];
  let at = window.start;
  while (at <= window.end) {
    const slice = sliceOf(set, at, window);
    const key = sliceKey(set, at);
    out.push({ key, label: sliceLabel(set, key), ...slice });
    const next = new Date(`${slice.end}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    at = next.toISOString().slice(0, 10);
  }
  return out;
}

/** A slice's name: `2020`, `läsåret 2019/20`, or `perioden` without `resetsEach`. */
export function sliceLabel(set: PromiseSetDef, key: string): string {
  if (set.period.resetsEach === 'year') return key;
  if (set.period.resetsEach === 'school-year') return `läsåret ${key}/${String(Number(key) + 1).slice(2)}`;
  return 'perioden';
}

/**
 * The slice of a member-and-unit of a coverage rule by its last day: a week's by its Thursday
 * (three days before its Sunday), anything else by the day itself.
 */
export function endSliceKey(set: PromiseSetDef, end: IsoDate, per: string): string {
  if (per !== 'week') return sliceKey(set, end);
  const sunday = new Date(`${end}T12:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() - 3);
  return sliceKey(set, sunday.toISOString().slice(0, 10));
}
