// The promises of a report on part of the period (`/rapport T2 2019`, `/rapport 2024`). How a
// promise is judged there depends on what its target is about:
// - `within`: a target that holds inside the part (per week, month, … no larger than the part; an
//   average per week; every N weeks; regular work; each dated event) is judged on the part alone,
//   as if the set's period were that part. Week rules see whole ISO weeks (those whose Thursday is
//   in the part), so adjacent parts never share or split a week.
// - `pro-rata`: a count for the whole period (or per unit larger than the part) shows what was done
//   in the part against its share of the target, and the status of the whole target at the part's end.
// - `cumulative`: deliverables, coverage of a list over the period and judged work show their status
//   at the part's end, with the part's activities.
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { countUnitsOf, type Per, unitsOfPeriod } from '../rules/count-units.ts';
import { countWithDistinctPlaces } from '../rules/distinct-places.ts';
import { creditedNoun } from '../rules/figure-sum.ts';
import type { ReportScopeSpec, ScopeMode, StatusOf } from '../rules/kinds/define-rule.ts';
import { ruleModule } from '../rules/kinds/rule-kinds.ts';
import { includedDays, skippedMonthsOf } from '../rules/month-filter.ts';
import { capitalise, countOf, weeksText } from '../rules/noun.ts';
import { finalStatus, outcomeOf } from '../rules/outcome.ts';
import { sliceKey, sliceOf, unitSliceKey } from '../rules/slices.ts';
import { prepareRule } from '../rules/tally.ts';
import { activityWindow } from '../rules/timeline.ts';
import { computeStatus } from '../status/compute-status.ts';
import type { CountUnit, Judgement, PromiseStatus, RuleContext, SetStatus } from '../status/types.ts';
import type { DateWords } from '../time/date-words.ts';
import { addDays, toDayNumber } from '../time/day-number.ts';
import { formatDate, formatNumber } from '../time/format-swedish.ts';
import { weekEnd, weekFromSerial, weekStart } from '../time/iso-week.ts';
import { endOfLocalDay, toLocalDate } from '../time/local-date.ts';
import { type Period, periodWeekSerials } from '../time/period-weeks.ts';
import type { Activity, Outcome, StatusWord } from '../types.ts';
import { conditionLines, describeFigures } from './describe-figures.ts';
import { describeTarget, PER_WORDS } from './describe-target.ts';
import { promiseActivities } from './report-activity.ts';
import type { ReportScope } from './report-scope.ts';
import type { PromiseReport } from './types.ts';

export type { ScopeMode };

/** The shortest length of each unit in days: a unit fits a part when it is no longer than it. */
const UNIT_DAYS: Record<Per, number> = {
  day: 1,
  week: 7,
  month: 28,
  quarter: 90,
  tertial: 120,
  'half-year': 181,
  term: 181,
  year: 365,
  'school-year': 365,
  period: Number.POSITIVE_INFINITY,
};

const days = (p: Period) => toDayNumber(p.end) - toDayNumber(p.start) + 1;
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

function unitDays(per: Per, set: PromiseSetDef): number {
  if (per !== 'term' || set.terms.length === 0) return UNIT_DAYS[per];
  return Math.min(
    ...unitsOfPeriod(effectivePeriod(set), 'term', set.terms).map((u) => days(u)),
    UNIT_DAYS.term,
  );
}

/** How the promise's kind is judged in a part of `partDays` days (see rules/kinds/define-rule.ts). */
export function scopeSpec(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  scope: ReportScope,
): ReportScopeSpec {
  const partDays = toDayNumber(scope.unitEnd) - toDayNumber(scope.unitStart) + 1;
  const fits = (per: Per) => unitDays(per, set) <= partDays;
  return ruleModule(commitment.rule.kind).reportScope(commitment.rule, fits);
}

/** The part widened to whole ISO weeks (those whose Thursday is inside it), within the period. */
export function weekAlignedPart(scope: ReportScope, whole: Period): Period {
  const { first, last } = periodWeekSerials(scope.start, scope.end);
  if (last < first) return { start: scope.start, end: scope.end };
  return {
    start: later(weekStart(weekFromSerial(first)), whole.start),
    end: earlier(weekEnd(weekFromSerial(last)), whole.end),
  };
}

/**
 * The set as if its period were `part`. A tolerance per slice (`resetsEach`) is what is left of it
 * after the short units of the same slice before the part.
 */
