// regular: continuous work; warn when nothing was done for the configured number of completed
// weeks. At the end, kept means no such silence: the windows of that many weeks all held one.
import { z } from 'zod';
import { monthsFields, positiveInt } from '../../promise-set/schema-parts.ts';
import { activityNoun, countOf, NOUNS, weeksText } from '../noun.ts';
import { finalStatus } from '../outcome.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, WeekWindowFields } from '../types.ts';
import { evaluateWeekWindows } from '../week-runs.ts';
import { defineRule } from './define-rule.ts';
import { gapText, nextText, weeksWithOne } from './wording.ts';

/** Continuous work: warn when silent for `weeks` completed weeks (brief default 4). */
export const regularSchema = z.strictObject({
  kind: z.literal('regular'),
  ...monthsFields,
  weeks: positiveInt.default(4),
});

export interface RegularEvaluation extends EvaluationBase<'regular'>, WeekWindowFields {}

export const regularRule = defineRule('regular', {
  evaluate(rule, { commitment, prepared }): RegularEvaluation {
    const limit = rule.weeks;
    const { timeline, tally } = prepared;
    const { completed } = timeline;
    const windows = evaluateWeekWindows('regular', commitment, prepared, limit);
    const { runs, outcome, nextDueWeek, base } = windows;
    if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

    const silent = runs.silentWeeks >= limit && runs.lastIndex < completed;
    const alerts: Alert[] = [];
    if (silent && nextDueWeek) {
      const planned = plannedBetween(tally, timeline.today, nextDueWeek.end).length > 0;
      const since =
        runs.lastIndex < 0 ? 'inget i perioden än' : `senast ${timeline.weekRef(runs.lastIndex).label}`;
      if (!planned) {
        alerts.push({
          code: 'silent-weeks',
          severity: 'warning',
          message: `Inget loggat för ${activityNoun(commitment).one} på ${weeksText(runs.silentWeeks)} (${since}): gör en denna vecka, ${nextDueWeek.label} (${nextDueWeek.dates})`,
          by: nextDueWeek.end,
        });
      }
    }
    return { ...base, status: silent ? 'släpar' : 'i fas', outcome, alerts };
  },

  describeTarget(rule, commitment) {
    return `löpande under året, aldrig ${weeksText(rule.weeks)} utan ${activityNoun(commitment).one}`;
  },

  statusLine(ps) {
    if (ps.ended) {
      const gap = ps.longestGap ? `, längsta uppehåll ${weeksText(ps.longestGap)}` : '';
      return `${ps.windowsKept} av ${countOf(ps.windowsTotal, NOUNS.period)} om ${weeksText(ps.target)} hölls${gap} · ${ps.outcome}`;
    }
    // Regular promises are judged on the current silence; missed windows only matter at the end.
    const last = ps.lastWeek ? `senast ${ps.lastWeek.label}` : 'inget än';
    return `${last}${nextText(ps.nextDueWeek, false)} · ${ps.status}`;
  },

  reportFigures(ps, { commitment }) {
    const noun = activityNoun(commitment);
    return [
      `${countOf(ps.count, { one: 'tillfälle', many: 'tillfällen' })} med ${noun.one} under ${weeksWithOne(ps)} av ${weeksText(ps.weeks.total)}, ${gapText(ps.longestGap).replace('glapp', 'uppehåll')} (gräns ${weeksText(ps.target)})`,
    ];
  },

  reportsPlaces: true,

  reportScope: (rule) => ({ mode: 'within', weeks: true, leadInWeeks: rule.weeks - 1 }),
});
