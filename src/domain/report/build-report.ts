// The year-end report of a promise set: per promise the target, the outcome with the figures
// behind it and the activities; totals per place and partner; plans not carried out; the weekly
// series for the chart. Built on computeStatus, so the report and `/status` never disagree.
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { countOf, NOUNS } from '../rules/noun.ts';
import { activityWindow, createWeekRef } from '../rules/timeline.ts';
import { computeStatus } from '../status/compute-status.ts';
import { reportWords } from '../status/status-words.ts';
import type { PromiseStatus, RuleContext } from '../status/types.ts';
import { lowerFirst } from '../text/lower-first.ts';
import type { DateWords } from '../time/date-words.ts';
import { formatDate } from '../time/format-swedish.ts';
import { weekSerialOfDate } from '../time/iso-week.ts';
import { periodWeekSerials } from '../time/period-weeks.ts';
import type { Activity, Outcome } from '../types.ts';
import { describeFigures } from './describe-figures.ts';
import { describeTarget } from './describe-target.ts';
import { findPlannedNotDone } from './planned-not-done.ts';
import { byDate, promiseActivities } from './report-activity.ts';
import type { ReportScope } from './report-scope.ts';
import { reportTitle } from './report-title.ts';
import { reportTotals } from './report-totals.ts';
import { buildScopedPromises } from './scoped-promises.ts';
import type { PromiseReport, ReportModel, WeekPoint } from './types.ts';

