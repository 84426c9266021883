// every-N-weeks: every run of N consecutive weeks of the period holds at least one. After the last
// one in week L the next is due by L+N. A broken window cannot be repaired, so the promise stays
// "släpar" for the rest of the period — "i fas" would claim it can still be fully kept.
import { z } from 'zod';
import type { CommitmentDef, PromiseSetDef } from '../../promise-set/schema.ts';
import { monthsFields, positiveInt } from '../../promise-set/schema-parts.ts';
import { everyNthWeek } from '../../report/swedish-words.ts';
import { activityNoun, capitalise, countOf, NOUNS, weeksText } from '../noun.ts';
import { finalStatus, worstOutcome } from '../outcome.ts';
import { type PreparedRule, plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, WeekRef, WeekWindowFields, YearOutcome } from '../types.ts';
import { evaluateWeekWindows } from '../week-runs.ts';
import { yearStretches } from '../year-stretches.ts';
import { defineRule, type RuleOf } from './define-rule.ts';
import { gapText, nextText, weeksWithOne } from './wording.ts';

/** Every run of `weeks` consecutive ISO weeks of the period holds at least one. */
export const everyNWeeksSchema = z.strictObject({
  kind: z.literal('every-n-weeks'),
  ...monthsFields,
  weeks: positiveInt,
  /** Show weeks by their Saturday–Sunday dates (default: when the promise speaks of "helg"). */
  weekend: z.boolean().optional(),
});

export interface EveryNWeeksEvaluation extends EvaluationBase<'every-n-weeks'>, WeekWindowFields {
  /** Weeks read as their Saturday–Sunday (weekend promises). */
  weekend: boolean;
  /** A multi-year set before its end: the year the windows, last and next week speak of (`2020`). */
  year?: string;
}

/** Weekend promises ("bemanning en helg") read best with the Saturday–Sunday dates. */
export function isWeekendPromise(commitment: CommitmentDef): boolean {
  if (commitment.rule.kind === 'every-n-weeks' && commitment.rule.weekend !== undefined) {
    return commitment.rule.weekend;
  }
  return [commitment.id, commitment.title, ...commitment.words].some((w) => /helg/i.test(w));
}

function weekDatesFor(commitment: CommitmentDef, week: WeekRef): string {
  return isWeekendPromise(commitment) ? week.weekendDates : week.dates;
}

/**
 * The windows of one stretch of weeks: the period, or one year (slice) of a multi-year set.
 * `startWords` names its beginning ("periodens början", "årets början").
 */
