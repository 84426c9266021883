// deadline: a deliverable logged on or before `due`. Its window runs from the period's start to
// `due`, so a summary due in January is still "i fas" after the period itself has ended.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { formatDay } from '../time/format-swedish.ts';
import { isoWeekOf } from '../time/iso-week.ts';
import type { Activity } from '../types.ts';
import { activityNoun, capitalise } from './noun.ts';
import { type PreparedRule, prepareRule } from './tally.ts';
import type { Alert, RuleEvaluation } from './types.ts';

export function evaluateDeadline(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'deadline')
    throw new Error(`evaluateDeadline got a ${commitment.rule.kind} rule`);
  const { due } = commitment.rule;
  const remindFrom = commitment.rule.remindFrom ?? `${due.slice(0, 7)}-01`;
  const { timeline, tally } = prepared;
  const { qualifying, count, weekCounts } = tally;
  const { total, completed } = timeline;
  const doneDate = qualifying.reduce<string | null>(
    (min, a) => (min === null || a.date < min ? a.date : min),
    null,
  );
  const dueWeek = timeline.weekRef(timeline.indexOf(due));
  const base = {
    count,
    target: 1,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts,
    due,
    doneDate,
    nextDueWeek: doneDate || timeline.ended ? null : dueWeek,
  };
  if (doneDate) return { ...base, status: 'uppfyllt', outcome: 'uppfyllt', needed: 0, alerts: [] };
  if (timeline.ended)
    return { ...base, status: 'ej uppfyllt', outcome: 'ej uppfyllt', needed: 1, alerts: [] };

  const alerts: Alert[] = [];
  if (timeline.today >= remindFrom) {
    const week = isoWeekOf(due);
    alerts.push({
      code: 'deadline-approaching',
      severity: 'warning',
      message: `${capitalise(activityNoun(commitment).one)} senast ${formatDay(due, true)} (v.${week.week}): inte klar än`,
      by: due,
    });
  }
  return { ...base, status: 'i fas', outcome: 'ej uppfyllt', needed: 1, alerts };
}
