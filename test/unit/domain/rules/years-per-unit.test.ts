// Outcomes per year in a multi-year set (`resetsEach: year`, issue 19 item 3) for per-unit counts,
// coverage per year and monthly averages: an ended year is judged from its own entries, `delvis
// uppfyllt` by the promise's `partialShare`, and `/status` names it beside the current year's status.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { Judgement } from '../../../../src/domain/status/types.ts';
import { addDays } from '../../../../src/domain/time/day-number.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const threeYears = { start: '2019-01-01', end: '2021-12-31', resetsEach: 'year' };

/** `n` entries from `from`, one every `step` days. */
function spread(from: string, n: number, step = 7, extra: Partial<Activity> = {}): Activity[] {
  return Array.from({ length: n }, (_, i) => activity('p', addDays(from, i * step), extra));
}

const statusAt = (set: PromiseSetDef, ledger: Activity[], now: string) =>
  computeStatus(set, ledger, parseNow(now, set.timeZone)).promises[0]!;

const lineAt = (set: PromiseSetDef, ledger: Activity[], now: string) =>
  renderStatus(set, computeStatus(set, ledger, parseNow(now, set.timeZone)))
    .text.split('\n')
    .find((l) => l.startsWith('Testlöfte:'));

function yearReport(set: PromiseSetDef, ledger: Activity[], year: number) {
  const scope = resolveReportScope(set, { year }, '2022-01-15');
  if (!scope.ok || !scope.value) throw new Error(`no scope for ${year}`);
  return buildReport(set, ledger, parseNow('2022-01-15T12:00', set.timeZone), {}, scope.value).promises[0]!;
}

describe('a count per year', () => {
  // 14 in 2019 (weekly from 9 January), 8 in 2020 (weekly from 8 January), 3 in 2021 by 10 March.
  const ledger = [...spread('2019-01-09', 14), ...spread('2020-01-08', 8), ...spread('2021-01-13', 3)];

  it('names 2019 and 2020 beside 2021’s status', () => {
    const set = singlePromiseSet({ rule: { kind: 'count', target: 12, per: 'year' } }, threeYears);
    const ps = statusAt(set, ledger, '2021-03-10T12:00');
    // 14 ≥ 12: uppfyllt. 8 / 12 = 0,67 ≥ 0,5: delvis uppfyllt.
    expect(ps.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '14 av 12' },
      { label: '2020', outcome: 'delvis uppfyllt', figure: '8 av 12' },
    ]);
    // Wednesday 10 March 2021 is in v.10; 2021 has 52 weeks (v.1 from Monday 4 January), v.1–9 are
    // completed, 43 are left. 3 of 12 against 12 × 9 / 52 = 2,1 expected: i fas.
    expect(lineAt(set, ledger, '2021-03-10T12:00')).toBe(
      'Testlöfte: 2021: 3 av 12 · 9 kvar på 43 veckor · i fas · 2019: uppfyllt (14 av 12), 2020: delvis uppfyllt (8 av 12)',
    );
  });

  it('grades a year by the configured share, in /status and in the year’s report', () => {
    // partialShare 0,75: 8 / 12 = 0,67 is under it (ej uppfyllt); 9 / 12 = 0,75 reaches it.
    const set = singlePromiseSet(
      { partialShare: 0.75, rule: { kind: 'count', target: 12, per: 'year' } },
      threeYears,
    );
    expect(statusAt(set, ledger, '2021-03-10T12:00').years?.[1]?.outcome).toBe('ej uppfyllt');
    expect(yearReport(set, ledger, 2020).outcome).toBe('ej uppfyllt');
    const nine = [...ledger, activity('p', '2020-10-07')];
    expect(statusAt(set, nine, '2021-03-10T12:00').years?.[1]?.outcome).toBe('delvis uppfyllt');
    expect(yearReport(set, nine, 2020).outcome).toBe('delvis uppfyllt');
  });

  it('lists the ended years in the whole period’s report', () => {
    const set = singlePromiseSet({ rule: { kind: 'count', target: 12, per: 'year' } }, threeYears);
    const report = buildReport(set, ledger, parseNow('2021-03-10T12:00', set.timeZone)).promises[0]!;
    expect(report.figures).toContain('Per år: 2019: uppfyllt (14 av 12), 2020: delvis uppfyllt (8 av 12)');
    // A year's own report is that year alone.
    expect(yearReport(set, ledger, 2020).figures.some((f) => f.startsWith('Per år'))).toBe(false);
  });

  it('lists no year before the first has ended', () => {
    const set = singlePromiseSet({ rule: { kind: 'count', target: 12, per: 'year' } }, threeYears);
    expect(statusAt(set, ledger, '2019-12-18T12:00').years).toBeUndefined();
  });
});

