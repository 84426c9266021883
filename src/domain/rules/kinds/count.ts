// count: at least N in the period, or per sub-period with `per` (see count-per-unit.ts). Met as soon
// as reached; behind when a whole activity behind the pro-rata expectation, or when some remain and
// few weeks are left (pace.ts).
import { z } from 'zod';
import { monthsFields, positiveInt, slug, subPeriodSchema } from '../../promise-set/schema-parts.ts';
import { formatDate } from '../../time/format-swedish.ts';
import { weeksAfterDone } from '../after.ts';
import { totalOf } from '../distinct-places.ts';
import { creditedNoun, sumFields } from '../figure-sum.ts';
import { countedWeeks, isSkippedWeek, skippedMonthsOf, skippedMonthsText } from '../month-filter.ts';
import { activityNoun, capitalise, countOf, leftText } from '../noun.ts';
import { finalStatus, outcomeOf } from '../outcome.ts';
import { countPace } from '../pace.ts';
import { plannedBetween } from '../tally.ts';
import type { Alert, CountUnit, EvaluationBase } from '../types.ts';
import { unitListText } from '../unit-list-text.ts';
import { evaluateCountEvery, everyRuns } from './count-every.ts';
import { evaluateCountPerUnit } from './count-per-unit.ts';
import { defineRule } from './define-rule.ts';
import { PER_WORDS, UNIT_WORDS, word } from './wording.ts';

/** At least `target` in the period (or per sub-period with `per`). */
export const countSchema = z.strictObject({
  kind: z.literal('count'),
  target: positiveInt,
  per: subPeriodSchema.default('period'),
  /** Weeks left when "few weeks left" warns (brief default 4). */
  warnWeeksLeft: positiveInt.default(4),
  /** Sub-periods (per slice of the period) allowed to fall short before the promise is missed. */
  tolerance: z.number({ error: 'ska vara ett tal' }).int({ error: 'ska vara ett heltal' }).min(0).default(0),
  /** "sträva efter": a miss is reported as an ambition, never as "ej uppfyllt". */
  strive: z.boolean().default(false),
  /** "på olika platser": only distinct places count, up to this many. */
  distinctPlaces: positiveInt.optional(),
  /** Occasions: several entries on one day (`date`), or at one place on one day (`date+place`), count once. */
  distinct: z.enum(['date', 'date+place'], { error: 'ska vara date eller date+place' }).optional(),
  /**
   * "varannan månad": every run of `months` consecutive calendar months holds at least `target`;
   * "varannan vecka": every run of `weeks` consecutive ISO weeks.
   */
  every: z
    .strictObject({ months: positiveInt.optional(), weeks: positiveInt.optional() })
    .refine((e) => (e.months === undefined) !== (e.weeks === undefined), {
      error: 'ange months (N månader i följd) eller weeks (N veckor i följd), en av dem',
    })
    .optional(),
  /** Only these calendar months count ("1 gång per månad, undantaget juni–augusti"): see month-filter.ts. */
  ...monthsFields,
  /** The target is the sum of this figure of the promise ("10 nya samverkansgrupper"), not the entries. */
  sum: slug.optional(),
});

/** `varje månad`, `varannan månad`, `var tredje månad`, `var 5:e månad`; the same for `vecka`. */
export function everyMonthsWords(months: number, unit = 'månad'): string {
  const ordinal = ['', 'varje', 'varannan', 'var tredje', 'var fjärde', 'var femte', 'var sjätte'][months];
  return `${ordinal ?? `var ${months}:e`} ${unit}`;
}

/** `varannan månad`, `var tredje vecka`: a count's `every` in words. */
function everyWords(every: { months?: number | undefined; weeks?: number | undefined }): string {
  const { n, unit } = everyRuns(every);
  return everyMonthsWords(n, unit === 'week' ? 'vecka' : 'månad');
}