function evaluateStretch(
  rule: RuleOf<'every-n-weeks'>,
  commitment: CommitmentDef,
  prepared: PreparedRule,
  startWords: string,
): EveryNWeeksEvaluation {
  const n = rule.weeks;
  const { timeline, tally } = prepared;
  const { completed } = timeline;
  const windows = evaluateWeekWindows('every-n-weeks', commitment, prepared, n);
  const { runs, outcome, nextDueWeek } = windows;
  const base = { ...windows.base, weekend: isWeekendPromise(commitment) };
  if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [];
  if (runs.overdue && nextDueWeek) {
    const missed = timeline.weekRef(runs.lastIndex + n);
    const since =
      runs.lastIndex < 0 ? `sedan ${startWords}` : `sedan ${timeline.weekRef(runs.lastIndex).label}`;
    alerts.push({
      code: 'window-overdue',
      severity: 'breach',
      message: `Ingen ${noun.one} ${since}: senast ${missed.label} har passerat. Nästa ${noun.one} behövs denna vecka, ${nextDueWeek.label} (${weekDatesFor(commitment, nextDueWeek)})`,
      by: nextDueWeek.end,
    });
  } else if (runs.windowsBroken > 0) {
    // `v.9–11`, `v.9–11 2021`, `v.51 2020–2 2021`: a run across New Year names both years.
    const spans = runs.gaps.map((g) => timeline.words.weekSpan(g.from, g.to));
    alerts.push({
      code: 'window-broken',
      severity: 'breach',
      message: `${capitalise(noun.one)} saknades ${spans.join(', ')}: ${runs.windowsBroken} av ${countOf(runs.windowsTotal, NOUNS.period)} om ${weeksText(n)} utan`,
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

/**
 * A multi-year set (`resetsEach`): each year's windows are its own weeks (those whose Thursday is in
 * it), so no window straddles New Year and a year's breach stays that year's. The status is the
 * current year's; an ended year's outcome is listed in `years`; the period's outcome is the worst year's.
 */
function evaluateByYear(
  rule: RuleOf<'every-n-weeks'>,
  commitment: CommitmentDef,
  set: PromiseSetDef,
  prepared: PreparedRule,
): EveryNWeeksEvaluation {
  const { timeline, tally } = prepared;
  const startWords = set.period.resetsEach === 'school-year' ? 'läsårets början' : 'årets början';
  const stretches = yearStretches(set, prepared).map((year) => ({
    label: year.label,
    ended: year.prepared.timeline.ended,
    evaluation: evaluateStretch(rule, commitment, year.prepared, startWords),
  }));
  const last = stretches.at(-1);
  if (!last) return evaluateStretch(rule, commitment, prepared, 'periodens början');
  const years: YearOutcome[] = stretches
    .filter((s) => s.ended)
    .map((s) => ({
      label: s.label,
      outcome: s.evaluation.outcome,
      figure: `${s.evaluation.windowsKept} av ${countOf(s.evaluation.windowsTotal, NOUNS.period)} om ${weeksText(rule.weeks)}`,
    }));
  const whole = {
    count: tally.count,
    weekCounts: tally.weekCounts,
    weeks: { completed: timeline.completed, total: timeline.total },
    weeksLeft: timeline.total - timeline.completed,
    ended: timeline.ended,
    ...(years.length > 0 ? { years } : {}),
  };
  if (timeline.ended) {
    const all = stretches.map((s) => s.evaluation);
    const sum = (pick: (e: EveryNWeeksEvaluation) => number) => all.reduce((n, e) => n + pick(e), 0);
    const outcome = worstOutcome(all.map((e) => e.outcome));
    return {
      ...last.evaluation,
      ...whole,
      windowsKept: sum((e) => e.windowsKept),
      windowsBroken: sum((e) => e.windowsBroken),
      windowsTotal: sum((e) => e.windowsTotal),
      gaps: all.flatMap((e) => e.gaps),
      longestGap: Math.max(...all.map((e) => e.longestGap)),
      lastWeek: all.map((e) => e.lastWeek).findLast((w) => w !== null) ?? null,
      nextDueWeek: null,
      status: finalStatus(outcome),
      outcome,
      alerts: [],
    };
  }
  // The status is the current year's; the gaps (the report's chart and "Utan …") are every year's.
  const current = stretches.find((s) => !s.ended) ?? last;
  const gaps = stretches.flatMap((s) => s.evaluation.gaps);
  return { ...current.evaluation, ...whole, gaps, year: current.label };
}

export const everyNWeeksRule = defineRule('every-n-weeks', {
  evaluate(rule, { commitment, set, prepared }): EveryNWeeksEvaluation {
    if (!set.period.resetsEach) return evaluateStretch(rule, commitment, prepared, 'periodens början');
    return evaluateByYear(rule, commitment, set, prepared);
  },

  describeTarget(rule, commitment) {
    return `minst en ${activityNoun(commitment).one} ${everyNthWeek(rule.weeks)}`;
  },

  statusLine(ps) {
    if (ps.ended) {
      const gap = ps.longestGap ? `, längsta uppehåll ${weeksText(ps.longestGap)}` : '';
      return `${ps.windowsKept} av ${countOf(ps.windowsTotal, NOUNS.period)} om ${weeksText(ps.target)} hölls${gap} · ${ps.outcome}`;
    }
    const year = ps.year ? `${ps.year}: ` : '';
    const last = ps.lastWeek ? `senast ${ps.lastWeek.label}` : 'ingen än';
    const broken = ps.windowsBroken
      ? ` · ${ps.windowsBroken} av ${countOf(ps.windowsTotal, NOUNS.period)} missade`
      : '';
    return `${year}${last}${nextText(ps.nextDueWeek, ps.weekend)}${broken} · ${ps.status}`;
  },

  reportFigures(ps, { commitment, words }) {
    const noun = activityNoun(commitment);
    const held = weeksWithOne(ps);
    const what = ps.weekend
      ? /bemanning/.test(noun.one)
        ? countOf(held, { one: 'bemannad helg', many: 'bemannade helger' })
        : `${countOf(held, { one: 'helg', many: 'helger' })} med ${noun.one}`
      : `${weeksText(held)} med ${noun.one}`;
    const lines = [
      `${what}, ${gapText(ps.longestGap)}`,
      `${ps.year && !ps.ended ? `${ps.year}: ` : ''}${ps.windowsKept} av ${countOf(ps.windowsTotal, NOUNS.period)} om ${weeksText(ps.target)} hölls`,
    ];
    const broken = ps.gaps.filter((g) => g.weeks >= ps.target);
    if (broken.length > 0) {
      const spans = broken.map((g) =>
        g.weeks === 1
          ? words.weekSpan(g.from, g.to)
          : `${words.weekSpan(g.from, g.to)} (${words.range(g.from.start, g.to.end)})`,
      );
      lines.push(`Utan ${noun.one}: ${spans.join(', ')}`);
    }
    return lines;
  },

  reportsPlaces: false,

  reportScope: (rule) => ({ mode: 'within', weeks: true, leadInWeeks: rule.weeks - 1 }),
});
