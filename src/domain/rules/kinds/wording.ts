// Words several rule kinds share in their status lines and report figures.

import { weeksInWords } from '../../report/swedish-words.ts';
import type { ReportActivity } from '../../report/types.ts';
import type { Outcome, StatusWord } from '../../types.ts';
import type { WeekRef } from '../types.ts';

/** A sub-period in words after a target ("2 per månad"). */
export const PER_WORDS: Record<string, string> = {
  day: 'per dag',
  week: 'per vecka',
  month: 'per månad',
  quarter: 'per kvartal',
  tertial: 'per tertial',
  'half-year': 'per halvår',
  term: 'per termin',
  year: 'per år',
  'school-year': 'per läsår',
};

export const UNIT_WORDS: Record<string, { one: string; many: string }> = {
  day: { one: 'dag', many: 'dagar' },
  week: { one: 'vecka', many: 'veckor' },
  month: { one: 'månad', many: 'månader' },
  quarter: { one: 'kvartal', many: 'kvartal' },
  tertial: { one: 'tertial', many: 'tertial' },
  'half-year': { one: 'halvår', many: 'halvår' },
  term: { one: 'termin', many: 'terminer' },
  year: { one: 'år', many: 'år' },
  'school-year': { one: 'läsår', many: 'läsår' },
};

/** The word a status line ends with: the outcome once the promise has ended, else the status. */
export function word(ps: { ended: boolean; outcome: Outcome; status: StatusWord }): string {
  return ps.ended ? ps.outcome : ps.status;
}

/** `, nästa senast v.14 (7–8 april)` */
export function nextText(next: WeekRef | null, weekend: boolean): string {
  if (!next) return '';
  return `, nästa senast ${next.label} (${weekend ? next.weekendDates : next.dates})`;
}

export function weeksWithOne(ps: { weekCounts: readonly number[] }): number {
  return ps.weekCounts.filter((n) => n > 0).length;
}

export function gapText(longestGap: number): string {
  return longestGap === 0 ? 'inget glapp' : `längsta glapp ${weeksInWords(longestGap)}`;
}

/** "Per plats: Centrum 20, Skolan 12": where a promise's counted activities took place, most first. */
export function byPlace(activities: readonly ReportActivity[]): string[] {
  const sums = new Map<string, number>();
  for (const a of activities) {
    if (!a.counted || !a.place) continue;
    sums.set(a.place, (sums.get(a.place) ?? 0) + a.count);
  }
  if (sums.size === 0) return [];
  const parts = [...sums].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'sv'));
  return [`Per plats: ${parts.map(([name, n]) => `${name} ${n}`).join(', ')}`];
}

/** The person as the platform names them: the id's last part (`slack:T1:U1` → `U1`). */
export function personOf(userId: string): string {
  return userId.split(':').at(-1) ?? userId;
}