function setOverPart(set: PromiseSetDef, part: Period, before: SetStatus): PromiseSetDef {
  const { resetsEach } = set.period;
  return {
    ...set,
    period: { start: part.start, end: part.end, ...(resetsEach ? { resetsEach } : {}) },
    promises: set.promises.map((c, i) => {
      const rule = c.rule;
      if (rule.kind !== 'count' || rule.tolerance === 0) return c;
      // The part's slice: its last day's (a week-aligned part may start in the year before).
      const slice = sliceKey(set, part.end);
      const earlier = before.promises[i];
      const units = earlier?.kind === 'count' ? (earlier.units ?? []) : [];
      const used = units.filter(
        (u) => u.end < part.start && !u.kept && unitSliceKey(set, u, rule.per) === slice,
      ).length;
      return { ...c, rule: { ...rule, tolerance: Math.max(0, rule.tolerance - used) } };
    }),
  };
}

/**
 * The judgement a part is reported with. A judgement belongs to the year (slice) it was made in — one
 * made after the period belongs to its last year — so only those of the part's year are candidates:
 * the latest made during the part; else the first made after it (the review of the part); else the
 * latest before it, still in force. Its instant is moved to the part's end so a status as of then takes it.
 */
function judgementsForPart(
  set: PromiseSetDef,
  judgements: readonly Judgement[],
  scope: ReportScope,
  until: Date,
  now: Date,
): Judgement[] {
  const nowIso = now.toISOString();
  const untilIso = until.toISOString();
  const whole = effectivePeriod(set);
  const year = sliceOf(set, earlier(scope.end, whole.end), whole);
  const yearEnd = year.end >= whole.end ? '9999-12-31' : year.end;
  return set.promises.flatMap((c) => {
    const own = judgements
      .filter((j) => j.setKey === set.key && j.promiseId === c.id && j.at <= nowIso)
      .filter((j) => j.date >= year.start && j.date <= yearEnd)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const chosen =
      own.filter((j) => j.date >= scope.start && j.date <= scope.end).at(-1) ??
      own.find((j) => j.date > scope.end) ??
      own.filter((j) => j.date < scope.start).at(-1);
    if (!chosen) return [];
    return [chosen.at < untilIso ? chosen : { ...chosen, at: untilIso, madeAt: chosen.madeAt ?? chosen.at }];
  });
}

/**
 * The week-aligned part widened back by `weeks` weeks, for runs of weeks that end in it: never before
 * the first week of the part's year in a multi-year set (no run straddles New Year there), nor before
 * the period. Null when nothing is added.
 */
function leadInPart(
  set: PromiseSetDef,
  scope: ReportScope,
  weekPart: Period,
  whole: Period,
  weeks: number,
): Period | null {
  if (weeks <= 0) return null;
  const year = sliceOf(set, earlier(scope.end, whole.end), whole);
  const { first } = periodWeekSerials(year.start, year.end);
  const floor = later(weekStart(weekFromSerial(first)), whole.start);
  const start = later(addDays(weekPart.start, -7 * weeks), floor);
  return start < weekPart.start ? { start, end: weekPart.end } : null;
}

/** The part's status with its runs of weeks (windows, gaps, status, outcome) judged from `runs`. */
function withRunsFrom(part: PromiseStatus, runs: PromiseStatus): PromiseStatus {
  if (part.kind === 'every-n-weeks' && runs.kind === 'every-n-weeks') return { ...part, ...runFields(runs) };
  if (part.kind === 'regular' && runs.kind === 'regular') return { ...part, ...runFields(runs) };
  return part;
}

function runFields(ps: StatusOf<'every-n-weeks'> | StatusOf<'regular'>) {
  const { status, outcome, alerts, lastWeek, nextDueWeek, gaps, longestGap } = ps;
  const { windowsKept, windowsBroken, windowsTotal } = ps;
  return {
    status,
    outcome,
    alerts,
    lastWeek,
    nextDueWeek,
    gaps,
    longestGap,
    windowsKept,
    windowsBroken,
    windowsTotal,
  };
}

/**
 * A gap that began before the part but broke a run ending in it is this part's: the report says so
 * (`Glappet v.16–19 började före tertial 2 2019 men räknas här: …`).
 */
