// A promise's activities in two lines for the body of the written follow-up: counted activities per
// place and per month (the full list goes to the appendix).
import type { PromiseReport, ReportModel } from '../../domain/report/types.ts';
import { formatInteger, MONTHS } from '../../domain/time/format-swedish.ts';

function tally(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts];
}

/** `Centrum 12, Skolan 3, utan plats 1` (most first), or null without activities. */
export function perPlaceText(p: PromiseReport): string | null {
  const counted = p.activities.filter((a) => a.counted);
  if (counted.length === 0) return null;
  return tally(counted.map((a) => a.place ?? 'utan plats'))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))
    .map(([place, n]) => `${place} ${formatInteger(n)}`)
    .join(', ');
}

/**
 * `jan 2, feb 1, apr 3` in calendar order; with the year (`jun 2021 2`) when the activities span
 * several years or the report's period does (in a set of several years "jun" alone names no month).
 */
export function perMonthText(p: PromiseReport, period: ReportModel['period']): string | null {
  const counted = p.activities.filter((a) => a.counted);
  if (counted.length === 0) return null;
  const years = new Set(counted.map((a) => a.date.slice(0, 4)));
  years.add(period.start.slice(0, 4)).add(period.end.slice(0, 4));
  return tally(counted.map((a) => a.date.slice(0, 7)))
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([month, n]) => {
      const name = MONTHS[Number(month.slice(5, 7)) - 1]!.slice(0, 3);
      return `${name}${years.size > 1 ? ` ${month.slice(0, 4)}` : ''} ${formatInteger(n)}`;
    })
    .join(', ');
}
