// regular: continuous work; warn when nothing was done for the configured number of completed
// weeks. At the end, kept means no such silence: the windows of that many weeks all held one.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { activityNoun, weeksText } from './noun.ts';
import { finalStatus } from './outcome.ts';
import { type PreparedRule, plannedBetween, prepareRule } from './tally.ts';
import type { Alert, RuleEvaluation } from './types.ts';
import { evaluateWeekWindows } from './week-runs.ts';

export function evaluateRegular(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
): RuleEvaluation {
  if (commitment.rule.kind !== 'regular')
    throw new Error(`evaluateRegular got a ${commitment.rule.kind} rule`);
  const limit = commitment.rule.weeks;
  const { timeline, tally } = prepared;
  const { completed } = timeline;
  const windows = evaluateWeekWindows(commitment, prepared, limit);
  const { runs, outcome, nextDueWeek } = windows;
  const { base } = windows;
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
}
