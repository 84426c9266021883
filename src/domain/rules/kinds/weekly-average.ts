// weekly average: count in completed weeks ÷ completed weeks. Slipping when under target, or when
// the last K completed weeks had none; "needed" is the smallest n with (count + n) / weeks ≥ target.
import { z } from 'zod';
import { positive, positiveInt } from '../../promise-set/schema-parts.ts';
import { formatNumber } from '../../time/format-swedish.ts';
import { activityNoun, capitalise, countOf, nounFor, weeksText } from '../noun.ts';
import { finalStatus, outcomeOf } from '../outcome.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase } from '../types.ts';
import { defineRule } from './define-rule.ts';
import { weeksWithOne, word } from './wording.ts';

/** At least `target` per completed week on average. */
export const weeklyAverageSchema = z.strictObject({
  kind: z.literal('weekly-average'),
  target: positive,
  /** K: slipping when the last K completed weeks had none (brief default 2). */
  silentWeeks: positiveInt.default(2),
});

export interface WeeklyAverageEvaluation extends EvaluationBase<'weekly-average'> {
  /** Qualifying activities in completed weeks. */
  countCompleted: number;
  /** Average over completed weeks; null before the first week is over. */
  average: number | null;
  /** How many more are needed to be back on track. */
  needed: number;
}

export const weeklyAverageRule = defineRule('weekly-average', {
  evaluate(rule, { commitment, prepared }): WeeklyAverageEvaluation {
    const { target, silentWeeks } = rule;
    const { timeline, tally } = prepared;
    const { count, weekCounts } = tally;
    const { total, completed } = timeline;
    // Until the end, only what is dated up to the last completed Sunday counts: the completed weeks,
    // and the days before the first week once that week is over (read from the tally, so no pass over
    // the activities). At the end everything dated in the period does (2018-12-31 is in the period
    // but in 2019-W01).
    const countCompleted = timeline.ended
      ? count
      : completed === 0
        ? 0
        : tally.countBeforeWeeks + weekCounts.slice(0, completed).reduce((sum, n) => sum + n, 0);
    const average = completed > 0 ? countCompleted / completed : null;
    const outcome = outcomeOf(average === null ? 0 : average / target, commitment.partialShare);
    const base = {
      kind: 'weekly-average' as const,
      count,
      target,
      weeks: { completed, total },
      ended: timeline.ended,
      weeksLeft: total - completed,
      weekCounts,
      countCompleted,
      average,
    };
    if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, needed: 0, alerts: [] };

    const below = average !== null && average < target - 1e-9;
    const silent =
      completed >= silentWeeks && weekCounts.slice(completed - silentWeeks, completed).every((n) => n === 0);
    let needed = below ? Math.ceil(target * completed - countCompleted - 1e-9) : 0;
    if (silent) needed = Math.max(needed, 1);

    const noun = activityNoun(commitment);
    const alerts: Alert[] = [];
    const thisWeek = timeline.weekRef(completed);
    if (silent) {
      const planned = plannedBetween(tally, timeline.today, thisWeek.end).length > 0;
      const from = timeline.weekRef(completed - silentWeeks);
      const to = timeline.weekRef(completed - 1);
      const span = timeline.words.weekSpan(from, to);
      if (!planned) {
        alerts.push({
          code: 'silent-weeks',
          severity: 'warning',
          message: `Ingen ${noun.one} ${span}: minst 1 behövs denna vecka (${thisWeek.label}, ${thisWeek.dates})`,
          by: thisWeek.end,
        });
      }
    }
    if (below && average !== null) {
      alerts.push({
        code: 'average-below-target',
        severity: 'warning',
        message: `${capitalise(countOf(needed, noun))} behövs för att komma i fas (snitt ${formatNumber(average, 1)}/v, mål ${formatNumber(target)}/v)`,
      });
    }
    return { ...base, status: below || silent ? 'släpar' : 'i fas', outcome, needed, alerts };
  },

  describeTarget(rule, commitment) {
    const noun = activityNoun(commitment);
    return `minst ${formatNumber(rule.target)} ${nounFor(rule.target, noun)} i snitt per vecka`;
  },

  statusLine(ps) {
    const done = ps.countCompleted;
    const thisWeek = ps.count - done;
    if (ps.weeks.completed === 0) {
      return `${ps.count} hittills, första veckan pågår (mål ${formatNumber(ps.target)}/v), ${word(ps)}`;
    }
    const extra = thisWeek > 0 && !ps.ended ? ` + ${thisWeek} denna vecka` : '';
    const average = formatNumber(ps.average ?? 0, 1);
    return `${done} på ${weeksText(ps.weeks.completed)}${extra}, snitt ${average}/v (mål ${formatNumber(ps.target)}/v), ${word(ps)}`;
  },

  reportFigures(ps, { commitment }) {
    const noun = activityNoun(commitment);
    return [
      `${countOf(ps.countCompleted, noun)} på ${weeksText(ps.weeks.completed)}, snitt ${formatNumber(ps.average ?? 0)} per vecka (mål ${formatNumber(ps.target)})`,
      `${weeksWithOne(ps)} av ${weeksText(ps.weeks.total)} hade minst en ${noun.one}`,
    ];
  },

  reportsPlaces: true,

  reportScope: () => ({ mode: 'within', weeks: true }),
});
