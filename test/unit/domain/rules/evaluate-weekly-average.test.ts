import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import {
  activities,
  activity,
  commitmentOf,
  loadOverkalix,
  MONDAY_W12,
  singlePromiseSet,
} from '../status/fixtures.ts';

const evaluateWeeklyAverage = evaluatorFor('weekly-average');

const set = loadOverkalix();
const contact = commitmentOf(set, 'medborgarkontakt');
// One Wednesday in each of the weeks 1–10.
const weeks1to10 = [
  '2018-01-03',
  '2018-01-10',
  '2018-01-17',
  '2018-01-24',
  '2018-01-31',
  '2018-02-07',
  '2018-02-14',
  '2018-02-21',
  '2018-02-28',
  '2018-03-07',
];

describe('weekly average', () => {
  it('divides the count in completed weeks by the completed weeks and says how many catch up', () => {
    const result = evaluateWeeklyAverage(
      contact,
      set,
      activities('medborgarkontakt', weeks1to10),
      MONDAY_W12,
    );
    expect(result.weeks).toEqual({ completed: 11, total: 52 });
    expect(result.average).toBeCloseTo(10 / 11);
    expect(result.status).toBe('släpar');
    expect(result.needed).toBe(1);
    expect(result.alerts.map((a) => a.message)).toContain(
      '1 medborgarkontakt behövs för att komma i fas (snitt 0,9/v, mål 1/v)',
    );
  });

  it('is i fas at exactly the target', () => {
    const done = activities('medborgarkontakt', [...weeks1to10, '2018-03-14']);
    const result = evaluateWeeklyAverage(contact, set, done, MONDAY_W12);
    expect(result.average).toBe(1);
    expect(result.status).toBe('i fas');
    expect(result.needed).toBe(0);
    expect(result.alerts).toEqual([]);
  });

  it('slips after K silent completed weeks even above target, and asks for one this week', () => {
    const early = activities('medborgarkontakt', [
      ...weeks1to10.slice(0, 9),
      '2018-01-04',
      '2018-01-05',
      '2018-01-06',
    ]);
    const result = evaluateWeeklyAverage(contact, set, early, MONDAY_W12);
    expect(result.average).toBeCloseTo(12 / 11);
    expect(result.status).toBe('släpar');
    expect(result.needed).toBe(1);
    expect(result.alerts.map((a) => a.message)).toEqual([
      'Ingen medborgarkontakt v.10–11: minst 1 behövs denna vecka (v.12, 19–25 mars)',
    ]);
  });

  it('lets a planned activity silence the "this week" warning, but never count', () => {
    const early = activities('medborgarkontakt', [
      ...weeks1to10.slice(0, 9),
      '2018-01-04',
      '2018-01-05',
      '2018-01-06',
    ]);
    const planned = activity('medborgarkontakt', '2018-03-21', { planned: true });
    const result = evaluateWeeklyAverage(contact, set, [...early, planned], MONDAY_W12);
    expect(result.count).toBe(12);
    expect(result.status).toBe('släpar');
    expect(result.alerts).toEqual([]);
  });

  it('needs several when far behind', () => {
    const result = evaluateWeeklyAverage(
      contact,
      set,
      activities('medborgarkontakt', weeks1to10.slice(0, 8)),
      MONDAY_W12,
    );
    expect(result.needed).toBe(3);
    expect(result.alerts.map((a) => a.message)).toContain(
      '3 medborgarkontakter behövs för att komma i fas (snitt 0,7/v, mål 1/v)',
    );
  });

  it('counts only places from the list when the promise says so', () => {
    const done = activities('medborgarkontakt', weeks1to10, { place: 'kiosken' });
    expect(evaluateWeeklyAverage(contact, set, done, MONDAY_W12).count).toBe(0);
  });

  it('leaves this week out of the average but reports it in the count', () => {
    const done = activities('medborgarkontakt', [...weeks1to10, '2018-03-14', '2018-03-19']);
    const result = evaluateWeeklyAverage(contact, set, done, new Date('2018-03-19T18:00:00+01:00'));
    expect(result.count).toBe(12);
    expect(result.countCompleted).toBe(11);
    expect(result.average).toBe(1);
  });

  it('gives the outcome once the period has ended, delvis uppfyllt from half the target', () => {
    const after = new Date('2019-01-07T08:00:00+01:00');
    const thirty = Array.from({ length: 30 }, (_, i) =>
      activity('medborgarkontakt', addDaysIso('2018-01-03', 7 * i)),
    );
    const half = evaluateWeeklyAverage(contact, set, thirty, after);
    expect(half.average).toBeCloseTo(30 / 52);
    expect(half.status).toBe('ej uppfyllt');
    expect(half.outcome).toBe('delvis uppfyllt');
    expect(evaluateWeeklyAverage(contact, set, thirty.slice(0, 20), after).outcome).toBe('ej uppfyllt');
  });

  it('handles week 53: a full 2020 of one a week is uppfyllt', () => {
    const set2020 = singlePromiseSet(
      { rule: { kind: 'weekly-average', target: 1 } },
      { start: '2020-01-01', end: '2020-12-31' },
    );
    const p = set2020.promises[0]!;
    const wednesdays = Array.from({ length: 53 }, (_, i) => activity('p', addDaysIso('2020-01-01', 7 * i)));
    expect(wednesdays.at(-1)!.date).toBe('2020-12-30');
    const during = evaluateWeeklyAverage(p, set2020, wednesdays, new Date('2020-12-31T12:00:00+01:00'));
    expect(during.weeks).toEqual({ completed: 52, total: 53 });
    expect(during.countCompleted).toBe(52);
    const after = evaluateWeeklyAverage(p, set2020, wednesdays, new Date('2021-01-04T08:00:00+01:00'));
    expect(after.weeks).toEqual({ completed: 53, total: 53 });
    expect(after.average).toBe(1);
    expect(after.outcome).toBe('uppfyllt');
  });

  it('counts 2018-12-31 (week 1 of 2019) only once the period is over', () => {
    const p = singlePromiseSet({ rule: { kind: 'weekly-average', target: 1 } });
    const c = p.promises[0]!;
    const done = [activity('p', '2018-12-31')];
    const onTheDay = evaluateWeeklyAverage(c, p, done, new Date('2018-12-31T20:00:00+01:00'));
    expect(onTheDay.weeks).toEqual({ completed: 52, total: 52 });
    expect(onTheDay.count).toBe(1);
    expect(onTheDay.countCompleted).toBe(0);
    expect(evaluateWeeklyAverage(c, p, done, new Date('2019-01-01T10:00:00+01:00')).countCompleted).toBe(1);
  });

  it('starts mid-week: the first week counts when its Thursday is inside, dates before the start do not', () => {
    const school = singlePromiseSet(
      { rule: { kind: 'weekly-average', target: 1 } },
      { start: '2018-08-15', end: '2019-06-30' },
    );
    const c = school.promises[0]!;
    const done = activities('p', ['2018-08-14', '2018-08-16', '2018-08-22']);
    const result = evaluateWeeklyAverage(c, school, done, new Date('2018-08-27T08:00:00+02:00'));
    expect(result.weeks.completed).toBe(2);
    expect(result.count).toBe(2);
    expect(result.average).toBe(1);
    expect(result.status).toBe('i fas');
  });

  it('keeps a DST Sunday evening in its week', () => {
    const sunday = new Date('2018-03-25T23:30:00+02:00');
    expect(evaluateWeeklyAverage(contact, set, [], sunday).weeks.completed).toBe(11);
    expect(
      evaluateWeeklyAverage(contact, set, [], new Date('2018-03-26T00:10:00+02:00')).weeks.completed,
    ).toBe(12);
    expect(
      evaluateWeeklyAverage(contact, set, [], new Date('2018-10-28T23:30:00+01:00')).weeks.completed,
    ).toBe(42);
  });
});

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
