import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../../../src/domain/time/local-date.ts';
import { completedWeeks, weeksOfPeriod } from '../../../../src/domain/time/period-weeks.ts';

describe('weeksOfPeriod', () => {
  it('gives a calendar year exactly its ISO weeks', () => {
    const w2018 = weeksOfPeriod('2018-01-01', '2018-12-31');
    expect(w2018).toHaveLength(52);
    expect(w2018[0]).toEqual({ year: 2018, week: 1 });
    expect(w2018.at(-1)).toEqual({ year: 2018, week: 52 });
    expect(w2018).not.toContainEqual({ year: 2019, week: 1 });
    expect(weeksOfPeriod('2020-01-01', '2020-12-31')).toHaveLength(53);
    expect(weeksOfPeriod('2026-01-01', '2026-12-31').at(-1)).toEqual({ year: 2026, week: 53 });
    // 2021 starts on a Friday: its first days belong to 2020-W53, not to 2021.
    expect(weeksOfPeriod('2021-01-01', '2021-12-31')[0]).toEqual({ year: 2021, week: 1 });
    expect(weeksOfPeriod('2021-01-01', '2021-12-31')).toHaveLength(52);
  });

  it('takes a mid-week start week only when its Thursday is inside the period', () => {
    // Wednesday 2018-08-15: its week's Thursday (16th) is inside.
    expect(weeksOfPeriod('2018-08-15', '2019-06-30')[0]).toEqual({ year: 2018, week: 33 });
    // Friday 2018-08-17: the Thursday has passed, the first week is the next one.
    expect(weeksOfPeriod('2018-08-17', '2019-06-30')[0]).toEqual({ year: 2018, week: 34 });
    // Sunday 2019-06-30 ends week 26, whose Thursday is inside.
    expect(weeksOfPeriod('2018-08-17', '2019-06-30').at(-1)).toEqual({ year: 2019, week: 26 });
  });

  it('is empty for a period without a Thursday', () => {
    expect(weeksOfPeriod('2018-03-23', '2018-03-27')).toEqual([]);
  });
});

describe('completedWeeks', () => {
  const y2018 = { start: '2018-01-01', end: '2018-12-31' };

  it('counts the weeks whose Sunday has ended, local time', () => {
    expect(completedWeeks(y2018, new Date('2018-03-19T08:00:00+01:00'))).toHaveLength(11);
    expect(completedWeeks(y2018, new Date('2018-01-03T12:00:00+01:00'))).toHaveLength(0);
    expect(completedWeeks(y2018, new Date('2019-02-01T12:00:00+01:00'))).toHaveLength(52);
  });

  it('keeps late Sunday evening on the DST weekends in that Sunday', () => {
    // Sunday 2018-03-25 23:30 CEST is 21:30Z: week 12 is not over yet.
    const springSunday = new Date('2018-03-25T21:30:00Z');
    expect(toLocalDate(springSunday)).toBe('2018-03-25');
    expect(completedWeeks(y2018, springSunday)).toHaveLength(11);
    // Ten minutes past local midnight it is Monday and week 12 is complete.
    expect(completedWeeks(y2018, new Date('2018-03-25T22:10:00Z'))).toHaveLength(12);
    // Sunday 2018-10-28 23:30 CET (after the clocks went back) is 22:30Z.
    const autumnSunday = new Date('2018-10-28T22:30:00Z');
    expect(toLocalDate(autumnSunday)).toBe('2018-10-28');
    expect(completedWeeks(y2018, autumnSunday)).toHaveLength(42);
    expect(completedWeeks(y2018, new Date('2018-10-28T23:00:00Z'))).toHaveLength(43);
  });

  it('uses the given time zone', () => {
    const instant = new Date('2018-03-25T23:30:00Z');
    expect(toLocalDate(instant, 'Europe/Stockholm')).toBe('2018-03-26');
    expect(toLocalDate(instant, 'America/New_York')).toBe('2018-03-25');
  });
});