export interface CountEvaluation extends EvaluationBase<'count'> {
  /** How many more are needed to be back on track (or to meet the target); per unit: in this unit. */
  needed?: number;
  /** Per period: the pro-rata expectation now. */
  expected?: number;
  /** Per sub-period (`per` other than `period`): each unit and whether it reached the target. */
  per?: string;
  units?: CountUnit[];
  unitsKept?: number;
  /** Units that have ended (all of them once the period has ended). */
  unitsJudged?: number;
  unitsTotal?: number;
  /** The unit holding today; null between units or once ended. */
  currentUnit?: CountUnit | null;
  /** With `strive`: a miss is an ambition not reached. */
  strive?: boolean;
  /** With `tolerance`: units allowed short, and units short so far. */
  tolerance?: number;
  unitsMissed?: number;
  /**
   * A multi-year set (`resetsEach`) before its end: the current year's units, kept of total, and the
   * weeks left of the current unit; the status line speaks of this year, not of all years together.
   */
  yearUnits?: { label: string; kept: number; total: number; unitWeeksLeft: number };
  /** With `sum`: `count` is the figure's sum; its label, and the activities it came from. */
  sumOf?: { label: string; activities: number };
}

export const countRule = defineRule('count', {
  evaluate(rule, input): CountEvaluation {
    if (rule.every) return evaluateCountEvery(rule, everyRuns(rule.every), input);
    if (rule.per !== 'period') return evaluateCountPerUnit(rule, input);
    const { commitment, prepared } = input;
    const { target, warnWeeksLeft } = rule;
    const { timeline, tally } = prepared;
    const { weekCounts } = tally;
    const count = totalOf(tally, rule);
    // With `months`, only the weeks of the included months carry pace ("bara november–mars").
    const skipped = skippedMonthsOf(rule);
    // `after` a milestone done once a year: each year's weeks before its done day are not the group's.
    const { total, completed } = prepared.after
      ? weeksAfterDone(timeline, prepared.after, (serial) => !isSkippedWeek(serial, skipped))
      : skipped.length > 0
        ? countedWeeks(timeline, skipped)
        : timeline;
    const weeksLeft = total - completed;
    let outcome = outcomeOf(count / target, commitment.partialShare);
    if (rule.strive && outcome === 'ej uppfyllt') outcome = 'delvis uppfyllt';
    const pace = countPace(target, count, { total, completed }, warnWeeksLeft);
    const { expected, remaining } = pace;
    const base = {
      kind: 'count' as const,
      count,
      target,
      weeks: { completed, total },
      ended: timeline.ended,
      weeksLeft,
      weekCounts,
      expected,
      ...sumFields(rule.sum, commitment, tally.qualifying.length),
    };

    if (count >= target) return { ...base, status: 'uppfyllt', outcome, needed: 0, alerts: [] };
    if (timeline.ended)
      return { ...base, status: finalStatus(outcome), outcome, needed: remaining, alerts: [] };

    const { behind, fewLeft, neededForPace } = pace;
    const noun = creditedNoun(commitment);
    const end = timeline.window.end;
    const left = `${remaining} ${leftText(weeksLeft)}`;
    const alerts: Alert[] = [];
    const planned = plannedBetween(tally, timeline.today, end).length;
    if (fewLeft && planned < remaining) {
      alerts.push({
        code: 'few-weeks-left',
        severity: 'warning',
        message: `${capitalise(countOf(remaining, noun))} ${leftText(weeksLeft)}: senast ${formatDate(end, true)}`,
        by: end,
      });
    } else if (behind) {
      alerts.push({
        code: 'behind-pace',
        severity: 'warning',
        message: `${capitalise(countOf(neededForPace, noun))} behövs för att komma i fas (${left})`,
        by: end,
      });
    }
    return {
      ...base,
      status: behind || fewLeft ? 'släpar' : 'i fas',
      outcome,
      needed: fewLeft ? remaining : neededForPace,
      alerts,
    };
  },

  describeTarget(rule, commitment) {
    const per = rule.every
      ? ` ${everyWords(rule.every)}`
      : PER_WORDS[rule.per]
        ? ` ${PER_WORDS[rule.per]}`
        : ' under perioden';
    const occasions =
      rule.distinct === 'date'
        ? ' (olika dagar)'
        : rule.distinct === 'date+place'
          ? ' (olika dagar eller platser)'
          : '';
    return `minst ${countOf(rule.target, creditedNoun(commitment))}${per}${skippedMonthsText(rule)}${occasions}`;
  },

  statusLine(ps) {
    const ended = ps.ended;
    if (ps.units && ps.unitsTotal === 1 && ps.units[0]) {
      // One sub-period (a one-year set counted per year) reads like a plain count.
      const only = ps.units[0];
      const target = only.target ?? ps.target;
      const left = target - only.count;
      if (left <= 0 || ended) return `${only.count} av ${target} · ${word(ps)}`;
      return `${only.count} av ${target} · ${left} ${leftText(ps.weeksLeft)} · ${ps.status}`;
    }
    if (ps.units && ps.yearUnits && ps.currentUnit && !ended) {
      const { label, kept, total, unitWeeksLeft } = ps.yearUnits;
      const unit = ps.currentUnit;
      const target = unit.target ?? ps.target;
      const head = `${unit.label}: ${unit.count} av ${target}`;
      if (total > 1) return `${head} · ${kept} av ${total} uppfyllda ${label} · ${ps.status}`;
      if (unit.count >= target) return `${head} · ${ps.status}`;
      return `${head} · ${target - unit.count} ${leftText(unitWeeksLeft)} · ${ps.status}`;
    }
    if (ps.units) {
      const kept = `${ps.unitsKept} av ${ps.unitsTotal} uppfyllda`;
      if (ended || !ps.currentUnit) return `${kept} · ${word(ps)}`;
      const unit = ps.currentUnit;
      return `${unit.label}: ${unit.count} av ${unit.target ?? ps.target} · ${kept} · ${ps.status}`;
    }
    const head = `${ps.count} av ${ps.target}${ps.sumOf ? ` ${ps.sumOf.label}` : ''}`;
    if (ps.count >= ps.target || ended) return `${head} · ${word(ps)}`;
    return `${head} · ${ps.target - ps.count} ${leftText(ps.weeksLeft)} · ${ps.status}`;
  },

  reportFigures(ps, { commitment, words }) {
    const noun = creditedNoun(commitment);
    const units = ps.units ?? [];
    // With `sum`, which activities the figure was summed from.
    const from = ps.sumOf ? ` (från ${countOf(ps.sumOf.activities, activityNoun(commitment))})` : '';
    if (units.length <= 1) {
      const only = units[0];
      return [`${only?.count ?? ps.count} av ${countOf(only?.target ?? ps.target, noun)}${from}`];
    }
    // Every unit needs the target, no averaging: how many did, and which fell short.
    const run = /^every-(\d+)-(months|weeks)$/.exec(ps.per ?? '');
    const runUnit = run?.[2] === 'weeks' ? 'veckor' : 'månader';
    const unitWords = run
      ? { one: `${run[1]} ${runUnit} i följd`, many: `perioder om ${run[1]} ${runUnit} i följd` }
      : (UNIT_WORDS[ps.per ?? ''] ?? { one: 'delperiod', many: 'delperioder' });
    const lines = [
      `Målet (minst ${countOf(ps.target, noun)} per ${unitWords.one}) nåddes ${ps.unitsKept ?? 0} av ${countOf(units.length, unitWords)}, totalt ${countOf(ps.count, noun)}${from}`,
    ];
    const short = units.slice(0, ps.unitsJudged ?? units.length).filter((u) => !u.kept);
    if (short.length > 0) {
      lines.push(`Under målet: ${unitListText(short, ps.per, words, 12)}`);
    }
    return lines;
  },

  reportsPlaces: false,

  reportScope(rule, fits) {
    if (rule.every) return { mode: 'within', weeks: false };
    return { mode: fits(rule.per) ? 'within' : 'pro-rata', weeks: rule.per === 'week' };
  },
});
