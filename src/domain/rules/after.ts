// Order between promises: `after: <promise id>` ("därefter": operations that count only once the
// mapping is done). The promise's window starts on the day the other promise was done — the day its
// target was reached (a count's target, a milestone's `times`, a deadline's one delivery); entries
// dated before do not count, and nothing is due before it. Until then the window has not begun.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { addDays, fromDayNumber } from '../time/day-number.ts';
import type { Period } from '../time/period-weeks.ts';
import type { IsoDate } from '../types.ts';
import { creditOf } from './figure-sum.ts';
import { sliceKey } from './slices.ts';
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

/**
 * `after` a milestone due once a year (no `due`, in a set whose targets reset each year): the other
 * promise is done anew each year, and what comes "därefter" counts in a year only from that year's
 * done day. Entries earlier in the year, or in a year where it was never done, do not count.
 */
export interface AfterGate {
  /** The first done day of all years: the dependent's window starts there. */
  first: IsoDate | null;
  /** The entry dated `date` counts: its year's milestone was done, on or before it. */
  counts(date: IsoDate): boolean;
  /** The done day of the year holding `date`; null while that year's is not done. */
  doneIn(date: IsoDate): IsoDate | null;
}

export function yearGate(other: CommitmentDef, set: PromiseSetDef, tally: Tally): AfterGate | null {
  const rule = other.rule;
  if (rule.kind !== 'milestone' || rule.due !== undefined || !set.period.resetsEach) return null;
  const sorted = [...tally.qualifying].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const sums = new Map<string, number>();
  const done = new Map<string, IsoDate>();
  for (const a of sorted) {
    const key = sliceKey(set, a.date);
    const sum = (sums.get(key) ?? 0) + a.count;
    sums.set(key, sum);
    if (sum >= rule.times && !done.has(key)) done.set(key, a.date);
  }
  const doneIn = (date: IsoDate) => done.get(sliceKey(set, date)) ?? null;
  return {
    first: [...done.values()].sort()[0] ?? null,
    counts: (date) => {
      const day = doneIn(date);
      return day !== null && date >= day;
    },
    doneIn,
  };
}

/**
 * What an entry of a promise `after` another is held to, for listing it: the other promise, and the
 * done day that rules an entry dated `date` (its year's for a milestone done once a year); null while
 * not done then. The entry counts from that day on.
 */
export interface AfterDone {
  other: CommitmentDef;
  doneFor(date: IsoDate): IsoDate | null;
}

/** The AfterDone of `commitment`, from the other promise's tally; null without `after`. */
export function afterDone(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  otherTally: Tally,
): AfterDone | null {
  const other = afterOf(commitment, set);
  if (!other) return null;
  const gate = yearGate(other, set, otherTally);
  if (gate) return { other, doneFor: gate.doneIn };
  const done = doneDate(other, otherTally);
  return { other, doneFor: () => done };
}

/**
 * The part of a unit (a year, a term) a promise `after` a milestone done once a year is paced over:
 * from this year's done day, the weeks before it not the group's to fill; null while this year's is not
 * done (nothing can count yet: "väntar på"). Without such a gate, the whole unit.
 */
export function pacedUnit(unit: Period, gate: AfterGate | undefined): Period | null {
  if (!gate) return unit;
  const done = gate.doneIn(unit.start);
  if (done === null) return null;
  return done > unit.start ? { start: done, end: unit.end } : unit;
}

/**
 * The weeks a count over the whole window is paced over, `after` a milestone done once a year: in each
 * year those whose Thursday is on or after that year's done day. A year whose milestone is not done
 * keeps only its weeks still ahead (this one included): the weeks gone by held nothing to fill. `keep`
 * leaves out weeks for another reason (`months`).
 */
export function weeksAfterDone(
  weeks: { firstSerial: number; total: number; completed: number },
  gate: AfterGate,
  keep: (serial: number) => boolean,
): { total: number; completed: number } {
  let total = 0;
  let completed = 0;
  for (let i = 0; i < weeks.total; i++) {
    const serial = weeks.firstSerial + i;
    if (!keep(serial)) continue;
    const thursday = fromDayNumber(serial * 7);
    const done = gate.doneIn(thursday);
    if (done === null ? i < weeks.completed : thursday < done) continue;
    total++;
    if (i < weeks.completed) completed++;
  }
  return { total, completed };
}
