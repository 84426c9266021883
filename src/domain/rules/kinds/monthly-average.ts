// monthly average ("minst en gång i månaden i snitt över året"): calendar months, not weeks. The
// count in completed months ÷ completed months, per slice of the period (each year on its own with
// `resetsEach`). Slipping when the average is under target, or when the last `silentMonths` completed
// months had none. Met as soon as the slice holds target × its months (the average can no longer fall
// under it); at the slice's end the outcome is the slice's count ÷ its months. The whole period's
// outcome is the worst slice's.
import { z } from 'zod';
import { monthsFields, positive, positiveInt } from '../../promise-set/schema-parts.ts';
import { formatAverage, formatNumber } from '../../time/format-swedish.ts';

import type { IsoDate, Outcome } from '../../types.ts';
import { unitsOfPeriod } from '../count-units.ts';
import { isSkippedDate, skippedMonthsOf, skippedMonthsText } from '../month-filter.ts';
import { activityNoun, capitalise, countOf, NOUNS, nounFor } from '../noun.ts';
import { finalStatus, outcomeOf, worstOutcome } from '../outcome.ts';
import { slicesOfWindow } from '../slices.ts';
import type { Alert, EvaluationBase } from '../types.ts';
import { defineRule } from './define-rule.ts';
import { word } from './wording.ts';

export const monthlyAverageSchema = z.strictObject({
  kind: z.literal('monthly-average'),
  ...monthsFields,
  target: positive,
  /** Slipping when the last N completed months had none (default 2, as the weekly average's K). */
  silentMonths: positiveInt.default(2),
});

export interface MonthSlice {
  /** `2020`, or `perioden` without `resetsEach`. */
  label: string;
  start: IsoDate;
  end: IsoDate;
  months: number;
  monthsCompleted: number;
  /** Qualifying in the slice's completed months (all of it once the slice has ended). */
  countCompleted: number;
  /** Qualifying in the slice so far. */
  count: number;
  average: number | null;
  ended: boolean;
  outcome: Outcome;
}

export interface MonthlyAverageEvaluation extends EvaluationBase<'monthly-average'> {
  /** The slice the status speaks of: the one holding today, or the last once the period has ended. */
  slice: MonthSlice;
  /** Every slice begun so far, in date order. */
  slices: MonthSlice[];
  needed: number;
}

