// judged: qualitative or vague work ("täta kontakter", "ett antal insatser") has no number to
// reach, so a person sets the status with `/loften bedöm`. Activities are still counted and shown;
// the rule asks for a judgement once a review unit has passed without one.
//
// Honest by construction: `ej bedömd` until someone judges. A judgement belongs to the unit it was made
// in (the year of a set whose targets start over each year, else the period; one made after the period
// belongs to its last unit): an earlier year's word never decides this one. `i fas` and `släpar` are
// progress words: a unit ending on one of them is `ej bedömd` and asks for a final judgement; only
// `uppfyllt`, `ej uppfyllt` and `ej aktuell` are outcomes.
import { z } from 'zod';
import type { PromiseSetDef } from '../../promise-set/schema.ts';
import { monthsFields, positiveInt } from '../../promise-set/schema-parts.ts';
import type { DateWords } from '../../time/date-words.ts';
import { formatDate } from '../../time/format-swedish.ts';
import { toLocalDate } from '../../time/local-date.ts';
import type { IsoDate, Outcome, StatusWord } from '../../types.ts';
import { unitsOfPeriod } from '../count-units.ts';
import { activityNoun, countOf, weeksText } from '../noun.ts';
import { finalStatus } from '../outcome.ts';
import { sliceKey, sliceOf, slicesOfWindow } from '../slices.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, EvaluationBase, Judgement, YearOutcome } from '../types.ts';
import { analyseWeekRuns } from '../week-runs.ts';
import { defineRule } from './define-rule.ts';
import { personOf, word } from './wording.ts';