describe('a count per week with a tolerance per year', () => {
  it('judges 2019 by its 52 weeks and its own tolerance', () => {
    // 2019 has 52 ISO weeks (v.1 from Monday 31 December 2018, Thursday 3 January). Every Wednesday
    // from 2 January but 6 March (v.10): 51 of 52 weeks, one short week within a tolerance of one.
    const set = singlePromiseSet(
      { rule: { kind: 'count', target: 1, per: 'week', tolerance: 1 } },
      threeYears,
    );
    const ledger = spread('2019-01-02', 52).filter((a) => a.date !== '2019-03-06');
    const ps = statusAt(set, ledger, '2020-01-15T12:00');
    expect(ps.years).toEqual([{ label: '2019', outcome: 'uppfyllt', figure: '51 av 52 veckor' }]);
    // 15 January 2020 is in v.3 of 2020 (53 weeks): v.1 and v.2 ended without one (nothing was
    // logged in 2020), two short weeks, beyond 2020's tolerance of one: släpar. None of 2020's 53 kept.
    // A week of a multi-year set names its year.
    expect(lineAt(set, ledger, '2020-01-15T12:00')).toMatch(
      /^Testlöfte: v\.3 2020: 0 av 1 · 0 av 53 uppfyllda 2020 · släpar · 2019: uppfyllt \(51 av 52 veckor\)$/,
    );
  });
});

describe('coverage per year', () => {
  const set = singlePromiseSet(
    { rule: { kind: 'coverage', places: ['centrum', 'skolan'], per: 'year' } },
    threeYears,
  );
  const skolan = { place: 'skolan' };

  it('is uppfyllt once this year’s places are visited', () => {
    const ledger = [activity('p', '2019-03-06'), activity('p', '2019-05-08', skolan)];
    // Both places of 2019 visited by June; 2020 and 2021 are other years.
    expect(statusAt(set, ledger, '2019-06-05T12:00').status).toBe('uppfyllt');
    expect(lineAt(set, ledger, '2019-06-05T12:00')).toBe('Testlöfte: 2019: 2 av 2 täckta · uppfyllt');
  });

  it('leaves a place missed last year to last year’s outcome', () => {
    // 2019: only Centrum (1 of 2: 0,5 reaches partialShare 0,5, delvis uppfyllt). In January 2020
    // both places have 50 weeks to go at one visit a week: i fas, and "Skolan (2019)" is not a
    // breach this year.
    const ledger = [activity('p', '2019-03-06')];
    const ps = statusAt(set, ledger, '2020-01-15T12:00');
    expect(ps.status).toBe('i fas');
    expect(ps.alerts.filter((a) => a.severity === 'breach')).toEqual([]);
    expect(ps.years).toEqual([{ label: '2019', outcome: 'delvis uppfyllt', figure: '1 av 2 täckta' }]);
    expect(lineAt(set, ledger, '2020-01-15T12:00')).toBe(
      'Testlöfte: 2020: 0 av 2 täckta · i fas · 2019: delvis uppfyllt (1 av 2 täckta)',
    );
    expect(yearReport(set, ledger, 2019).outcome).toBe('delvis uppfyllt');
  });
});

