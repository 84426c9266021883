// milestone: a one-off deliverable ("en kartläggning senast juni"), or `times` of them ("den årliga
// trygghetsvandringen" in a two-year period). Without `due` it must be done by the period's end.
// `släpar` once due this week or next with too few planned, or (several) a whole one behind pro rata.
import { z } from 'zod';
import { isoDate, positiveInt } from '../../promise-set/schema-parts.ts';
import { addDays } from '../../time/day-number.ts';
import { formatDate, formatDay } from '../../time/format-swedish.ts';
import { isoWeekOf, weekSerialOfDate } from '../../time/iso-week.ts';
import type { IsoDate } from '../../types.ts';
import { activityNoun, capitalise, countOf } from '../noun.ts';
import { finalStatus, outcomeOf } from '../outcome.ts';
import { deliverablePace } from '../pace.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, WeekRef } from '../types.ts';
import { defineRule } from './define-rule.ts';
import { missedWhileRunning } from './missed-due.ts';
import { word } from './wording.ts';

/** A one-off deliverable (or `times` of them); without `due` it must be done by the period's end. */
export const milestoneSchema = z.strictObject({
  kind: z.literal('milestone'),
  due: isoDate.optional(),
  remindFrom: isoDate.optional(),
  /** "den årliga X" in a two-year period: 2. */
  times: positiveInt.default(1),
});

export interface MilestoneEvaluation extends EvaluationBase<'milestone'> {
  /** The due date, or the period's end. */
  due: IsoDate;
  /** The date the last needed one was done; null while not done. */
  doneDate: IsoDate | null;
  /** Date of the latest qualifying activity. */
  lastDate: IsoDate | null;
  nextDueWeek: WeekRef | null;
  needed: number;
}

export const milestoneRule = defineRule('milestone', {
  evaluate(rule, { commitment, set, prepared }): MilestoneEvaluation {
    const { times } = rule;
    const { timeline, tally } = prepared;
    const due = rule.due ?? timeline.window.end;
    // Without a due date the reminders start six weeks before the end; with one, on the 1st of its month.
    const remindFrom = rule.remindFrom ?? (rule.due ? `${due.slice(0, 7)}-01` : addDays(due, -42));
    const dates = tally.qualifying
      .flatMap((a) => new Array<string>(Math.max(0, a.count)).fill(a.date))
      .sort();
    const count = dates.length;
    const doneDate = count >= times ? dates[times - 1]! : null;
    const { total, completed } = timeline;
    const base = {
      kind: 'milestone' as const,
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
    if (timeline.ended) {
      // Due before the period's end and missed: the digest lists it as missed, not among those on track.
      const alerts = missedWhileRunning(due, timeline.today, set, () => {
        const noun = activityNoun(commitment);
        return times === 1 ? capitalise(noun.one) : capitalise(countOf(times, noun));
      });
      return { ...base, status: finalStatus(outcome), outcome, needed: times - count, alerts };
    }

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
    const pace = deliverablePace(
      times,
      count,
      timeline,
      weekSerialOfDate(due) - weekSerialOfDate(timeline.today),
      plannedBetween(tally, timeline.today, due).length,
    );
    return { ...base, status: pace.behind ? 'släpar' : 'i fas', outcome, needed: times - count, alerts };
  },

  describeTarget(rule, commitment) {
    const noun = activityNoun(commitment);
    const what = rule.times > 1 ? countOf(rule.times, noun) : `en ${noun.one}`;
    return rule.due ? `${what} senast ${formatDate(rule.due, true)}` : `${what} under perioden`;
  },

  statusLine(ps, words) {
    if (ps.doneDate) return `klar ${words.day(ps.doneDate)} · uppfyllt`;
    const done = ps.target > 1 ? `${ps.count} av ${ps.target} klara · ` : '';
    return `${done}senast ${formatDay(ps.due, true)} · ${word(ps)}`;
  },

  reportFigures(ps) {
    const done = ps.doneDate ? `klar ${formatDay(ps.doneDate, true)}` : 'inte klar';
    const times = ps.target > 1 ? `${ps.count} av ${ps.target}, ` : '';
    return [`${times}${done} (senast ${formatDate(ps.due, true)})`];
  },

  reportsPlaces: false,

  reportScope: () => ({ mode: 'cumulative', weeks: false }),
});
