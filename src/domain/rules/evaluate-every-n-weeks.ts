// every-N-weeks: every run of N consecutive weeks of the period holds at least one. After the last
// one in week L the next is due by L+N. A broken window cannot be repaired, so the promise stays
// "släpar" for the rest of the period — "i fas" would claim it can still be fully kept.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { activityNoun, capitalise } from './noun.ts';
import { finalStatus } from './outcome.ts';
import { type PreparedRule, plannedBetween, prepareRule } from './tally.ts';
import type { Alert, RuleEvaluation, WeekRef } from './types.ts';
import { evaluateWeekWindows } from './week-runs.ts';

/** Weekend promises ("bemanning en helg") read best with the Saturday–Sunday dates. */
export function isWeekendPromise(commitment: CommitmentDef): boolean {
  if (commitment.rule.kind === 'every-n-weeks' && commitment.rule.weekend !== undefined) {
    return commitment.rule.weekend;
  }
  return [commitment.id, commitment.title, ...commitment.words].some((w) => /helg/i.test(w));
}

export function weekDatesFor(commitment: CommitmentDef, week: WeekRef): string {
  return isWeekendPromise(commitment) ? week.weekendDates : week.dates;
}

export function evaluateEveryNWeeks(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'every-n-weeks') {
    throw new Error(`evaluateEveryNWeeks got a ${commitment.rule.kind} rule`);
  }
  const n = commitment.rule.weeks;
  const { timeline, tally } = prepared;
  const { completed } = timeline;
  const windows = evaluateWeekWindows(commitment, prepared, n);
  const { runs, outcome, nextDueWeek } = windows;
  const base = { ...windows.base, weekend: isWeekendPromise(commitment) };
  if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [];
  if (runs.overdue && nextDueWeek) {
    const missed = timeline.weekRef(runs.lastIndex + n);
    const since =
      runs.lastIndex < 0 ? 'sedan periodens början' : `sedan ${timeline.weekRef(runs.lastIndex).label}`;
    alerts.push({
      code: 'window-overdue',
      severity: 'breach',
      message: `Ingen ${noun.one} ${since}: senast ${missed.label} har passerat. Nästa ${noun.one} behövs denna vecka, ${nextDueWeek.label} (${weekDatesFor(commitment, nextDueWeek)})`,
      by: nextDueWeek.end,
    });
  } else if (runs.windowsBroken > 0) {
    const spans = runs.gaps.map((g) => (g.weeks === 1 ? g.from.label : `${g.from.label}–${g.to.week}`));
    alerts.push({
      code: 'window-broken',
      severity: 'breach',
      message: `${capitalise(noun.one)} saknades ${spans.join(', ')}: ${runs.windowsBroken} av ${runs.windowsTotal} perioder om ${n} veckor utan`,
    });
  }
  if (!runs.overdue && nextDueWeek && runs.nextDueIndex !== null && runs.nextDueIndex - completed <= 1) {
    const plannedInWindow = plannedBetween(tally, timeline.today, nextDueWeek.end).length > 0;
    if (!plannedInWindow) {
      alerts.push({
        code: 'window-closing',
        severity: 'warning',
        message: `Nästa ${noun.one} senast ${nextDueWeek.label} (${weekDatesFor(commitment, nextDueWeek)})`,
        by: nextDueWeek.end,
      });
    }
  }
  return { ...base, status: runs.windowsBroken > 0 ? 'släpar' : 'i fas', outcome, alerts };
}