function straddlingNote(
  ps: PromiseStatus,
  part: Period,
  scope: ReportScope,
  words: DateWords,
): string | null {
  if (ps.kind !== 'every-n-weeks' && ps.kind !== 'regular') return null;
  const gap = ps.gaps.find((g) => g.weeks >= ps.target && g.from.start < part.start);
  if (!gap) return null;
  const what = ps.kind === 'regular' ? 'Uppehållet' : 'Glappet';
  return `${what} ${words.weekSpan(gap.from, gap.to)} började före ${scope.label} men räknas här: en period om ${weeksText(ps.target)} hör till den del där den slutar`;
}

/**
 * The share of a count's target that falls in the part: per unit, by the days the part covers. With
 * `months`/`exceptMonths` only days of included months weigh ("bara november–mars": a tertial of
 * May–August gets none of the target); a week unit is whole or left out by its Thursday, so it weighs
 * all its days.
 */
function proRataTarget(commitment: CommitmentDef, set: PromiseSetDef, scope: ReportScope): number {
  const rule = commitment.rule;
  if (rule.kind !== 'count') return 0;
  const window = activityWindow(commitment, set);
  const skipped = rule.per === 'week' ? [] : skippedMonthsOf(rule);
  const weight = (p: Period) => includedDays(p, skipped);
  const units =
    rule.per === 'period'
      ? [{ ...window, full: weight(window) }]
      : countUnitsOf(rule, window, set.terms).map((u) => ({ ...u, full: weight(u.whole ?? u) }));
  let share = 0;
  for (const u of units) {
    const overlap = { start: later(u.start, scope.start), end: earlier(u.end, scope.end) };
    if (overlap.start <= overlap.end && u.full > 0) share += (rule.target * weight(overlap)) / u.full;
  }
  return share;
}

/** The count's unit the part ends in (or the last one it reaches), as of the part's end. */
function unitAt(ps: PromiseStatus, scope: ReportScope, untilDate: string): CountUnit | null {
  const last = earlier(untilDate, scope.end);
  const units = ps.kind === 'count' ? (ps.units ?? []) : [];
  const reached = units.filter((u) => u.start <= last && u.end >= scope.start);
  return reached.at(-1) ?? null;
}

/**
 * A unit reached is met; one that has ended is kept or not; one still running is behind when a
 * whole activity behind its pro-rata pace (the same test as `count`).
 */
function unitVerdict(
  unit: CountUnit,
  target: number,
  untilDate: string,
  partialShare: number,
): { status: StatusWord; outcome: Outcome; final: boolean } {
  const unitTarget = unit.target ?? target;
  const outcome = outcomeOf(unit.count / unitTarget, partialShare);
  if (unit.count >= unitTarget) return { status: 'uppfyllt', outcome, final: true };
  if (untilDate >= unit.end) return { status: finalStatus(outcome), outcome, final: true };
  const elapsed = days({ start: unit.start, end: untilDate }) / days(unit);
  const behind = unit.count <= unitTarget * elapsed - 1 + 1e-9;
  return { status: behind ? 'släpar' : 'i fas', outcome, final: false };
}

export interface ScopedPromises {
  promises: PromiseReport[];
  /** The set over the part in whole weeks, and its status: the weekly series are drawn from it. */
  weekSet: PromiseSetDef;
  weekStatus: SetStatus;
}

