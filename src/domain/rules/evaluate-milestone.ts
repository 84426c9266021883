// milestone: a one-off deliverable ("en kartläggning senast juni"), or `times` of them ("den årliga
// trygghetsvandringen" in a two-year period). Without `due` it must be done by the period's end.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { addDays } from '../time/day-number.ts';
import { formatDay } from '../time/format-swedish.ts';
import { isoWeekOf } from '../time/iso-week.ts';
import type { Activity } from '../types.ts';
import { activityNoun, capitalise, countOf } from './noun.ts';
import { finalStatus, outcomeOf } from './outcome.ts';
import { type PreparedRule, prepareRule } from './tally.ts';
import type { Alert, RuleEvaluation } from './types.ts';

export function evaluateMilestone(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'milestone')
    throw new Error(`evaluateMilestone got a ${commitment.rule.kind} rule`);
  const { times } = commitment.rule;
  const { timeline, tally } = prepared;
  const due = commitment.rule.due ?? timeline.window.end;
  // Without a due date the reminders start six weeks before the end; with one, on the 1st of its month.
  const remindFrom =
    commitment.rule.remindFrom ?? (commitment.rule.due ? `${due.slice(0, 7)}-01` : addDays(due, -42));
  const dates = tally.qualifying.flatMap((a) => new Array<string>(Math.max(0, a.count)).fill(a.date)).sort();
  const count = dates.length;
  const doneDate = count >= times ? dates[times - 1]! : null;
  const { total, completed } = timeline;
  const base = {
    count,
    target: times,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts: tally.weekCounts,
    due,
    doneDate,
    lastDate: dates.at(-1) ?? null,
    nextDueWeek: doneDate || timeline.ended ? null : timeline.weekRef(timeline.indexOf(due)),
  };
  if (doneDate) return { ...base, status: 'uppfyllt', outcome: 'uppfyllt', needed: 0, alerts: [] };
  const outcome = outcomeOf(count / times, commitment.partialShare);
  if (timeline.ended)
    return { ...base, status: finalStatus(outcome), outcome, needed: times - count, alerts: [] };

  const alerts: Alert[] = [];
  if (timeline.today >= remindFrom) {
    const noun = activityNoun(commitment);
    const left = times - count;
    const what = times === 1 ? capitalise(noun.one) : capitalise(`${countOf(left, noun)} till`);
    alerts.push({
      code: 'deadline-approaching',
      severity: 'warning',
      message: `${what} senast ${formatDay(due, true)} (v.${isoWeekOf(due).week}): inte klar än`,
      by: due,
    });
  }
  return { ...base, status: 'i fas', outcome, needed: times - count, alerts };
}
