// deadline: a deliverable logged on or before `due`. Its window runs from the period's start to
// `due`, so a summary due in January is still "i fas" after the period itself has ended; `släpar`
// once due this week or next with nothing planned by then.
import { z } from 'zod';
import { isoDate, monthsFields } from '../../promise-set/schema-parts.ts';
import { formatDate, formatDay, formatDueDay } from '../../time/format-swedish.ts';
import { weekSerialOfDate } from '../../time/iso-week.ts';
import type { IsoDate } from '../../types.ts';
import { activityNoun, capitalise } from '../noun.ts';
import { deliverablePace } from '../pace.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, WeekRef } from '../types.ts';
import { defineRule } from './define-rule.ts';
import { lateText } from './milestone.ts';
import { missedWhileRunning } from './missed-due.ts';

/** A deliverable done (logged) no later than `due`. */
export const deadlineSchema = z.strictObject({
  kind: z.literal('deadline'),
  ...monthsFields,
  due: isoDate,
  /** Days before `due` when reminders start (default: from the 1st of due's month). */
  remindFrom: isoDate.optional(),
});

export interface DeadlineEvaluation extends EvaluationBase<'deadline'> {
  due: IsoDate;
  /** The date it was done; null while not done. */
  doneDate: IsoDate | null;
  /** Done after the due date (inside the period): `delvis uppfyllt`, never `uppfyllt` (see milestone). */
  lateDate?: IsoDate;
  /** The week of the due date while not done. */
  nextDueWeek: WeekRef | null;
  needed: number;
}

export const deadlineRule = defineRule('deadline', {
  evaluate(rule, { commitment, set, prepared }): DeadlineEvaluation {
    const { due } = rule;
    const remindFrom = rule.remindFrom ?? `${due.slice(0, 7)}-01`;
    const { timeline, tally } = prepared;
    const { qualifying, count, weekCounts } = tally;
    const { total, completed } = timeline;
    const doneDate = qualifying.reduce<string | null>(
      (min, a) => (min === null || a.date < min ? a.date : min),
      null,
    );
    const dueWeek = timeline.weekRef(timeline.indexOf(due));
    const base = {
      kind: 'deadline' as const,
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
    if (timeline.ended) {
      const lateDate = tally.late.map((a) => a.date).sort()[0];
      if (lateDate) {
        return {
          ...base,
          lateDate,
          status: 'ej uppfyllt',
          outcome: 'delvis uppfyllt',
          needed: 0,
          alerts: [],
        };
      }
      const alerts = missedWhileRunning(due, timeline.today, set, () =>
        capitalise(activityNoun(commitment).one),
      );
      return { ...base, status: 'ej uppfyllt', outcome: 'ej uppfyllt', needed: 1, alerts };
    }

    const alerts: Alert[] = [];
    if (timeline.today >= remindFrom) {
      alerts.push({
        code: 'deadline-approaching',
        severity: 'warning',
        message: `${capitalise(activityNoun(commitment).one)} senast ${formatDueDay(due)}: inte klar än`,
        by: due,
      });
    }
    const pace = deliverablePace(
      1,
      0,
      timeline,
      weekSerialOfDate(due) - weekSerialOfDate(timeline.today),
      plannedBetween(tally, timeline.today, due).length,
    );
    return { ...base, status: pace.behind ? 'släpar' : 'i fas', outcome: 'ej uppfyllt', needed: 1, alerts };
  },

  describeTarget: (rule) => `klar senast ${formatDate(rule.due, true)}`,

  statusLine(ps, words) {
    if (ps.doneDate) return `klar ${words.day(ps.doneDate)} · uppfyllt`;
    if (ps.lateDate) return `${lateText(ps.lateDate, ps.due, words)} · ${ps.outcome}`;
    return `senast ${formatDay(ps.due, true)} · ${ps.status}`;
  },

  reportFigures(ps, { words }) {
    if (ps.lateDate) return [capitalise(lateText(ps.lateDate, ps.due, words))];
    return [
      ps.doneDate
        ? `Klar ${formatDay(ps.doneDate, true)} (senast ${formatDate(ps.due, true)})`
        : `Inte klar än, senast ${formatDate(ps.due, true)}`,
    ];
  },

  reportsPlaces: false,

  reportScope: () => ({ mode: 'cumulative', weeks: false }),
});
