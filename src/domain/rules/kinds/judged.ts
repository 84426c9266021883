// judged: qualitative or vague work ("täta kontakter", "ett antal insatser") has no number to
// reach, so a person sets the status with `/loften bedöm`. Activities are still counted and shown;
// the rule asks for a judgement once a review unit has passed without one.
import { z } from 'zod';
import { positiveInt } from '../../promise-set/schema-parts.ts';
import { formatDate } from '../../time/format-swedish.ts';
import type { IsoDate, Outcome, StatusWord } from '../../types.ts';
import { unitsOfPeriod } from '../count-units.ts';
import { activityNoun, weeksText } from '../noun.ts';
import { finalStatus } from '../outcome.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, Judgement } from '../types.ts';
import { analyseWeekRuns } from '../week-runs.ts';
import { defineRule } from './define-rule.ts';
import { personOf, word } from './wording.ts';

/** Qualitative or vague work: a person sets the status (`/loften bedöm`). */
export const judgedSchema = z.strictObject({
  kind: z.literal('judged'),
  /** The document's own word for the amount, shown as the target: "flera", "täta". */
  wording: z.string().min(1).optional(),
  reviewEvery: z
    .enum(['week', 'month', 'tertial', 'quarter', 'half-year'], {
      error: 'ska vara week, month, tertial, quarter eller half-year',
    })
    .default('month'),
  /** Optional silence warning, as for `regular`. */
  silentWeeks: positiveInt.optional(),
});

export interface JudgedEvaluation extends EvaluationBase<'judged'> {
  /** Date of the latest qualifying activity. */
  lastDate: IsoDate | null;
  /** The latest judgement, null while none has been made. */
  judgement: Judgement | null;
  /** The document's own word for the amount ("flera"). */
  wording?: string;
}

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

/** `7 aktiviteter, senast 12 mars` (judged promises have no number to reach). */
function activityText(ps: JudgedEvaluation): string {
  if (ps.count === 0) return 'inget loggat än';
  const noun = ps.count === 1 ? 'aktivitet' : 'aktiviteter';
  return `${ps.count} ${noun}${ps.lastDate ? `, senast ${formatDate(ps.lastDate)}` : ''}`;
}

export const judgedRule = defineRule('judged', {
  evaluate(rule, { commitment, set, prepared, context }): JudgedEvaluation {
    const { timeline, tally } = prepared;
    const now = timeline.now;
    const judgement = latestJudgement(context.judgements ?? [], set.key, commitment.id, now);
    // Count-0 activities are triggers of a conditional promise, not work done.
    const lastDate = tally.qualifying
      .filter((a) => a.count > 0)
      .reduce<string | null>((max, a) => (max === null || a.date > max ? a.date : max), null);
    const { total, completed } = timeline;
    const base = {
      kind: 'judged' as const,
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
  },

  describeTarget: (rule) =>
    rule.wording ? `${rule.wording} (bedöms av arbetsgruppen)` : 'bedöms av arbetsgruppen',

  statusLine(ps) {
    const target = ps.wording ? ` (mål: ${ps.wording})` : '';
    const j = ps.judgement;
    if (!j) return `${activityText(ps)}${target} · ej bedömd`;
    const reason = j.reason ? `: "${j.reason}"` : '';
    return `${activityText(ps)}${target} · ${word(ps)} (bedömt ${formatDate(j.date)}${reason})`;
  },

  reportFigures(ps) {
    const n = ps.count;
    const last = ps.lastDate ? `, senast ${formatDate(ps.lastDate, true)}` : '';
    const j = ps.judgement;
    return [
      `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'} loggade${last}${ps.wording ? ` (mål: ${ps.wording})` : ''}`,
      j
        ? `Bedömt ${j.status} ${formatDate(j.date, true)} av ${personOf(j.userId)}${j.reason ? `: "${j.reason}"` : ''}`
        : 'Ej bedömt av arbetsgruppen',
    ];
  },

  reportsPlaces: false,

  reportScope: () => ({ mode: 'cumulative', weeks: false }),
});
