import { describe, expect, it } from 'vitest';
import { unitsOfPeriod } from '../../../../src/domain/rules/count-units.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import { lineAt } from '../../../helpers/status-line.ts';
import { activities, activity, singlePromiseSet } from '../status/fixtures.ts';

const evaluateCount = evaluatorFor('count');

const monthly = singlePromiseSet({
  words: ['trafikkontroll'],
  rule: { kind: 'count', target: 2, per: 'month' },
});
const promise = monthly.promises[0]!;

describe('count per sub-period', () => {
  it('splits a period into calendar units, clipped to the period', () => {
    const school = { start: '2018-08-15', end: '2019-06-30' };
    const tertials = unitsOfPeriod(school, 'tertial');
    expect(tertials.map((u) => [u.label, u.start, u.end])).toEqual([
      ['tertial 2 2018', '2018-08-15', '2018-08-31'],
      ['tertial 3 2018', '2018-09-01', '2018-12-31'],
      ['tertial 1 2019', '2019-01-01', '2019-04-30'],
      ['tertial 2 2019', '2019-05-01', '2019-06-30'],
    ]);
    expect(unitsOfPeriod({ start: '2018-01-01', end: '2018-12-31' }, 'month')).toHaveLength(12);
    expect(unitsOfPeriod({ start: '2018-01-01', end: '2018-12-31' }, 'quarter').at(-1)).toEqual({
      label: 'kvartal 4',
      start: '2018-10-01',
      end: '2018-12-31',
    });
    expect(unitsOfPeriod({ start: '2020-01-01', end: '2020-12-31' }, 'week')).toHaveLength(53);
  });

  it('needs the target in every unit: a short month makes it släpar', () => {
    const done = activities('p', ['2018-01-10', '2018-01-20', '2018-02-05']);
    const result = evaluateCount(promise, monthly, done, new Date('2018-03-05T08:00:00+01:00'));
    expect(result.units?.slice(0, 3).map((u) => [u.label, u.count, u.kept])).toEqual([
      ['januari', 2, true],
      ['februari', 1, false],
      ['mars', 0, false],
    ]);
    expect(result).toMatchObject({ status: 'släpar', unitsKept: 1, unitsJudged: 2, unitsTotal: 12 });
    expect(result.alerts.map((a) => a.message)).toEqual([
      'För få trafikkontroller i februari: 1 av 12 utan 2 trafikkontroller',
    ]);
  });

  it('is behind in the last weeks of a unit still short, and warns unless planned', () => {
    // March 2018 holds v.9–v.13 (their Thursdays are in March): 5 weeks. On Wednesday 21 March (v.12)
    // 3 are completed and 2 left; few weeks left in a 5-week unit is ceil(5/4) = 2, and 1 of 2 is done.
    const done = activities('p', ['2018-01-10', '2018-01-20', '2018-02-05', '2018-02-06', '2018-03-01']);
    const now = new Date('2018-03-21T08:00:00+01:00');
    const result = evaluateCount(promise, monthly, done, now);
    expect(result.status).toBe('släpar');
    expect(result.alerts.map((a) => a.message)).toEqual(['1 trafikkontroll kvar i mars: senast lör 31 mars']);
    const planned = activity('p', '2018-03-28', { planned: true });
    expect(evaluateCount(promise, monthly, [...done, planned], now).alerts).toEqual([]);
  });

  it('ends with the share of units kept: delvis uppfyllt from half of them', () => {
    const dates = ['01', '02', '03', '04', '05', '06'].flatMap((m) => [`2018-${m}-10`, `2018-${m}-20`]);
    const result = evaluateCount(
      promise,
      monthly,
      activities('p', dates),
      new Date('2019-01-07T08:00:00+01:00'),
    );
    expect(result).toMatchObject({ status: 'ej uppfyllt', outcome: 'delvis uppfyllt', unitsKept: 6 });
  });
});

describe('status line of a count per sub-period', () => {
  it('shows the current unit and the units kept', () => {
    const done = activities('p', ['2018-01-10', '2018-01-20', '2018-02-05', '2018-02-06', '2018-03-01']);
    const ps = computeStatus(monthly, done, new Date('2018-03-21T08:00:00+01:00')).promises[0]!;
    expect(lineAt(monthly, '2018-03-21', ps)).toBe('mars: 1 av 2 · 2 av 12 uppfyllda · släpar');
  });
});
