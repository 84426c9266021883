// Windows of N consecutive weeks, shared by every-n-weeks (a window without one is a breach) and
// regular (N silent weeks is a warning): which windows were kept, the gaps, and when the next one
// is due at the latest.
import type { CommitmentDef } from '../promise-set/schema.ts';
import type { Outcome } from '../types.ts';
import { outcomeOf } from './outcome.ts';
import type { PreparedRule } from './tally.ts';
import type { Timeline } from './timeline.ts';
import type { EvaluationBase, Gap, WeekRef, WeekWindowFields } from './types.ts';

export interface WeekRuns {
  /** Index of the latest week with one, -1 when none yet. */
  lastIndex: number;
  windowsTotal: number;
  windowsKept: number;
  windowsBroken: number;
  gaps: Gap[];
  longestGap: number;
  /** Latest week index for the next one; null when the window needs no more. */
  nextDueIndex: number | null;
  /** The latest week for the next one has been completed without one. */
  overdue: boolean;
  /** Completed weeks since the latest one. */
  silentWeeks: number;
}

export function analyseWeekRuns(weekCounts: readonly number[], timeline: Timeline, n: number): WeekRuns {
  const { total, completed } = timeline;
  let lastIndex = -1;
  for (let i = Math.min(total, Math.max(0, timeline.currentIndex + 1)) - 1; i >= 0; i--) {
    if ((weekCounts[i] ?? 0) > 0) {
      lastIndex = i;
      break;
    }
  }
  // A period shorter than N weeks is one window.
  const size = Math.min(n, total);
  const windowsTotal = total === 0 ? 0 : total - size + 1;
  const prefix = [0];
  for (let i = 0; i < total; i++) prefix.push((prefix[i] ?? 0) + ((weekCounts[i] ?? 0) > 0 ? 1 : 0));
  let windowsKept = 0;
  let windowsBroken = 0;
  for (let i = 0; i < windowsTotal; i++) {
    const held = (prefix[i + size] ?? 0) - (prefix[i] ?? 0);
    if (held > 0) windowsKept++;
    else if (i + size <= completed) windowsBroken++;
  }
  const gaps: Gap[] = [];
  let longestGap = 0;
  let runStart = 0;
  for (let i = 0; i <= completed; i++) {
    const empty = i < completed && (weekCounts[i] ?? 0) === 0;
    if (empty) continue;
    const length = i - runStart;
    longestGap = Math.max(longestGap, length);
    if (length >= size && size > 0) {
      gaps.push({ from: timeline.weekRef(runStart), to: timeline.weekRef(i - 1), weeks: length });
    }
    runStart = i + 1;
  }
  const latest = lastIndex + n;
  const overdue = !timeline.ended && latest < completed;
  const dueIndex = Math.max(latest, completed);
  return {
    lastIndex,
    windowsTotal,
    windowsKept,
    windowsBroken,
    gaps,
    longestGap,
    nextDueIndex: timeline.ended || dueIndex >= total ? null : dueIndex,
    overdue,
    silentWeeks: Math.max(0, completed - 1 - lastIndex),
  };
}

/**
 * What every rule judged by runs of `n` weeks reports (every-N-weeks, regular): the runs, the outcome by
 * the share of windows kept, and the figures a reader needs. Rule-specific status and alerts come on top.
 */
export function evaluateWeekWindows<K extends string>(
  kind: K,
  commitment: CommitmentDef,
  prepared: PreparedRule,
  n: number,
): {
  runs: WeekRuns;
  outcome: Outcome;
  nextDueWeek: WeekRef | null;
  base: Omit<EvaluationBase<K>, 'status' | 'outcome' | 'alerts'> & WeekWindowFields;
} {
  const { timeline, tally } = prepared;
  const { count, weekCounts } = tally;
  const runs = analyseWeekRuns(weekCounts, timeline, n);
  const { total, completed } = timeline;
  const share = runs.windowsTotal === 0 ? 0 : runs.windowsKept / runs.windowsTotal;
  const nextDueWeek = runs.nextDueIndex === null ? null : timeline.weekRef(runs.nextDueIndex);
  return {
    runs,
    outcome: outcomeOf(share, commitment.partialShare),
    nextDueWeek,
    base: {
      kind,
      count,
      target: n,
      weeks: { completed, total },
      ended: timeline.ended,
      weeksLeft: total - completed,
      weekCounts,
      lastWeek: runs.lastIndex < 0 ? null : timeline.weekRef(runs.lastIndex),
      nextDueWeek,
      gaps: runs.gaps,
      longestGap: runs.longestGap,
      windowsKept: runs.windowsKept,
      windowsBroken: runs.windowsBroken,
      windowsTotal: runs.windowsTotal,
    },
  };
}