describe('coverage over the whole period in a multi-year set', () => {
  // `per: period`: each place once in 2019–2021, not once a year. Skolan visited in 2019, Centrum in
  // 2021: both covered over the period, so no year is named, least of all 2021 for 2019's visit.
  const set = singlePromiseSet(
    { rule: { kind: 'coverage', places: ['centrum', 'skolan'], per: 'period' } },
    threeYears,
  );
  const ledger = [activity('p', '2019-05-08', { place: 'skolan' }), activity('p', '2021-03-10')];

  it('is not labelled with a year while it runs', () => {
    // 15 January 2020: Skolan (2019) covered, Centrum open; 1 of 2 over the whole period.
    expect(lineAt(set, ledger.slice(0, 1), '2020-01-15T12:00')).toBe('Testlöfte: 1 av 2 täckta · i fas');
  });

  it('gets the whole period’s outcome and no year list when it ends', () => {
    const ps = statusAt(set, ledger, '2022-01-15T12:00');
    expect(ps.outcome).toBe('uppfyllt');
    expect(ps.years).toBeUndefined();
    expect(lineAt(set, ledger, '2022-01-15T12:00')).toBe('Testlöfte: 2 av 2 täckta · uppfyllt');
  });
});

describe('a monthly average', () => {
  it('names 2019’s average beside 2020’s status', () => {
    // 10 in 2019's 12 months: 10 / 12 = 0,83 a month, under 1 but over half of it: delvis uppfyllt.
    const set = singlePromiseSet({ rule: { kind: 'monthly-average', target: 1 } }, threeYears);
    const ledger = spread('2019-01-09', 10, 30);
    const ps = statusAt(set, ledger, '2020-03-10T12:00');
    expect(ps.years).toEqual([{ label: '2019', outcome: 'delvis uppfyllt', figure: 'snitt 0,8/mån' }]);
  });
});

describe('every other month (varannan månad)', () => {
  it('keeps its runs of two months inside each year', () => {
    // 2019: one in January, March, May, July, September and November: each of 2019's 11 runs of two
    // months (januari–februari … november–december) holds one. 2020: the first one on 12 February.
    // Over the whole period the run december 2019–januari 2020 would be empty; per year it does not
    // exist, and 2020's first run, januari–februari, is kept.
    const set = singlePromiseSet({ rule: { kind: 'count', target: 1, every: { months: 2 } } }, threeYears);
    const ledger = [
      '2019-01-16',
      '2019-03-13',
      '2019-05-15',
      '2019-07-17',
      '2019-09-18',
      '2019-11-13',
      '2020-02-12',
    ].map((d) => activity('p', d));
    const ps = statusAt(set, ledger, '2020-03-10T12:00');
    expect(ps.status).toBe('i fas');
    expect(ps.alerts.filter((a) => a.severity === 'breach')).toEqual([]);
    expect(ps.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '11 av 11 perioder om 2 månader' },
    ]);
  });
});

describe('a judged promise', () => {
  const set = singlePromiseSet({ rule: { kind: 'judged', reviewEvery: 'tertial' } }, threeYears);
  const judged = (status: Judgement['status'], date: string, at = `${date}T10:00:00Z`): Judgement => ({
    setKey: set.key,
    promiseId: 'p',
    status,
    reason: status === 'uppfyllt' || status === 'i fas' ? null : 'orsak',
    userId: 'console:local:anna',
    at,
    date,
  });
  const yearsAt = (judgements: Judgement[], now: string) =>
    computeStatus(set, [], parseNow(now, set.timeZone), { judgements }).promises[0]!.years;

  it('names each ended year by its own last judgement', () => {
    // 2019 last judged uppfyllt on 5 November; 2020 last judged i fas on 1 October, a progress word,
    // so 2020 ended ej bedömd. 2021 runs: not listed.
    const judgements = [
      judged('släpar', '2019-05-02'),
      judged('uppfyllt', '2019-11-05'),
      judged('i fas', '2020-10-01'),
    ];
    expect(yearsAt(judgements, '2021-03-10T12:00')).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: 'bedömt 5 november 2019' },
      { label: '2020', outcome: 'ej bedömd', figure: 'senast i fas, bedömt 1 oktober 2020' },
    ]);
  });

  it('takes a late, final judgement for its year, and names a year never judged', () => {
    // `/loften bedöm p uppfyllt för 2019` on 14 January 2020: dated 31 December 2019, made in January.
    const late = judged('uppfyllt', '2019-12-31', '2020-01-14T10:00:00Z');
    expect(yearsAt([late], '2020-03-10T12:00')).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: 'bedömt 14 januari 2020' },
    ]);
    expect(yearsAt([], '2020-03-10T12:00')).toEqual([
      { label: '2019', outcome: 'ej bedömd', figure: 'ingen bedömning' },
    ]);
  });
});