/** Qualitative or vague work: a person sets the status (`/loften bedöm`). */
export const judgedSchema = z.strictObject({
  kind: z.literal('judged'),
  ...monthsFields,
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
  /** The latest judgement made in the current unit, null while none has been made. */
  judgement: Judgement | null;
  /** A review unit (`reviewEvery`) has ended since the judgement: a new one is due. */
  stale: boolean;
  /** The document's own word for the amount ("flera"). */
  wording?: string;
  /**
   * A final judgement given after its year had ended (`för 2019`): the local date it was made and the
   * year it speaks for ("2019", "2019/20"); absent for one made in its own unit.
   */
  late?: { madeOn: IsoDate; forYear: string };
}

/** Only these are outcomes; `i fas` and `släpar` say how it goes, not how it went. */
const OUTCOME_OF: Record<StatusWord, Outcome> = {
  uppfyllt: 'uppfyllt',
  'i fas': 'ej bedömd',
  släpar: 'ej bedömd',
  'ej uppfyllt': 'ej uppfyllt',
  'ej aktuell': 'ej aktuell',
  'ej bedömd': 'ej bedömd',
};

/**
 * The newest judgement of the promise made by `now` (a status at a moment ignores later ones) inside
 * `unit`; when the unit ends the window, one made after it counts too (the final judgement).
 */
export function latestJudgement(
  judgements: readonly Judgement[],
  setKey: string,
  promiseId: string,
  now: Date,
  unit: { start: IsoDate; end: IsoDate },
  windowEnd: IsoDate,
): Judgement | null {
  const until = now.toISOString();
  const last = unit.end >= windowEnd ? '9999-12-31' : unit.end;
  let latest: Judgement | null = null;
  for (const j of judgements) {
    if (j.setKey !== setKey || j.promiseId !== promiseId || j.at > until) continue;
    if (j.date < unit.start || j.date > last) continue;
    if (latest === null || j.at >= latest.at) latest = j;
  }
  return latest;
}

/** A judgement made after the day it speaks for (a final one for an ended year). */
function lateOf(j: Judgement | null, set: PromiseSetDef): { late?: JudgedEvaluation['late'] } {
  if (!j) return {};
  const madeOn = toLocalDate(new Date(j.madeAt ?? j.at), set.timeZone);
  if (madeOn <= j.date) return {};
  const year = Number(sliceKey(set, j.date));
  const forYear =
    set.period.resetsEach === 'school-year' ? `${year}/${String(year + 1).slice(2)}` : String(year);
  return { late: { madeOn, forYear } };
}

/**
 * Every ended year of a multi-year set by its own last judgement (a late, final one for it included):
 * `2019: uppfyllt (bedömt 5 november 2019)`, `2019: ej bedömd (senast i fas, bedömt 1 oktober 2019)`.
 */
function yearOutcomes(
  set: PromiseSetDef,
  promiseId: string,
  judgements: readonly Judgement[],
  now: Date,
  window: { start: IsoDate; end: IsoDate },
  today: IsoDate,
): YearOutcome[] {
  return slicesOfWindow(set, window)
    .filter((slice) => today > window.end || slice.end < today)
    .map((slice) => {
      const j = latestJudgement(judgements, set.key, promiseId, now, slice, window.end);
      if (!j) return { label: slice.label, outcome: 'ej bedömd', figure: 'ingen bedömning' };
      const outcome = OUTCOME_OF[j.status];
      const when = `bedömt ${formatDate(lateOf(j, set).late?.madeOn ?? j.date, true)}`;
      return {
        label: slice.label,
        outcome,
        figure: outcome === 'ej bedömd' ? `senast ${j.status}, ${when}` : when,
      };
    });
}

/** `bedömt 12 mars 2019`, or `bedömt 14 januari 2020 för 2019` for a late, final judgement. */
function judgedText(ps: JudgedEvaluation, j: Judgement): string {
  if (ps.late) return `bedömt ${formatDate(ps.late.madeOn, true)} för ${ps.late.forYear}`;
  return `bedömt ${formatDate(j.date, true)}`;
}

/** `7 aktiviteter, senast 12 mars` (judged promises have no number to reach). */
function activityText(ps: JudgedEvaluation, words: DateWords): string {
  if (ps.count === 0) return 'inget loggat än';
  return `${countOf(ps.count, { one: 'aktivitet', many: 'aktiviteter' })}${ps.lastDate ? `, senast ${words.date(ps.lastDate)}` : ''}`;
}

export const judgedRule = defineRule('judged', {
  evaluate(rule, { commitment, set, prepared, context }): JudgedEvaluation {
    const { timeline, tally } = prepared;
    const { window, today } = timeline;
    // The unit judged now: today's year (or the whole period), the first before it starts, the last after.
    const day = today < window.start ? window.start : today > window.end ? window.end : today;
    const unit = sliceOf(set, day, window);
    const judgement = latestJudgement(
      context.judgements ?? [],
      set.key,
      commitment.id,
      timeline.now,
      unit,
      window.end,
    );
    const reviewed = unitsOfPeriod(unit, rule.reviewEvery)
      .filter((u) => u.end < today)
      .at(-1);
    const stale = reviewed !== undefined && judgement !== null && judgement.date < reviewed.start;
    // Count-0 activities are triggers of a conditional promise, not work done.
    const lastDate = tally.qualifying
      .filter((a) => a.count > 0)
      .reduce<string | null>((max, a) => (max === null || a.date > max ? a.date : max), null);
    const { total, completed } = timeline;
    const years = set.period.resetsEach
      ? yearOutcomes(set, commitment.id, context.judgements ?? [], timeline.now, window, today)
      : [];
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
      stale,
      ...(rule.wording ? { wording: rule.wording } : {}),
      ...lateOf(judgement, set),
      ...(years.length > 0 ? { years } : {}),
    };
    const outcome: Outcome = judgement ? OUTCOME_OF[judgement.status] : 'ej bedömd';
    if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

    const alerts: Alert[] = [];
    if (reviewed && (judgement === null || stale)) {
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
    const status: StatusWord = judgement ? judgement.status : 'ej bedömd';
    return { ...base, status, outcome, alerts };
  },

  describeTarget: (rule) =>
    rule.wording ? `${rule.wording} (bedöms av arbetsgruppen)` : 'bedöms av arbetsgruppen',

  statusLine(ps, words) {
    const target = ps.wording ? ` (mål: ${ps.wording})` : '';
    const j = ps.judgement;
    if (!j) return `${activityText(ps, words)}${target} · ej bedömd`;
    const reason = j.reason ? `: "${j.reason}"` : '';
    // A judgement's date always carries its year: it belongs to that year (or period) alone.
    const judged = `${judgedText(ps, j)}${reason}`;
    if (ps.ended && ps.outcome === 'ej bedömd') {
      return `${activityText(ps, words)}${target} · ej bedömd (senast ${j.status}, ${judged}; slutlig bedömning behövs)`;
    }
    const stale = ps.stale && !ps.ended ? '; ny bedömning behövs' : '';
    return `${activityText(ps, words)}${target} · ${word(ps)} (${judged}${stale})`;
  },

  reportFigures(ps, { commitment }) {
    const n = ps.count;
    const last = ps.lastDate ? `, senast ${formatDate(ps.lastDate, true)}` : '';
    const j = ps.judgement;
    const lines = [
      `${countOf(n, { one: 'aktivitet loggad', many: 'aktiviteter loggade' })}${last}${ps.wording ? ` (mål: ${ps.wording})` : ''}`,
    ];
    if (!j) {
      lines.push('Ej bedömt av arbetsgruppen');
      return lines;
    }
    const when = ps.late
      ? `${formatDate(ps.late.madeOn, true)} för ${ps.late.forYear}`
      : formatDate(j.date, true);
    const said = `${j.status} ${when} av ${personOf(j.userId)}${j.reason ? `: "${j.reason}"` : ''}`;
    if (ps.outcome === 'ej bedömd') {
      lines.push(`Senaste lägesbedömning: ${said}`);
      if (ps.ended) {
        lines.push(
          `Slutlig bedömning saknas: /loften bedöm ${commitment.id} <uppfyllt|ej uppfyllt|ej aktuell> "orsak"`,
        );
      }
    } else {
      lines.push(`Bedömt ${said}`);
    }
    return lines;
  },

  reportsPlaces: false,

  reportScope: () => ({ mode: 'cumulative', weeks: false }),
});
