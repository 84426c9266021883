// coverage: every member of a set — listed places, all places of a group, or each planned event —
// needs `times` qualifying activities (per sub-period for places). Uncovered members are named,
// because "alla skolor" is only kept when none is forgotten. Places are paced: `släpar` when the
// visits left no longer fit the weeks left, or with few weeks left (pace.ts).

import { z } from 'zod';
import type { DatedDef, PromiseSetDef } from '../../promise-set/schema.ts';
import {
  monthsFields,
  positiveInt,
  schoolYearSchema,
  slug,
  subPeriodSchema,
} from '../../promise-set/schema-parts.ts';
import type { DateWords } from '../../time/date-words.ts';
import { toDayNumber } from '../../time/day-number.ts';
import { formatDate } from '../../time/format-swedish.ts';
import type { Activity } from '../../types.ts';
import { pacedUnit } from '../after.ts';
import { countUnitsOf, schoolYearLabel, schoolYearSpan } from '../count-units.ts';
import { countedWeeks, skippedMonthsOf, skippedMonthsText } from '../month-filter.ts';
import { activityNoun, countOf, leftText, NOUNS } from '../noun.ts';
import { finalStatus, outcomeOf } from '../outcome.ts';
import { coveragePace } from '../pace.ts';
import { placesTagged } from '../place-subset.ts';
import { endSliceKey, sliceKey, sliceLabel } from '../slices.ts';
import { windowTimeline } from '../timeline.ts';
import type { Alert, CoverageItem, EvaluationBase, YearOutcome } from '../types.ts';
import { onDated } from '../when-check.ts';
import { defineRule, type RuleOf } from './define-rule.ts';
import { PER_WORDS, word } from './wording.ts';

/** Every member of a set (places, a place group, or dated events) visited `times` per `per`. */
export const coverageSchema = z.strictObject({
  kind: z.literal('coverage'),
  ...monthsFields,
  places: z.array(slug).min(1).optional(),
  group: z.string().min(1).optional(),
  /** Each tag once: an activity at any place carrying it ("en i tätorten och en utanför"). */
  tags: z.array(slug).min(1).optional(),
  events: z.array(slug).min(1).optional(),
  /** Every listed target group at least `times` ("utbilda lärare, elever och vårdnadshavare"). */
  targetGroups: z.array(slug).min(1).optional(),
  /** Every member of a named set (`sets:`): classes, villages, housing units. */
  set: slug.optional(),
  /** With `set`: only the members of these school years (`['2018/19']`). */
  schoolYears: z.array(schoolYearSchema).min(1).optional(),
  times: positiveInt.default(1),
  per: subPeriodSchema.default('period'),
  /** Visits a week the working group can manage: the pace of places still to cover (default 1). */
  perWeek: positiveInt.default(1),
  /** Weeks left when "few weeks left" makes an uncovered place `släpar` (as for count; default 4). */
  warnWeeksLeft: positiveInt.default(4),
});

export interface CoverageEvaluation extends EvaluationBase<'coverage'> {
  /** Every member in every sub-period. */
  coverage: CoverageItem[];
  /** `Kåken (höstterminen 2019)`: members missed in ended sub-periods (all open ones once ended). */
  uncovered: string[];
  needed: number;
  /** A multi-year set before its end: the current year's members, covered of total (`2020: 1 av 2`). */
  year?: { label: string; covered: number; total: number };
}

/** `Kåken (höstterminen 2019)`, `Temakväll Metro vt (14 mars)`. */
export function coverageName(item: CoverageItem): string {
  return item.unit ? `${item.name} (${item.unit})` : item.name;
}

function eventInWindow(event: DatedDef, window: { start: string; end: string }): boolean {
  if (event.dates.some((d) => d >= window.start && d <= window.end)) return true;
  return (
    event.start !== undefined &&
    event.end !== undefined &&
    event.start <= window.end &&
    event.end >= window.start
  );
}

