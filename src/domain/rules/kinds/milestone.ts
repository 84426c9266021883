// milestone: a one-off deliverable ("en kartläggning senast juni"), or `times` of them ("den årliga
// trygghetsvandringen" in a two-year period). Without `due` it must be done by the period's end.
// `släpar` once due this week or next with too few planned, or (several) a whole one behind pro rata.
// In a multi-year set whose targets reset each year (`resetsEach`), one without `due` is due each year.
import { z } from 'zod';
import { effectivePeriod } from '../../promise-set/effective-period.ts';
import { isoDate, monthsFields, positiveInt } from '../../promise-set/schema-parts.ts';
import type { DateWords } from '../../time/date-words.ts';
import { addDays } from '../../time/day-number.ts';
import { formatDate, formatDay, formatDueDay } from '../../time/format-swedish.ts';
import { weekSerialOfDate } from '../../time/iso-week.ts';
import type { IsoDate } from '../../types.ts';
import { activityNoun, capitalise, countOf } from '../noun.ts';
import { finalStatus, outcomeOf, worstOutcome } from '../outcome.ts';
import { deliverablePace } from '../pace.ts';
import { slicesOfWindow } from '../slices.ts';
import { plannedBetween, type Tally } from '../tally.ts';
import { type Timeline, windowTimeline } from '../timeline.ts';
import type { Alert, EvaluationBase, WeekRef, YearOutcome } from '../types.ts';
import { defineRule, type RuleInput } from './define-rule.ts';
import { missedWhileRunning } from './missed-due.ts';
import { word } from './wording.ts';

/** A one-off deliverable (or `times` of them); without `due` it must be done by the period's end. */
export const milestoneSchema = z.strictObject({
  kind: z.literal('milestone'),
  ...monthsFields,
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
  /**
   * Done, but after the due date (inside the period): the date the last needed one was done. The
   * promise named the date, so the outcome is `delvis uppfyllt`, never `uppfyllt`.
   */
  lateDate?: IsoDate;
  /** Date of the latest qualifying activity. */
  lastDate: IsoDate | null;
  nextDueWeek: WeekRef | null;
  needed: number;
}

/** What a milestone's evaluation needs of its promise (the rule input without the tally). */
interface MilestoneInput {
  times: number;
  due: IsoDate;
  remindFrom: IsoDate;
  commitment: RuleInput['commitment'];
  set: RuleInput['set'];
  /** The whole window's timeline: week indices of `weekCounts` and `nextDueWeek`. */
  timeline: Timeline;
  /** The timeline the milestone is paced on: the whole window, or a year of a multi-year set. */
  paced: Timeline;
  tally: Tally;
  /** One date per qualifying activity done within the paced window, in date order. */
  dates: readonly IsoDate[];
  /** One date per activity done after `due` inside the period (tally.late), in date order. */
  lateDates: readonly IsoDate[];
}

function evaluateWithin(input: MilestoneInput): MilestoneEvaluation {
  const { times, due, remindFrom, commitment, set, timeline, paced, tally, dates, lateDates } = input;
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
    nextDueWeek: doneDate || paced.ended ? null : timeline.weekRef(timeline.indexOf(due)),
  };
  if (doneDate) return { ...base, status: 'uppfyllt', outcome: 'uppfyllt', needed: 0, alerts: [] };
  const outcome = outcomeOf(count / times, commitment.partialShare);
  if (paced.ended) {
    // Done after its due date: the work was delivered, the promised date was not kept. A careful group
    // reports that as partly kept, with both dates; nothing is left to do, so no alert.
    const lateDate = count + lateDates.length >= times ? lateDates[times - count - 1]! : null;
    if (lateDate) {
      const outcome = 'delvis uppfyllt';
      return { ...base, lateDate, status: finalStatus(outcome), outcome, needed: 0, alerts: [] };
    }
    // Due before the period's end and missed: the digest lists it as missed, not among those on track.
    const alerts = missedWhileRunning(due, paced.today, set, () => {
      const noun = activityNoun(commitment);
      return times === 1 ? capitalise(noun.one) : capitalise(countOf(times, noun));
    });
    return { ...base, status: finalStatus(outcome), outcome, needed: times - count, alerts };
  }

  const alerts: Alert[] = [];
  if (paced.today >= remindFrom) {
    const noun = activityNoun(commitment);
    const left = times - count;
    const what = times === 1 ? capitalise(noun.one) : capitalise(`${countOf(left, noun)} till`);
    alerts.push({
      code: 'deadline-approaching',
      severity: 'warning',
      message: `${what} senast ${formatDueDay(due)}: inte klar än`,
      by: due,
    });
  }
  const pace = deliverablePace(
    times,
    count,
    paced,
    weekSerialOfDate(due) - weekSerialOfDate(paced.today),
    plannedBetween(tally, paced.today, due).length,
  );
  return { ...base, status: pace.behind ? 'släpar' : 'i fas', outcome, needed: times - count, alerts };
}

