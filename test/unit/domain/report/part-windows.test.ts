// Runs of N weeks in a report on part of the period (`/rapport T2 2019`, issue 19 item 3: "windows
// sliced by the period's weeks"). A run belongs to the part its last week is in, so a part's runs may
// begin up to N − 1 weeks before it; a gap straddling a tertial's start is judged in the tertial where
// the runs it breaks end, and the tertials' runs together are the whole year's.
//
// The calendar, worked by hand (2019; a week belongs to the tertial its Thursday is in):
// - T1 (januari–april): v.1–17 (v.17 is 22–28 april). T2 (maj–augusti): v.18–35 (v.18 is 29 april –
//   5 maj, Thursday 2 May; v.35 is 26 augusti – 1 september, Thursday 29 August). T3: v.36–52.
// - Runs of three weeks: the year has 52 − 3 + 1 = 50. Those ending in T1 end in v.3–17 (15), in
//   T2 in v.18–35 (18), in T3 in v.36–52 (17): 15 + 18 + 17 = 50.
//
// The ledger: a staffed weekend every week v.1–15 and v.20–52, none in v.16–19 (15 april – 12 maj).
// Over the year the runs v.16–18 and v.17–19 hold none: 48 of 50 kept. Both end in T2.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { addDays } from '../../../../src/domain/time/day-number.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const year2019 = { start: '2019-01-01', end: '2019-12-31' };
const staffing = singlePromiseSet(
  { title: 'Bemannad helg', words: ['bemanning'], rule: { kind: 'every-n-weeks', weeks: 3 } },
  year2019,
);

/** The Wednesday of ISO week `week` of 2019 (v.1: 2 January) or 2020 (v.1: 1 January). */
const wednesday = (week: number, year = 2019) =>
  addDays(year === 2019 ? '2019-01-02' : '2020-01-01', 7 * (week - 1));
const weeks = (from: number, to: number, year = 2019): Activity[] =>
  Array.from({ length: to - from + 1 }, (_, i) => activity('p', wednesday(from + i, year)));

const ledger = [...weeks(1, 15), ...weeks(20, 52)];
const twoYears2019to2020 = { start: '2019-01-01', end: '2020-12-31', resetsEach: 'year' };

function tertialReport(set: PromiseSetDef, entries: Activity[], index: number, now: string, year = 2019) {
  const scope = resolveReportScope(set, { period: { unit: 'tertial', index }, year }, now.slice(0, 10));
  if (!scope.ok || !scope.value) throw new Error(`no scope for T${index}`);
  return buildReport(set, entries, parseNow(now, set.timeZone), {}, scope.value);
}
const tertial = (set: PromiseSetDef, entries: Activity[], index: number, now: string, year = 2019) =>
  tertialReport(set, entries, index, now, year).promises[0]!;