function coverageItems(
  rule: RuleOf<'coverage'>,
  set: PromiseSetDef,
  qualifying: readonly Activity[],
  window: { start: string; end: string },
  words: DateWords,
): CoverageItem[] {
  const events = rule.events;
  if (events) {
    return (
      set.events
        // Only the events inside the window (a report on part of the period asks for fewer).
        .filter((e) => events.includes(e.id) && eventInWindow(e, window))
        .map((e) => {
          const last = [...e.dates, ...(e.end ? [e.end] : [])].sort().at(-1) ?? window.end;
          const count = qualifying.filter((a) => onDated(e, a.date)).reduce((n, a) => n + a.count, 0);
          // A label is kept in the status (and read in later reports): only a multi-year set's names its year.
          const when = e.dates.length === 1 ? formatDate(e.dates[0]!, words.multiYear) : undefined;
          return {
            id: e.id,
            name: e.name,
            ...(when ? { unit: when } : {}),
            end: last,
            count,
            covered: count >= rule.times,
          };
        })
    );
  }
  if (rule.set !== undefined) return setItems(rule, set, qualifying, window);
  const groups = rule.targetGroups;
  if (groups !== undefined) {
    return countUnitsOf(rule, window, set.terms).flatMap((u) =>
      groups.map((id) => {
        const count = qualifying
          .filter((a) => a.targetGroups.includes(id) && a.date >= u.start && a.date <= u.end)
          .reduce((n, a) => n + a.count, 0);
        return {
          id,
          name: set.targetGroups.find((g) => g.id === id)?.name ?? id,
          ...(rule.per === 'period' ? {} : { unit: u.label }),
          end: u.end,
          count,
          covered: count >= rule.times,
        };
      }),
    );
  }
  if (rule.tags !== undefined) return tagItems(rule, rule.tags, set, qualifying, window);
  const members = rule.places
    ? rule.places.map((id) => ({ id, name: set.places.find((p) => p.id === id)?.name ?? id }))
    : placesTagged(set, [rule.group ?? '']).map((p) => ({ id: p.id, name: p.name }));
  const units = countUnitsOf(rule, window, set.terms);
  return units.flatMap((u) =>
    members.map((m) => {
      const count = qualifying
        .filter((a) => a.place === m.id && a.date >= u.start && a.date <= u.end)
        .reduce((n, a) => n + a.count, 0);
      return {
        id: m.id,
        name: m.name,
        ...(rule.per === 'period' ? {} : { unit: u.label }),
        end: u.end,
        count,
        covered: count >= rule.times,
      };
    }),
  );
}

/** Each tag is a member, covered by an activity at any place that carries it. */
function tagItems(
  rule: RuleOf<'coverage'>,
  tags: readonly string[],
  set: PromiseSetDef,
  qualifying: readonly Activity[],
  window: { start: string; end: string },
): CoverageItem[] {
  return countUnitsOf(rule, window, set.terms).flatMap((u) =>
    tags.map((tag) => {
      const places = new Set(placesTagged(set, [tag]).map((p) => p.id));
      const count = qualifying
        .filter((a) => a.place !== null && places.has(a.place) && a.date >= u.start && a.date <= u.end)
        .reduce((n, a) => n + a.count, 0);
      return {
        id: tag,
        name: tagName(tag),
        ...(rule.per === 'period' ? {} : { unit: u.label }),
        end: u.end,
        count,
        covered: count >= rule.times,
      };
    }),
  );
}

/** `utanfor-tatort` → `utanfor tatort`: a tag read as words. */
function tagName(tag: string): string {
  return tag.replace(/-/g, ' ');
}