/** One date per activity (an entry counting 2 is two), in date order. */
function doneDates(activities: Tally['qualifying'], from: IsoDate, to: IsoDate): IsoDate[] {
  return activities
    .filter((a) => a.date >= from && a.date <= to)
    .flatMap((a) => new Array<string>(Math.max(0, a.count)).fill(a.date))
    .sort();
}

/** `klar 14 mars 2020, efter sista dag 28 februari`: done, and late, with both dates. */
export function lateText(lateDate: IsoDate, due: IsoDate, words: DateWords): string {
  return `klar ${words.date(lateDate)}, efter sista dag ${words.date(due)}`;
}

/** Without a due date the reminders start six weeks before the end; with one, on the 1st of its month. */
const remindFromOf = (rule: { due?: IsoDate; remindFrom?: IsoDate }, due: IsoDate): IsoDate =>
  rule.remindFrom ?? (rule.due ? `${due.slice(0, 7)}-01` : addDays(due, -42));

export const milestoneRule = defineRule('milestone', {
  evaluate(rule, { commitment, set, prepared }): MilestoneEvaluation {
    const { times } = rule;
    const { timeline, tally } = prepared;
    const common = { times, commitment, set, timeline, tally };
    const slices =
      rule.due === undefined && set.period.resetsEach ? slicesOfWindow(set, timeline.window) : [];
    if (slices.length <= 1) {
      const due = rule.due ?? timeline.window.end;
      const dates = doneDates(tally.qualifying, timeline.window.start, timeline.window.end);
      // tally.late holds only entries after `due` inside the period.
      const lateDates = doneDates(tally.late, due, effectivePeriod(set).end);
      const remindFrom = remindFromOf(rule, due);
      return evaluateWithin({ ...common, due, remindFrom, paced: timeline, dates, lateDates });
    }
    // A multi-year set (`resetsEach`) without a due date: one milestone each year, due at the year's
    // end and met only by that year's entries, as the same rule on a one-year period. The status is
    // the current year's (the last year's once the period has ended); every ended year is listed.
    const perSlice = slices.map((slice) => {
      const paced = windowTimeline(slice, timeline.now, timeline.timeZone, timeline.setPeriod);
      const dates = doneDates(tally.qualifying, slice.start, slice.end);
      return {
        slice,
        evaluation: evaluateWithin({
          ...common,
          due: slice.end,
          remindFrom: remindFromOf(rule, slice.end),
          paced,
          dates,
          lateDates: [],
        }),
      };
    });
    const today = timeline.today;
    const years: YearOutcome[] = perSlice
      .filter(({ slice }) => timeline.ended || slice.end < today)
      .map(({ slice, evaluation: e }) => ({
        label: slice.label,
        outcome: e.outcome,
        figure: e.doneDate
          ? `klar ${formatDate(e.doneDate, true)}`
          : times > 1
            ? `${e.count} av ${times}`
            : 'inte klar',
      }));
    const current = perSlice.find(({ slice }) => today <= slice.end) ?? perSlice.at(-1)!;
    const own = current.evaluation;
    const withYears = { ...own, ...(years.length > 0 ? { years } : {}) };
    if (!timeline.ended) return withYears;
    const outcome = worstOutcome(years.map((y) => y.outcome));
    return { ...withYears, status: finalStatus(outcome), outcome };
  },

  describeTarget(rule, commitment, set) {
    const noun = activityNoun(commitment);
    const what = rule.times > 1 ? countOf(rule.times, noun) : `en ${noun.one}`;
    if (rule.due) return `${what} senast ${formatDate(rule.due, true)}`;
    // Without a due date a multi-year set's milestone is due each year (school year), not once.
    const each = { year: 'varje år', 'school-year': 'varje läsår' } as const;
    return `${what} ${set.period.resetsEach ? each[set.period.resetsEach] : 'under perioden'}`;
  },

  statusLine(ps, words) {
    if (ps.doneDate) return `klar ${words.day(ps.doneDate)} · uppfyllt`;
    if (ps.lateDate) return `${lateText(ps.lateDate, ps.due, words)} · ${word(ps)}`;
    const done = ps.target > 1 ? `${ps.count} av ${ps.target} klara · ` : '';
    return `${done}senast ${formatDay(ps.due, true)} · ${word(ps)}`;
  },

  reportFigures(ps, { words }) {
    if (ps.lateDate) {
      const times = ps.target > 1 ? `${ps.target} av ${ps.target}, den sista ` : '';
      return [`${times}${lateText(ps.lateDate, ps.due, words)}`];
    }
    const done = ps.doneDate ? `klar ${formatDay(ps.doneDate, true)}` : 'inte klar';
    const times = ps.target > 1 ? `${ps.count} av ${ps.target}, ` : '';
    return [`${times}${done} (senast ${formatDate(ps.due, true)})`];
  },

  reportsPlaces: false,

  reportScope: () => ({ mode: 'cumulative', weeks: false }),
});