export function buildScopedPromises(
  set: PromiseSetDef,
  activities: readonly Activity[],
  performed: readonly Activity[],
  now: Date,
  context: RuleContext,
  scope: ReportScope,
  words: DateWords,
  buildPromiseReport: (
    c: CommitmentDef,
    set: PromiseSetDef,
    ps: PromiseStatus,
    today: string,
  ) => PromiseReport,
): ScopedPromises {
  const partEnd = endOfLocalDay(scope.end, set.timeZone);
  const until = partEnd < now ? partEnd : now;
  const untilDate = toLocalDate(until, set.timeZone);
  const today = toLocalDate(now, set.timeZone);
  // The status as of the part's end knows nothing done after it.
  const known = activities.filter((a) => a.planned || a.date <= untilDate);
  const atEnd = computeStatus(set, known, until, {
    ...context,
    judgements: judgementsForPart(set, context.judgements ?? [], scope, until, now),
  });
  const whole = effectivePeriod(set);
  const plainSet = setOverPart(set, scope, atEnd);
  const weekPart = weekAlignedPart(scope, whole);
  const weekSet = setOverPart(set, weekPart, atEnd);
  const plainStatus = computeStatus(plainSet, activities, now, context);
  const specs = set.promises.map((commitment) => scopeSpec(commitment, set, scope));
  // Runs of N weeks are judged where they end: over the part and the weeks before it that its first
  // runs began in (one status per distinct lead-in), the rest of the figures over the part alone.
  const leadIns = new Map<string, SetStatus>();
  const statusFrom = (part: Period): SetStatus => {
    let status = leadIns.get(part.start);
    if (!status) {
      status = computeStatus(setOverPart(set, part, atEnd), activities, now, context);
      leadIns.set(part.start, status);
    }
    return status;
  };
  const partWeekStatus = computeStatus(weekSet, activities, now, context);
  const weekStatus: SetStatus = {
    ...partWeekStatus,
    promises: partWeekStatus.promises.map((ps, i) => {
      const lead = leadInPart(set, scope, weekPart, whole, specs[i]!.leadInWeeks ?? 0);
      return lead ? withRunsFrom(ps, statusFrom(lead).promises[i]!) : ps;
    }),
  };

  const promises = set.promises.map((commitment, i) => {
    const { mode, weeks } = specs[i]!;
    if (mode === 'within') {
      const overPart = weeks ? weekSet : plainSet;
      const status = weeks ? weekStatus : plainStatus;
      const ps = status.promises[i]!;
      const report = buildPromiseReport(commitment, overPart, ps, today);
      const straddling = weeks ? straddlingNote(ps, weekPart, scope, words) : null;
      if (straddling) return { ...report, figures: [...report.figures, straddling] };
      if (
        ps.kind === 'coverage' &&
        commitment.rule.kind === 'coverage' &&
        commitment.rule.events &&
        ps.coverage.length === 0
      ) {
        // None of the listed events falls in the part: nothing to judge here.
        const figures = [`Inget av tillfällena ligger i ${scope.label}`];
        const none: PromiseReport = {
          ...report,
          outcome: 'ej aktuell',
          status: 'ej aktuell',
          final: true,
          verdict: 'ej aktuell',
          figures,
        };
        return none;
      }
      return report;
    }
    return partReport(
      commitment,
      set,
      atEnd.promises[i]!,
      activities,
      performed,
      scope,
      until,
      untilDate,
      mode,
      partEnd < now,
      words,
    );
  });
  return { promises, weekSet, weekStatus };
}

/**
 * A part that has ended is reported as ended, with its own outcome: a count for the period by what
 * the part did against its pro-rata share; judged work by the part's judgement (a progress word is
 * `ej bedömd`); coverage of the period by what was covered by the part's end. A deliverable due after
 * the part still runs.
 */
function endedPartVerdict(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  scope: ReportScope,
  ps: PromiseStatus,
  inPart: number,
  mode: ScopeMode,
): { status: StatusWord; outcome: Outcome; final: boolean } | null {
  const rule = commitment.rule;
  // A need still open at the part's end, due after it, is not this part's to grade: it runs on.
  if (!ps.ended && (ps.conditional?.open?.length ?? 0) > 0) return null;
  if (mode === 'pro-rata' && rule.kind === 'count') {
    const exact = proRataTarget(commitment, set, scope);
    // No day of the part is one the promise applies to (only other months): nothing to keep here.
    if (exact === 0) return { status: 'ej aktuell', outcome: 'ej aktuell', final: true };
    // Graded against the share as the report shows it (one decimal): 1 of "1,0" is met.
    const share = Math.round(exact * 10) / 10;
    const outcome = outcomeOf(share <= 0 ? 1 : inPart / share, commitment.partialShare);
    return { status: finalStatus(outcome), outcome, final: true };
  }
  if (rule.kind === 'judged') {
    return { status: finalStatus(ps.outcome), outcome: ps.outcome, final: true };
  }
  if (ps.kind === 'deadline' || ps.kind === 'milestone') {
    // Done by the part's end is kept; not done and due after it is not this part's to keep.
    if (ps.doneDate !== null && ps.doneDate <= scope.end)
      return { status: 'uppfyllt', outcome: 'uppfyllt', final: true };
    if (ps.due > scope.end) return { status: 'ej aktuell', outcome: 'ej aktuell', final: true };
    return null;
  }
  if (ps.kind === 'coverage') {
    // The members due by the part's end; one whose sub-period runs on is not yet due.
    const due = ps.coverage.filter((i) => i.end <= scope.end);
    if (due.length === 0) return null;
    const covered = due.filter((i) => i.covered).length;
    const outcome = outcomeOf(covered / due.length, commitment.partialShare);
    return { status: finalStatus(outcome), outcome, final: true };
  }
  return null;
}