describe('every N weeks in a report on a tertial', () => {
  it('judges a gap straddling the tertial’s start in the tertial where its runs end', () => {
    // T2: 18 runs end in v.18–35; v.16–18 and v.17–19 are broken, 16 of 18 = 0,89 ≥ 0,5: delvis uppfyllt.
    // Judged on T2's own weeks alone (v.18–20 the first run), all 16 would have been kept.
    const t2 = tertial(staffing, ledger, 2, '2019-10-01T12:00');
    expect(t2.outcome).toBe('delvis uppfyllt');
    expect(t2.figures).toContain('16 av 18 perioder om 3 veckor hölls');
    expect(t2.figures).toContain('Utan bemanning: v.16–19 (15 april–12 maj)');
    expect(t2.figures).toContain(
      'Glappet v.16–19 började före tertial 2 2019 men räknas här: en period om 3 veckor hör till den del där den slutar',
    );
    // The chart of T2's weeks marks its part of the gap, v.18–19, as in a broken run.
    const chart = tertialReport(staffing, ledger, 2, '2019-10-01T12:00').staffing!;
    expect(chart.weeks.filter((w) => w.inBrokenWindow).map((w) => w.week)).toEqual([18, 19]);
  });

  it('leaves the straddling runs out of the tertial before, so each run is judged once', () => {
    // T1: 15 runs end in v.3–17; v.15–17 holds v.15. All kept. T3: 17 of 17.
    const t1 = tertial(staffing, ledger, 1, '2019-10-01T12:00');
    expect(t1.outcome).toBe('uppfyllt');
    expect(t1.figures).toContain('15 av 15 perioder om 3 veckor hölls');
    expect(t1.figures.some((f) => f.startsWith('Glappet'))).toBe(false);
    const t3 = tertial(staffing, ledger, 3, '2020-01-10T12:00');
    expect(t3.figures).toContain('17 av 17 perioder om 3 veckor hölls');
    // 15 + 18 + 17 = 50 runs, 2 broken: the year's report says the same.
    const year = buildReport(staffing, ledger, parseNow('2020-01-10T12:00', staffing.timeZone)).promises[0]!;
    expect(year.figures).toContain('48 av 50 perioder om 3 veckor hölls');
  });

  it('lags in a running tertial as soon as a run begun before it ends without one', () => {
    // Tuesday 14 May is in v.20: T2's completed weeks are v.18–19, and the runs v.16–18 and v.17–19
    // (ending in them) are broken. On T2's weeks alone the first run, v.18–20, would still be open. T2
    // runs on to the Sunday of its last week, v.35.
    const t2 = tertial(staffing, ledger, 2, '2019-05-14T12:00');
    expect(t2.status).toBe('släpar');
    expect(t2.verdict).toBe('släpar, pågår till 1 september 2019');
  });

  it('never reaches back over New Year in a multi-year set: T1 2020 starts with its own runs', () => {
    // 2019 staffed v.1–50, nothing v.51–52; 2020 from v.2. T1 2020 is v.1–18 (v.18 is 27 april –
    // 3 maj, Thursday 30 April): 18 − 3 + 1 = 16 runs, the first v.1–3 (held in v.2), all kept;
    // v.51 2019 – v.1 2020 is no run of 2020.
    const twoYears = singlePromiseSet(
      { title: 'Bemannad helg', words: ['bemanning'], rule: { kind: 'every-n-weeks', weeks: 3 } },
      twoYears2019to2020,
    );
    const entries = [...weeks(1, 50), ...weeks(2, 20, 2020)];
    const t1 = tertial(twoYears, entries, 1, '2020-06-10T12:00', 2020);
    expect(t1.outcome).toBe('uppfyllt');
    expect(t1.figures).toContain('16 av 16 perioder om 3 veckor hölls');
    expect(t1.figures.some((f) => f.startsWith('Glappet'))).toBe(false);
  });
});

describe('regular work in a report on a tertial', () => {
  it('judges a silence straddling the tertial’s start in the tertial where it reaches the limit', () => {
    // Never four weeks without: nothing in v.16–20. Runs of four ending in T2 (v.18–35) begin from
    // v.15: 18 runs, v.16–19 and v.17–20 silent, 16 of 18 kept: delvis uppfyllt. T2's own weeks hold
    // only a three-week silence (v.18–20), under the limit.
    const regular = singlePromiseSet(
      { title: 'Trygghetsvandring', words: ['trygghetsvandring'], rule: { kind: 'regular', weeks: 4 } },
      year2019,
    );
    const entries = [...weeks(1, 15), ...weeks(21, 52)];
    const t2 = tertial(regular, entries, 2, '2019-10-01T12:00');
    expect(t2.outcome).toBe('delvis uppfyllt');
    expect(t2.figures).toContain(
      'Uppehållet v.16–20 började före tertial 2 2019 men räknas här: en period om 4 veckor hör till den del där den slutar',
    );
    expect(tertial(regular, entries, 1, '2019-10-01T12:00').outcome).toBe('uppfyllt');
  });
});
