// issue 19, format: calendar months — `every: { months: 2 }` ("varannan månad": every two consecutive
// months hold one) and `kind: monthly-average` ("minst en gång i månaden i snitt", per year with
// `resetsEach`). Every figure worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { describeTarget } from '../../../../src/domain/report/describe-target.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { PromiseStatus } from '../../../../src/domain/status/types.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';
import { lineAt } from '../../../helpers/status-line.ts';

function load(source: string): PromiseSetDef {
  const result = loadPromiseFile(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const head = (period: string) => `key: manad-test
format: 2
title: Test
municipality: Testkommun
policeArea: LPO Test
period: ${period}
reportDue: 2021-01-31
`;

const bimonthly = load(`${head('{ start: 2019-01-01, end: 2019-12-31 }')}promises:
  - id: foreningar
    category: Trygghet
    title: Föreningsbesök varannan månad
    text: Besöka föreningarna minst en gång varannan månad.
    words: [föreningsbesök]
    rule: { kind: count, target: 1, every: { months: 2 } }
`);

const average = load(`${head('{ start: 2019-01-01, end: 2020-12-31, resetsEach: year }')}promises:
  - id: rattfylleri
    category: Trafik
    title: Trafikövervakning
    text: Trafikövervakning mot rattfylleri minst en gång i månaden i snitt över året.
    words: [rattfyllerikontroll]
    rule: { kind: monthly-average, target: 1 }
`);

const act = (set: PromiseSetDef, id: string, date: string, extra: Partial<Activity> = {}) =>
  buildActivity(id, date, { setKey: set.key, ...extra });
const statusOf = (set: PromiseSetDef, activities: Activity[], local: string): PromiseStatus =>
  computeStatus(set, activities, parseNow(local, set.timeZone)).promises[0]!;

describe('every: { months: 2 } — varannan månad', () => {
  // Runs of two months: jan–feb, feb–mar, …, nov–dec = 11. July and August have none, so jul–aug is the
  // only run without a visit: 10 of 11 kept.
  const visits = ['2019-01-15', '2019-03-20', '2019-05-02', '2019-06-01', '2019-09-10', '2019-11-05'].map(
    (d) => act(bimonthly, 'foreningar', d),
  );

  it('is i fas while the run ending this month has more than a week left', () => {
    const ps = statusOf(bimonthly, visits, '2019-08-20T12:00');
    expect(ps.status).toBe('i fas');
    expect(ps.alerts).toEqual([]);
  });

  it('slips in the last week of a run still without one, and says by when', () => {
    // 31 August − 26 August = 5 days left of juli–augusti, nothing in it.
    const ps = statusOf(bimonthly, visits, '2019-08-26T12:00');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '1 föreningsbesök behövs senast lör 31 augusti: ingen under juli–augusti',
    ]);
  });

  it('stays släpar once a run has ended without one', () => {
    const ps = statusOf(bimonthly, visits, '2019-09-02T12:00');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts[0]).toMatchObject({ code: 'window-broken', severity: 'breach' });
  });

  it('ends by the share of runs kept: 10 of 11 is delvis uppfyllt', () => {
    const ps = statusOf(bimonthly, visits, '2020-01-05T12:00');
    expect(ps.outcome).toBe('delvis uppfyllt');
    expect(ps.status).toBe('ej uppfyllt');
    expect(ps.kind === 'count' && [ps.unitsKept, ps.unitsTotal]).toEqual([10, 11]);
    expect(describeTarget(bimonthly.promises[0]!, bimonthly)).toBe('minst 1 föreningsbesök varannan månad');
  });

  it('refuses every together with per', () => {
    const result = loadPromiseFile(
      `${head('{ start: 2019-01-01, end: 2019-12-31 }')}promises:
  - { id: a, category: K, title: A, text: A, words: [a], rule: { kind: count, target: 1, per: month, every: { months: 2 } } }
`,
    );
    expect(result.ok ? [] : result.errors.map((e) => `rad ${e.line}, ${e.field}: ${e.message}`)).toEqual([
      'rad 9, promises[0].rule.every: every och per kan inte anges tillsammans: välj "per" (fasta delperioder) eller "every" (N månader eller veckor i följd)',
    ]);
  });
});

describe('monthly-average, each year on its own', () => {
  const y2019 = [
    act(average, 'rattfylleri', '2019-01-10', { count: 2 }),
    act(average, 'rattfylleri', '2019-03-05'),
  ];

  it('slips when under the average and when the last two months had none', () => {
    // Completed months January–May: 3 ÷ 5 = 0,6 < 1; 5 × 1 − 3 = 2 needed; April and May empty.
    const ps = statusOf(average, y2019, '2019-06-10T12:00');
    expect(ps.status).toBe('släpar');
    expect(lineAt(average, '2019-06-10', ps)).toBe('2019: 3 på 5 månader, snitt 0,6/mån (mål 1/mån), släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      'Ingen rattfyllerikontroll i april och maj: minst 1 behövs denna månad',
      '2 rattfyllerikontroller behövs för att komma i fas (snitt 0,6/mån, mål 1/mån)',
    ]);
  });

  it('is met as soon as the year holds 12', () => {
    const more = [...y2019, act(average, 'rattfylleri', '2019-06-12', { count: 9 })];
    expect(statusOf(average, more, '2019-06-20T12:00').status).toBe('uppfyllt');
  });

  it('starts over in 2020 and ends on the worst year', () => {
    const all = [
      ...y2019,
      act(average, 'rattfylleri', '2019-06-12', { count: 9 }),
      act(average, 'rattfylleri', '2020-01-15'),
      ...['2020-04-01', '2020-06-01', '2020-08-01', '2020-10-01', '2020-12-01'].map((d) =>
        act(average, 'rattfylleri', d),
      ),
    ];
    // 2020 so far: January and February completed, 1 in them: 0,5 < 1.
    const march = statusOf(average, all, '2020-03-02T12:00');
    expect(march.status).toBe('släpar');
    expect(lineAt(average, '2020-03-02', march)).toBe(
      '2020: 1 på 2 månader, snitt 0,5/mån (mål 1/mån), släpar',
    );
    // 2019: 12 ÷ 12 uppfyllt; 2020: 6 ÷ 12 = 0,5 → delvis; the period: the worse.
    const end = statusOf(average, all, '2021-01-10T12:00');
    expect(end.kind === 'monthly-average' && end.slices.map((s) => [s.label, s.outcome])).toEqual([
      ['2019', 'uppfyllt'],
      ['2020', 'delvis uppfyllt'],
    ]);
    expect(end.outcome).toBe('delvis uppfyllt');
    expect(end.status).toBe('ej uppfyllt');
  });
});