const OUTCOMES: Outcome[] = ['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'ej aktuell', 'ej bedömd'];

/**
 * `context` carries the judgements of judged promises (see computeStatus). With `scope` the report
 * covers that part of the period only (see scoped-promises.ts).
 */
export function buildReport(
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  context: RuleContext = {},
  scope: ReportScope | null = null,
): ReportModel {
  const status = computeStatus(set, activities, now, context);
  // Every date of the report is worded for the whole set (a part's report too), in its period's frame.
  const words = reportWords(set, status.today);
  // A period "förlängt" by a year is followed up to its new end.
  const period = scope ? { start: scope.start, end: scope.end } : effectivePeriod(set);
  // Only what has happened: a performed entry dated after today (a fixed clock, an import) is left out.
  const performed = activities.filter((a) => !a.planned && a.date <= status.today).sort(byDate);
  const inPeriod = performed.filter((a) => a.date >= period.start && a.date <= period.end);
  const planned = activities.filter((a) => a.planned && a.date >= period.start && a.date <= period.end);

  let promises: PromiseReport[];
  let series: { set: PromiseSetDef; statuses: readonly PromiseStatus[] };
  if (scope) {
    const scoped = buildScopedPromises(
      set,
      activities,
      performed,
      now,
      context,
      scope,
      words,
      (c, over, ps, today) => buildPromiseReport(c, over, ps, performed, today, words, now),
    );
    promises = scoped.promises;
    series = { set: scoped.weekSet, statuses: scoped.weekStatus.promises };
  } else {
    promises = set.promises.map((commitment, i) =>
      withYears(
        buildPromiseReport(commitment, set, status.promises[i]!, performed, status.today, words, now),
        status.promises[i]!,
      ),
    );
    series = { set, statuses: status.promises };
  }
  const { outcomes, summary } = summariseOutcomes(promises, set.promises.length);
  return {
    setKey: set.key,
    title: scope ? `${scope.heading}: ${lowerFirst(reportTitle(set))}` : reportTitle(set),
    ...(scope ? { scope: { heading: scope.heading, label: scope.label, slug: scope.slug } } : {}),
    municipality: set.municipality,
    policeArea: set.policeArea,
    period,
    year: Number((scope ? scope.end : set.period.end).slice(0, 4)),
    reportDue: set.reportDue,
    asOf: status.asOf,
    today: status.today,
    ended: scope ? status.today > scope.end : status.ended,
    problemAreas: [...set.problemAreas],
    followUp: set.followUp ?? null,
    signatories: set.signatories.map((s) => ({
      role: s.role,
      name: s.name ?? null,
      organisation: s.organisation ?? null,
    })),
    summary,
    outcomes,
    promises,
    totals: reportTotals(set, inPeriod),
    plannedNotDone: findPlannedNotDone(set, planned, performed, status.today, words),
    contacts: contactSeries(series.set, series.statuses, words),
    staffing: staffingSeries(series.set, series.statuses, words),
  };
}

/** The count per final outcome and the summary line (`9 löften — uppfyllt: 6 · …`). */
export function summariseOutcomes(
  promises: readonly PromiseReport[],
  total: number,
): Pick<ReportModel, 'outcomes' | 'summary'> {
  const counts = new Map<Outcome, number>(OUTCOMES.map((o) => [o, 0]));
  let running = 0;
  for (const p of promises) {
    if (p.final) counts.set(p.outcome, (counts.get(p.outcome) ?? 0) + 1);
    else running++;
  }
  // `ej bedömd` is listed only when a promise has it (judged promises are a minority of sets).
  const outcomes = Object.fromEntries(
    OUTCOMES.filter((o) => o !== 'ej bedömd' || counts.get(o)! > 0).map((o) => [o, counts.get(o)!]),
  ) as ReportModel['outcomes'];
  const summaryParts = OUTCOMES.filter((o) => counts.get(o)! > 0).map((o) => `${o}: ${counts.get(o)}`);
  if (running > 0) summaryParts.push(`pågår: ${running}`);
  return { outcomes, summary: `${countOf(total, NOUNS.promise)} — ${summaryParts.join(' · ')}` };
}

function buildPromiseReport(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  ps: PromiseStatus,
  performed: readonly Activity[],
  today: string,
  words: DateWords,
  now: Date,
): PromiseReport {
  const window = activityWindow(commitment, set);
  // A deliverable's entries after its due date are listed too: one may have made it done, late.
  const kind = commitment.rule.kind;
  const periodEnd = effectivePeriod(set).end;
  const listUntil =
    (kind === 'milestone' || kind === 'deadline') && periodEnd > window.end ? periodEnd : window.end;
  const activities = promiseActivities(commitment, set, performed, window.start, listUntil, words, now);
  // A promise already met (a count reached, a deadline delivered) is settled before its window ends.
  const final = today > window.end || ps.status === 'uppfyllt';
  const figureTotals: Record<string, number> = {};
  for (const f of commitment.figures) figureTotals[f.label] = ps.figureTotals[f.id] ?? 0;
  return {
    id: commitment.id,
    category: commitment.category,
    title: commitment.title,
    text: commitment.text,
    kind: commitment.rule.kind,
    target: describeTarget(commitment, set),
    outcome: ps.outcome,
    status: ps.status,
    final,
    verdict: final ? ps.outcome : `${ps.status}, pågår till ${formatDate(window.end, true)}`,
    figures: describeFigures(commitment, set, ps, activities, words),
    count: ps.count,
    figureTotals,
    activities,
  };
}

/**
 * The whole-period report of a multi-year set names each ended year's own outcome (`Per år: 2019:
 * uppfyllt (14 av 12), 2020: …`), unless the kind lists its years itself (the monthly average) or the
 * one year is the whole story (a one-year part).
 */
function withYears(report: PromiseReport, ps: PromiseStatus): PromiseReport {
  const years = ps.years ?? [];
  if (years.length === 0 || ps.kind === 'monthly-average' || (ps.ended && years.length === 1)) return report;
  const line = `Per år: ${years.map((y) => `${y.label}: ${y.outcome} (${y.figure})`).join(', ')}`;
  return { ...report, figures: [...report.figures, line] };
}

/** The weeks of the chart, each labelled as the rest of the report words it (`v.20`, `v.20 2021`). */
function weekPoints(set: PromiseSetDef, counts: readonly number[], words: DateWords): WeekPoint[] {
  const { first } = periodWeekSerials(set.period.start, set.period.end);
  return counts.map((count, i) => {
    const ref = createWeekRef(first + i);
    return {
      year: ref.year,
      week: ref.week,
      label: words.week(ref),
      start: ref.start,
      monday: words.date(ref.start),
      count,
    };
  });
}

function contactSeries(
  set: PromiseSetDef,
  statuses: readonly PromiseStatus[],
  words: DateWords,
): ReportModel['contacts'] {
  const ps = statuses.find((p) => p.kind === 'weekly-average');
  if (!ps) return null;
  return {
    promiseId: ps.id,
    title: ps.title,
    unit: ps.unit ?? ps.id,
    target: ps.target,
    weeks: weekPoints(set, ps.weekCounts, words),
  };
}

function staffingSeries(
  set: PromiseSetDef,
  statuses: readonly PromiseStatus[],
  words: DateWords,
): ReportModel['staffing'] {
  const ps = statuses.find((p) => p.kind === 'every-n-weeks');
  if (!ps) return null;
  const every = ps.target;
  const { first } = periodWeekSerials(set.period.start, set.period.end);
  const broken = new Set<number>();
  for (const gap of ps.gaps ?? []) {
    if (gap.weeks < every) continue;
    for (let i = 0; i < gap.weeks; i++) broken.add(weekSerialOfDate(gap.from.start) - first + i);
  }
  return {
    promiseId: ps.id,
    title: ps.title,
    every,
    weeks: weekPoints(set, ps.weekCounts, words).map((w, i) => ({
      ...w,
      staffed: w.count > 0,
      inBrokenWindow: broken.has(i),
    })),
  };
}