function partReport(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  ps: PromiseStatus,
  activities: readonly Activity[],
  performed: readonly Activity[],
  scope: ReportScope,
  until: Date,
  untilDate: string,
  mode: ScopeMode,
  partEnded: boolean,
  words: DateWords,
): PromiseReport {
  const window = activityWindow(commitment, set);
  const from = later(scope.start, window.start);
  const to = earlier(scope.end, window.end);
  const listed = promiseActivities(commitment, set, performed, from, to, words, until);
  const counted = prepareRule(commitment, set, activities, until).tally.qualifying.filter(
    (a) => a.date >= from && a.date <= to,
  );
  const figureTotals: Record<string, number> = {};
  for (const f of commitment.figures) figureTotals[f.id] = 0;
  for (const a of counted) {
    for (const f of commitment.figures) figureTotals[f.id]! += a.figures[f.id] ?? 0;
  }
  const rule = commitment.rule;
  const noun = creditedNoun(commitment);
  // A count with `sum` is the part's sum of its figure; otherwise its entries (or occasions, places).
  const summed = rule.kind === 'count' ? rule.sum : undefined;
  const inPart =
    summed !== undefined
      ? (figureTotals[summed] ?? 0)
      : countWithDistinctPlaces(
          counted.filter((a) => a.count > 0),
          rule.kind === 'count' ? rule.distinctPlaces : undefined,
          rule.kind === 'count' ? rule.distinct : undefined,
        );
  const lastDate =
    counted
      .map((a) => a.date)
      .sort()
      .at(-1) ?? null;
  const patched: PromiseStatus = {
    ...ps,
    figureTotals,
    missingPartner: 0,
    ...(rule.kind === 'judged' ? { count: inPart, lastDate } : {}),
  };
  const lines: string[] = [];
  let target = describeTarget(commitment, set);
  if (mode === 'pro-rata' && rule.kind === 'count') {
    const share = formatNumber(proRataTarget(commitment, set, scope), 1);
    const per = PER_WORDS[rule.per] ?? 'under perioden';
    target += ` (pro rata för ${scope.label}: ${share})`;
    lines.push(`Under ${scope.label}: ${countOf(inPart, noun)} (pro rata ${share} av ${rule.target} ${per})`);
  } else if (rule.kind !== 'judged') {
    lines.push(`Under ${scope.label}: ${countOf(inPart, noun)}`);
  }
  const figures = describeFigures(commitment, set, patched, listed, words);
  // The kind's own figures follow a conditional promise's condition line.
  const at = conditionLines(patched, words).length;
  // A count per unit larger than the part (per year, in a tertial) is judged on that unit so far.
  const countTarget = rule.kind === 'count' ? rule.target : 0;
  const unit = rule.kind === 'count' && rule.per !== 'period' ? unitAt(ps, scope, untilDate) : null;
  if (unit) {
    const through = formatDate(earlier(untilDate, unit.end), !/\d{4}/.test(unit.label));
    figures[at] =
      `${capitalise(unit.label)} t.o.m. ${through}: ${unit.count} av ${countOf(unit.target ?? countTarget, noun)}`;
    figures.splice(at + 1, figures[at + 1]?.startsWith('Under målet') ? 1 : 0);
  } else if ((rule.kind === 'count' || rule.kind === 'coverage') && figures[at]) {
    figures[at] = `Hela perioden t.o.m. ${formatDate(untilDate, true)}: ${figures[at]}`;
  }
  lines.push(...figures);

  const verdict = unit
    ? unitVerdict(unit, countTarget, untilDate, commitment.partialShare)
    : partEnded
      ? endedPartVerdict(commitment, set, scope, ps, inPart, mode)
      : null;
  const final = verdict ? verdict.final : untilDate > window.end || ps.status === 'uppfyllt';
  const outcome = verdict?.outcome ?? ps.outcome;
  const status = verdict?.status ?? ps.status;
  const runsTo = unit ? unit.end : window.end;
  const figureLabels: Record<string, number> = {};
  for (const f of commitment.figures) figureLabels[f.label] = figureTotals[f.id] ?? 0;
  return {
    id: commitment.id,
    category: commitment.category,
    title: commitment.title,
    text: commitment.text,
    kind: rule.kind,
    target,
    outcome,
    status,
    final,
    verdict: final ? outcome : `${status}, pågår till ${formatDate(runsTo, true)}`,
    figures: lines,
    count: inPart,
    figureTotals: figureLabels,
    activities: listed,
  };
}