export const monthlyAverageRule = defineRule('monthly-average', {
  evaluate(rule, { commitment, set, prepared }): MonthlyAverageEvaluation {
    const { target, silentMonths } = rule;
    const { timeline, tally } = prepared;
    const today = timeline.today;
    const sum = (from: IsoDate, to: IsoDate) =>
      tally.qualifying.filter((a) => a.date >= from && a.date <= to).reduce((n, a) => n + a.count, 0);
    // With `months`, only the included months are averaged over; a slice with none is no slice.
    const skipped = skippedMonthsOf(rule);
    const monthsOf = (span: { start: IsoDate; end: IsoDate }) =>
      unitsOfPeriod(span, 'month').filter((m) => !isSkippedDate(m.start, skipped));
    const all = slicesOfWindow(set, timeline.window).filter((s) => monthsOf(s).length > 0);
    // The slices begun so far; before the period, its first.
    const begun = all.filter((s, i) => i === 0 || s.start <= today || timeline.ended);
    const slices: MonthSlice[] = begun.map((s) => {
      const months = monthsOf(s);
      const ended = timeline.ended || s.end < today;
      const done = ended ? months : months.filter((m) => m.end < today);
      const count = sum(s.start, s.end);
      const countCompleted = ended ? count : done.length === 0 ? 0 : sum(s.start, done.at(-1)!.end);
      const average = done.length > 0 ? countCompleted / done.length : null;
      // Met once the slice holds target × its months; otherwise judged by its average so far.
      const share = count >= target * months.length - 1e-9 ? 1 : (average ?? 0) / target;
      return {
        label: s.label,
        start: s.start,
        end: s.end,
        months: months.length,
        monthsCompleted: done.length,
        countCompleted,
        count,
        average,
        ended,
        outcome: outcomeOf(ended ? count / (target * months.length) : share, commitment.partialShare),
      };
    });
    const slice = slices.find((s) => !s.ended) ?? slices.at(-1)!;
    const outcome = timeline.ended ? worstOutcome(slices.map((s) => s.outcome)) : slice.outcome;
    const { total, completed } = timeline;
    const base = {
      kind: 'monthly-average' as const,
      count: tally.count,
      target,
      weeks: { completed, total },
      ended: timeline.ended,
      weeksLeft: total - completed,
      weekCounts: tally.weekCounts,
      slice,
      slices,
      ...(set.period.resetsEach && slices.some((s) => s.ended)
        ? {
            years: slices
              .filter((s) => s.ended)
              .map((s) => ({
                label: s.label,
                outcome: s.outcome,
                figure: `snitt ${formatAverage(s.average ?? 0, target, 1)}/mån`,
              })),
          }
        : {}),
    };
    if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, needed: 0, alerts: [] };

    const noun = activityNoun(commitment);
    const met = slice.count >= target * slice.months - 1e-9;
    if (met) return { ...base, status: 'uppfyllt', outcome: 'uppfyllt', needed: 0, alerts: [] };
    const below = slice.average !== null && slice.average < target - 1e-9;
    const months = monthsOf(slice).filter((m) => m.end < today);
    // A left-out month asks for nothing: no "minst 1 behövs denna månad" then.
    const thisMonthCounts = !isSkippedDate(today, skipped);
    const silent =
      thisMonthCounts &&
      months.length >= silentMonths &&
      months.slice(-silentMonths).every((m) => sum(m.start, m.end) === 0);
    let needed = below ? Math.ceil(target * slice.monthsCompleted - slice.countCompleted - 1e-9) : 0;
    if (silent) needed = Math.max(needed, 1);
    const alerts: Alert[] = [];
    if (silent) {
      const span = months.slice(-silentMonths).map((m) => m.label);
      alerts.push({
        code: 'silent-weeks',
        severity: 'warning',
        message: `Ingen ${noun.one} ${span.length === 1 ? `i ${span[0]}` : `i ${span.slice(0, -1).join(', ')} och ${span.at(-1)}`}: minst 1 behövs denna månad`,
      });
    }
    if (below && slice.average !== null) {
      alerts.push({
        code: 'average-below-target',
        severity: 'warning',
        message: `${capitalise(countOf(needed, noun))} behövs för att komma i fas (snitt ${formatAverage(slice.average, target, 1)}/mån, mål ${formatNumber(target)}/mån)`,
      });
    }
    return { ...base, status: below || silent ? 'släpar' : 'i fas', outcome, needed, alerts };
  },

  describeTarget(rule, commitment) {
    const noun = activityNoun(commitment);
    return `minst ${formatNumber(rule.target)} ${nounFor(rule.target, noun)} i snitt per månad${skippedMonthsText(rule)}`;
  },

  statusLine(ps) {
    const s = ps.slice;
    const prefix = ps.slices.length > 1 || s.label !== 'perioden' ? `${s.label}: ` : '';
    const target = `mål ${formatNumber(ps.target)}/mån`;
    if (s.monthsCompleted === 0)
      return `${prefix}${s.count} hittills, första månaden pågår (${target}), ${word(ps)}`;
    const extra =
      s.count > s.countCompleted && !s.ended ? ` + ${s.count - s.countCompleted} denna månad` : '';
    const months = countOf(s.monthsCompleted, NOUNS.month);
    return `${prefix}${s.countCompleted} på ${months}${extra}, snitt ${formatAverage(s.average ?? 0, ps.target, 1)}/mån (${target}), ${word(ps)}`;
  },

  reportFigures(ps, { commitment }) {
    const noun = activityNoun(commitment);
    return ps.slices.map((s) => {
      const head = s.label === 'perioden' ? '' : `${s.label}: `;
      const months = countOf(s.monthsCompleted, NOUNS.month);
      return `${head}${countOf(s.countCompleted, noun)} på ${months}, snitt ${formatAverage(s.average ?? 0, ps.target, 1)} per månad (mål ${formatNumber(ps.target)})${s.ended ? ` — ${s.outcome}` : ''}`;
    });
  },

  reportsPlaces: true,

  reportScope: () => ({ mode: 'within', weeks: false }),
});
