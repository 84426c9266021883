// `when` on a promise: only activities at the given times, weekdays, events or seasons count.
// An activity without a time never meets a time constraint: the reply asks for `kl 21`.
import type { CommitmentDef, DatedDef, PromiseSetDef } from '../promise-set/schema.ts';
import { toDayNumber, weekdayOf } from '../time/day-number.ts';
import type { Activity, IsoDate } from '../types.ts';
import { isSkippedDate, monthsWords, skippedMonthsOf } from './month-filter.ts';

const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'] as const;

export type WhenCheck = (activity: Activity) => boolean;

/** True when the date is one of the entry's dates or inside its start–end. */
export function onDated(entry: DatedDef, date: IsoDate): boolean {
  if (entry.dates.includes(date)) return true;
  return entry.start !== undefined && entry.end !== undefined && entry.start <= date && date <= entry.end;
}

export function inClockSpan(time: string, from: string, to: string): boolean {
  return from <= to ? time >= from && time < to : time >= from || time < to;
}

/** null when the promise has no `when`, so the hot loop can skip it. */
export function createWhenCheck(commitment: CommitmentDef, set: PromiseSetDef): WhenCheck | null {
  const when = commitment.when ?? {};
  // `months` / `exceptMonths` on the rule: an entry in a left-out month does not count (month-filter.ts).
  const skipped = skippedMonthsOf(commitment.rule);
  if (!commitment.when && skipped.length === 0) return null;
  const weekdays = when.weekdays ? new Set<string>(when.weekdays) : null;
  const events = when.events ? set.events.filter((e) => when.events!.includes(e.id)) : null;
  const seasons = when.seasons ? set.seasons.filter((s) => when.seasons!.includes(s.id)) : null;
  const { from, to } = when;
  return (activity) => {
    if (isSkippedDate(activity.date, skipped)) return false;
    if (from !== undefined && to !== undefined) {
      if (activity.time === null || !inClockSpan(activity.time, from, to)) return false;
    }
    if (weekdays && !weekdays.has(WEEKDAYS[weekdayOf(toDayNumber(activity.date))]!)) return false;
    if (events && !events.some((e) => onDated(e, activity.date))) return false;
    if (seasons && !seasons.some((s) => onDated(s, activity.date))) return false;
    return true;
  };
}

/** `kvällstid 17:00–24:00`-style wording for "räknas inte" messages. */
export function describeWhen(commitment: CommitmentDef, set: PromiseSetDef): string {
  const when = commitment.when ?? {};
  const parts: string[] = [];
  const months = monthsWords(commitment.rule);
  // `utom juni–augusti` reads "löftet gäller inte juni–augusti" after the verb.
  if (months) parts.push(months.startsWith('utom ') ? `inte ${months.slice(5)}` : months);
  if (when.from !== undefined && when.to !== undefined) parts.push(`${when.from}–${when.to}`);
  if (when.weekdays) parts.push(when.weekdays.join(', '));
  const names = (ids: string[] | undefined, list: DatedDef[]) =>
    (ids ?? []).map((id) => list.find((d) => d.id === id)?.name ?? id);
  if (when.events) parts.push(names(when.events, set.events).join(', '));
  if (when.seasons) parts.push(names(when.seasons, set.seasons).join(', '));
  return parts.join(', ');
}