/** Members of a named set: one with a school year is due within it (clipped to the window). */
function setItems(
  rule: RuleOf<'coverage'>,
  set: PromiseSetDef,
  qualifying: readonly Activity[],
  window: { start: string; end: string },
): CoverageItem[] {
  const members = (set.sets.find((s) => s.id === rule.set)?.members ?? []).filter(
    (m) => !rule.schoolYears || m.schoolYear === undefined || rule.schoolYears.includes(m.schoolYear),
  );
  return members.flatMap((m) => {
    const spans = m.schoolYear
      ? [{ ...schoolYearSpan(m.schoolYear), label: schoolYearLabel(Number(m.schoolYear.slice(0, 4))) }]
      : countUnitsOf(rule, window, set.terms);
    return spans.flatMap((u) => {
      const start = u.start > window.start ? u.start : window.start;
      const end = u.end < window.end ? u.end : window.end;
      if (start > end) return [];
      const count = qualifying
        .filter((a) => a.place === m.id && a.date >= start && a.date <= end)
        .reduce((n, a) => n + a.count, 0);
      const labelled = m.schoolYear !== undefined || rule.per !== 'period';
      return [
        {
          id: m.id,
          name: m.name,
          ...(labelled ? { unit: u.label } : {}),
          end,
          count,
          covered: count >= rule.times,
        },
      ];
    });
  });
}

