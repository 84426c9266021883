// judged: qualitative or vague work ("täta kontakter", "ett antal insatser") has no number to
// reach, so a person sets the status with `/loften bedöm`. Activities are still counted and shown;
// the rule asks for a judgement once a review unit has passed without one.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity, Outcome, StatusWord } from '../types.ts';
import { unitsOfPeriod } from './count-units.ts';
import { activityNoun, weeksText } from './noun.ts';
import { finalStatus } from './outcome.ts';
import { type PreparedRule, plannedBetween, prepareRule } from './tally.ts';
import type { Alert, Judgement, RuleContext, RuleEvaluation } from './types.ts';
import { analyseWeekRuns } from './week-runs.ts';

const OUTCOME_OF: Record<StatusWord, Outcome> = {
  uppfyllt: 'uppfyllt',
  'i fas': 'uppfyllt',
  släpar: 'delvis uppfyllt',
  'ej uppfyllt': 'ej uppfyllt',
  'ej aktuell': 'ej aktuell',
};

/** The newest judgement of the promise made by `now` (a status at a moment ignores later ones). */
export function latestJudgement(
  judgements: readonly Judgement[],
  setKey: string,
  promiseId: string,
  now: Date,
): Judgement | null {
  const until = now.toISOString();
  let latest: Judgement | null = null;
  for (const j of judgements) {
    if (j.setKey !== setKey || j.promiseId !== promiseId || j.at > until) continue;
    if (latest === null || j.at >= latest.at) latest = j;
  }
  return latest;
}

export function evaluateJudged(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  prepared: PreparedRule = prepareRule(commitment, set, activities, now),
  context: RuleContext = {},
): RuleEvaluation {
  const rule = commitment.rule;
  if (rule.kind !== 'judged') throw new Error(`evaluateJudged got a ${rule.kind} rule`);
  const { timeline, tally } = prepared;
  const judgement = latestJudgement(context.judgements ?? [], set.key, commitment.id, now);
  // Count-0 activities are triggers of a conditional promise, not work done.
  const lastDate = tally.qualifying
    .filter((a) => a.count > 0)
    .reduce<string | null>((max, a) => (max === null || a.date > max ? a.date : max), null);
  const { total, completed } = timeline;
  const base = {
    count: tally.count,
    target: 0,
    weeks: { completed, total },
    ended: timeline.ended,
    weeksLeft: total - completed,
    weekCounts: tally.weekCounts,
    lastDate,
    judgement,
    ...(rule.wording ? { wording: rule.wording } : {}),
  };
  const outcome: Outcome = judgement ? OUTCOME_OF[judgement.status] : 'ej uppfyllt';
  if (timeline.ended) {
    const status =
      judgement && judgement.status !== 'i fas' && judgement.status !== 'släpar'
        ? judgement.status
        : finalStatus(outcome);
    return { ...base, status, outcome, alerts: [] };
  }

  const alerts: Alert[] = [];
  const today = timeline.today;
  const reviewed = unitsOfPeriod(timeline.window, rule.reviewEvery)
    .filter((u) => u.end < today)
    .at(-1);
  if (reviewed && (judgement === null || judgement.date < reviewed.start)) {
    alerts.push({
      code: 'judgement-due',
      severity: 'warning',
      message: `Dags att bedöma (${reviewed.label}): /loften bedöm ${commitment.id} <status> "orsak"${judgement ? '' : ', ej bedömt än'}`,
    });
  }
  let silent = false;
  if (rule.silentWeeks !== undefined) {
    const runs = analyseWeekRuns(tally.weekCounts, timeline, rule.silentWeeks);
    silent = runs.silentWeeks >= rule.silentWeeks && runs.lastIndex < completed;
    const thisWeek = timeline.weekRef(Math.min(Math.max(0, completed), Math.max(0, total - 1)));
    if (silent && plannedBetween(tally, today, thisWeek.end).length === 0) {
      const since =
        runs.lastIndex < 0 ? 'inget i perioden än' : `senast ${timeline.weekRef(runs.lastIndex).label}`;
      alerts.push({
        code: 'silent-weeks',
        severity: 'warning',
        message: `Inget loggat för ${activityNoun(commitment).one} på ${weeksText(runs.silentWeeks)} (${since})`,
        by: thisWeek.end,
      });
    }
  }
  const status: StatusWord = judgement ? judgement.status : silent ? 'släpar' : 'i fas';
  return { ...base, status, outcome, alerts };
}
