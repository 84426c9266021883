// Order between promises: `after: <promise id>` ("därefter": operations that count only once the
// mapping is done). The promise's window starts on the day the other promise was done — the day its
// target was reached (a count's target, a milestone's `times`, a deadline's one delivery); entries
// dated before do not count, and nothing is due before it. Until then the window has not begun.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { addDays } from '../time/day-number.ts';
import type { Period } from '../time/period-weeks.ts';
import type { IsoDate } from '../types.ts';
import { creditOf } from './figure-sum.ts';
import type { Tally } from './tally.ts';

/** Kinds whose "done" is a date: reaching a number of qualifying activities. */
export const ORDERABLE_KINDS = ['count', 'milestone', 'deadline'] as const;

/** How many qualifying activities make `other` done; null for kinds that are not done on a date. */
export function doneTarget(other: CommitmentDef): number | null {
  const rule = other.rule;
  if (rule.kind === 'count' && rule.per === 'period' && !rule.every) return rule.target;
  if (rule.kind === 'milestone') return rule.times;
  if (rule.kind === 'deadline') return 1;
  return null;
}

/** The day `other` reached its target, from its tally; null while not done. */
export function doneDate(other: CommitmentDef, tally: Tally): IsoDate | null {
  const target = doneTarget(other);
  if (target === null) return null;
  // A deliverable done after its due date was still done: what comes "därefter" starts then.
  const sorted = [...tally.qualifying, ...tally.late].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const summed = other.rule.kind === 'count' ? other.rule.sum : undefined;
  let sum = 0;
  for (const a of sorted) {
    sum += creditOf(a, summed);
    if (sum >= target) return a.date;
  }
  return null;
}

/**
 * The window of a promise with `after`: from the other's done day (entries that day count: the
 * working group logs days, not hours) to its own end; not yet begun (starting tomorrow) while the other
 * is not done, so no pace is expected of it.
 */
export function windowAfter(window: Period, done: IsoDate | null, today: IsoDate): Period {
  if (done !== null) return { start: done > window.start ? done : window.start, end: window.end };
  const tomorrow = addDays(today, 1);
  if (tomorrow > window.end) return { start: window.end, end: window.end };
  return { start: tomorrow > window.start ? tomorrow : window.start, end: window.end };
}

export function afterOf(commitment: CommitmentDef, set: PromiseSetDef): CommitmentDef | null {
  return commitment.after ? (set.promises.find((c) => c.id === commitment.after) ?? null) : null;
}