export const coverageRule = defineRule('coverage', {
  evaluate(rule, { commitment, set, prepared }): CoverageEvaluation {
    const { timeline, tally } = prepared;
    const items = coverageItems(rule, set, tally.qualifying, timeline.window, timeline.words);
    const today = timeline.today;
    const covered = items.filter((i) => i.covered).length;
    const missedAll = items.filter((i) => !i.covered && (timeline.ended || i.end < today));
    const outcome = outcomeOf(items.length === 0 ? 1 : covered / items.length, commitment.partialShare);
    const byEvent = rule.events !== undefined;
    const current = byEvent
      ? undefined
      : countUnitsOf(rule, timeline.window, set.terms).find((u) => u.start <= today && today <= u.end);
    // A multi-year set (`resetsEach`): the status is the current year's members; an earlier year's
    // misses belong to that year's outcome (`years`), judged as on a one-year period.
    // A member due over the whole period (`per: period`, no school year) belongs to no year: it is
    // judged on the whole period, never labelled with its last year.
    const reset = set.period.resetsEach !== undefined;
    const yearly = reset ? items.filter((i) => byEvent || rule.per !== 'period' || i.unit !== undefined) : [];
    const keyOf = (i: CoverageItem) => endSliceKey(set, i.end, rule.per);
    const nowKey = current ? endSliceKey(set, current.end, rule.per) : sliceKey(set, today);
    const thisYear = yearly.filter((i) => keyOf(i) === nowKey);
    const scope = thisYear.length > 0 ? thisYear : items;
    const missed = timeline.ended ? missedAll : missedAll.filter((i) => scope.includes(i));
    const years: YearOutcome[] = [];
    if (reset) {
      for (const key of [...new Set(yearly.map(keyOf))]) {
        const own = yearly.filter((i) => keyOf(i) === key);
        if (!own.every((i) => timeline.ended || i.end < today)) continue;
        const ownCovered = own.filter((i) => i.covered).length;
        years.push({
          label: sliceLabel(set, key),
          outcome: outcomeOf(ownCovered / own.length, commitment.partialShare),
          figure: `${ownCovered} av ${own.length} täckta`,
        });
      }
    }
    const { total, completed } = timeline;
    const base = {
      kind: 'coverage' as const,
      count: tally.count,
      target: items.length,
      weeks: { completed, total },
      ended: timeline.ended,
      weeksLeft: total - completed,
      weekCounts: tally.weekCounts,
      coverage: items,
      uncovered: missed.map(coverageName),
      needed: (timeline.ended ? items : scope).filter((i) => !i.covered).length,
      ...(years.length > 0 ? { years } : {}),
    };
    if (timeline.ended) return { ...base, status: finalStatus(outcome), outcome, alerts: [] };

    const noun = activityNoun(commitment);
    const alerts: Alert[] = [];
    if (missed.length > 0) {
      alerts.push({
        code: 'coverage-missed',
        severity: 'breach',
        message: byEvent
          ? `Ingen ${noun.one} vid ${missed.map(coverageName).join(', ')}`
          : `Ej besökt: ${missed.map(coverageName).join(', ')}`,
      });
    }
    // Members still open whose last day is within two weeks.
    const soon = items.filter(
      (i) => !i.covered && i.end >= today && toDayNumber(i.end) - toDayNumber(today) <= 14,
    );
    if (soon.length > 0) {
      const by = soon.map((i) => i.end).sort()[0]!;
      alerts.push({
        code: 'coverage-open',
        severity: 'warning',
        message: `Kvar att täcka: ${soon.map(coverageName).join(', ')}, senast ${timeline.words.day(by)}`,
        by,
      });
    }
    // Places of the current unit still needing visits: behind when the weeks left cannot hold them at
    // `perWeek` a week, or when any remain and few of the unit's weeks are left (pace.ts).
    let behind = false;
    // `after` a milestone done once a year: the unit is paced from this year's done day.
    const paced = current ? pacedUnit(current, prepared.after) : null;
    if (current && paced) {
      const open = items.filter((i) => !i.covered && i.end === current.end);
      const visitsLeft = open.reduce((n, i) => n + rule.times - i.count, 0);
      const unitTimeline = windowTimeline(paced, timeline.now, timeline.timeZone, timeline.setPeriod);
      // With `months`, only the unit's weeks in included months are left for visits.
      const skipped = skippedMonthsOf(rule);
      const weeks = skipped.length > 0 ? countedWeeks(unitTimeline, skipped) : unitTimeline;
      const pace = coveragePace(visitsLeft, weeks, rule.perWeek, rule.warnWeeksLeft);
      behind = pace.behind || pace.fewLeft;
      if (behind && soon.length === 0) {
        alerts.push({
          code: 'behind-pace',
          severity: 'warning',
          message: `${visitsLeft} besök ${leftText(pace.weeksLeft)}: ${open.map(coverageName).join(', ')}, senast ${timeline.words.day(current.end)}`,
          by: current.end,
        });
      }
    }
    const status = scope.every((i) => i.covered)
      ? 'uppfyllt'
      : missed.length > 0 || behind
        ? 'släpar'
        : 'i fas';
    if (thisYear.length > 0) {
      const year = {
        label: sliceLabel(set, nowKey),
        covered: thisYear.filter((i) => i.covered).length,
        total: thisYear.length,
      };
      return { ...base, year, status, outcome, alerts };
    }
    return { ...base, status, outcome, alerts };
  },

  describeTarget(rule) {
    const per = PER_WORDS[rule.per] ? ` ${PER_WORDS[rule.per]}` : ' under perioden';
    const times = rule.times > 1 ? countOf(rule.times, NOUNS.time) : 'minst en gång';
    return `varje ${rule.events ? 'tillfälle' : rule.set ? 'medlem' : 'plats'} i listan ${times}${per}${skippedMonthsText(rule)}`;
  },

  statusLine(ps) {
    const covered = ps.coverage.filter((i) => i.covered).length;
    const head = ps.year
      ? `${ps.year.label}: ${ps.year.covered} av ${ps.year.total} täckta`
      : `${covered} av ${ps.coverage.length} täckta`;
    const missing = ps.uncovered.length > 0 ? ` · ej täckt: ${ps.uncovered.join(', ')}` : '';
    return `${head}${missing} · ${word(ps)}`;
  },

  reportFigures(ps) {
    const lines = [`${ps.coverage.filter((i) => i.covered).length} av ${ps.coverage.length} täckta`];
    if (ps.uncovered.length > 0) lines.push(`Ej täckt: ${ps.uncovered.join(', ')}`);
    return lines;
  },

  reportsPlaces: false,

  reportScope(rule, fits) {
    if (rule.events) return { mode: 'within', weeks: rule.per === 'week' };
    return { mode: fits(rule.per) ? 'within' : 'cumulative', weeks: rule.per === 'week' };
  },
});
