// issue 19, format: a target summed from a figure (`sum`) over runs of months or weeks (`every`):
// "minst 200 besökare varannan månad", "minst 100 besökare varannan vecka". Each run holds the
// figure's sum of its entries; pace and outcome as for a count with `every`. Figures by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { describeTarget } from '../../../../src/domain/report/describe-target.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const file = (every: string, target: number, end: string) => `key: sum-every-2019
format: 2
title: Medborgarlöfte 2019
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: ${end} }
reportDue: 2020-01-31
promises:
  - id: oppet-hus
    category: Unga
    title: Öppet hus på fritidsgården
    text: Öppet hus på fritidsgården med minst ${target} besökare ${every}.
    words: [fritidskväll]
    rule: { kind: count, target: ${target}, every: ${every === 'varannan månad' ? '{ months: 2 }' : '{ weeks: 2 }'}, sum: besokare }
    figures:
      - { id: besokare, label: besökare, words: [besökare] }
`;

describe('sum with every: { months: 2 } — minst 200 besökare varannan månad', () => {
  const { set, act, statusOf } = createSetFixture(file('varannan månad', 200, '2019-12-31'));
  const evening = (date: string, visitors: number) =>
    act('oppet-hus', date, { figures: { besokare: visitors } });
  // Visitors per month: jan 120, feb 90, mar 130, apr 0, maj 50, jun 150, jul 0, aug 210, sep 40,
  // okt 180, nov 30, dec 190 (ten evenings; none in April and July).
  const year = [
    evening('2019-01-15', 120),
    evening('2019-02-12', 90),
    evening('2019-03-20', 130),
    evening('2019-05-08', 50),
    evening('2019-06-10', 150),
    evening('2019-08-20', 210),
    evening('2019-09-05', 40),
    evening('2019-10-15', 180),
    evening('2019-11-20', 30),
    evening('2019-12-10', 190),
  ];
  const upTo = (date: string) => year.filter((a) => a.date <= date);

  it('states the target in the figure', () => {
    expect(describeTarget(set.promises[0]!, set)).toBe('minst 200 besökare varannan månad');
  });

  it('is i fas while the short run has more than a week left', () => {
    // 10 April: jan–feb 210 and feb–mar 220 kept; mars–april holds 130 with 20 days left.
    const ps = statusOf(upTo('2019-04-10'), '2019-04-10T12:00', 'oppet-hus');
    expect([ps.count, ps.status, ps.alerts]).toEqual([340, 'i fas', []]);
  });

  it('slips in the last week of a run short of its sum, and says how many visitors by when', () => {
    // 25 April: mars–april 130 of 200, 30 − 25 = 5 days left: 70 visitors needed.
    const ps = statusOf(upTo('2019-04-25'), '2019-04-25T12:00', 'oppet-hus');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '70 besökare behövs senast tis 30 april: 130 av 200 under mars–april',
    ]);
  });

  it('stays släpar once a run ended short', () => {
    const ps = statusOf(upTo('2019-05-06'), '2019-05-06T12:00', 'oppet-hus');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts[0]?.message).toBe(
      'För få besökare under mars–april: minst 200 besökare på 2 månader i följd',
    );
  });

  it('grades the year by the runs kept: 8 of 11 is delvis uppfyllt', () => {
    // Runs: jan–feb 210 ✓, feb–mar 220 ✓, mar–apr 130 ✗, apr–maj 50 ✗, maj–jun 200 ✓, jun–jul 150 ✗,
    // jul–aug 210 ✓, aug–sep 250 ✓, sep–okt 220 ✓, okt–nov 210 ✓, nov–dec 220 ✓: 8 / 11 = 0,73 ≥ 0,5.
    // Total 120 + 90 + 130 + 50 + 150 + 210 + 40 + 180 + 30 + 190 = 1190 visitors from 10 evenings.
    const ps = statusOf(year, '2020-01-10T12:00', 'oppet-hus');
    expect([ps.count, ps.status, ps.outcome]).toEqual([1190, 'ej uppfyllt', 'delvis uppfyllt']);
    const report = buildReport(set, year, parseNow('2020-01-10T12:00', set.timeZone)).promises[0]!;
    expect(report.outcome).toBe('delvis uppfyllt');
    expect(report.figures).toEqual([
      'Målet (minst 200 besökare per 2 månader i följd) nåddes 8 av 11 perioder om 2 månader i följd, totalt 1\u00a0190 besökare (från 10 fritidskvällar)',
      'Under målet: mars–april, april–maj, juni–juli',
      'besökare: 1\u00a0190',
    ]);
    expect(lineAt(set, '2020-01-10', ps)).toBe('8 av 11 uppfyllda · delvis uppfyllt');
  });
});

describe('sum with every: { weeks: 2 } — minst 100 besökare varannan vecka', () => {
  const { set, act, statusOf } = createSetFixture(file('varannan vecka', 100, '2019-03-31'));
  const evening = (date: string, visitors: number) =>
    act('oppet-hus', date, { figures: { besokare: visitors } });
  // v.1 (Thu 3 January in the period) 60, v.2 50, v.3 30: v.1–2 holds 110, v.2–3 80.
  const ledger = [evening('2019-01-03', 60), evening('2019-01-09', 50), evening('2019-01-16', 30)];

  it('states the target', () => {
    expect(describeTarget(set.promises[0]!, set)).toBe('minst 100 besökare varannan vecka');
  });

  it('warns in the last days of a two-week run short of its sum', () => {
    // Friday 18 January: v.2–3 (to Sunday 20 January) has 80 of 100, 2 days left: 20 needed.
    const ps = statusOf(ledger, '2019-01-18T12:00', 'oppet-hus');
    expect([ps.count, ps.status]).toEqual([140, 'släpar']);
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '20 besökare behövs senast sön 20 januari: 80 av 100 under v.2–3',
    ]);
  });

  it('names the run that ended short once it has', () => {
    const ps = statusOf(ledger, '2019-01-21T12:00', 'oppet-hus');
    expect(ps.alerts[0]?.message).toBe('För få besökare under v.2–3: minst 100 besökare på 2 veckor i följd');
  });

  it('refuses every with both months and weeks, and with neither', () => {
    const text = (every: string) =>
      file('varannan vecka', 100, '2019-03-31').replace('every: { weeks: 2 }', `every: ${every}`);
    expect(() => createSetFixture(text('{ months: 2, weeks: 2 }'))).toThrow(
      'ange months (N månader i följd) eller weeks (N veckor i följd), en av dem',
    );
    expect(() => createSetFixture(text('{}'))).toThrow('ange months');
  });
});
