import { tz } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWeeks,
  isoWeekOf,
  weekEnd,
  weekFromSerial,
  weekSerial,
  weekStart,
  weeksBetween,
  weeksInYear,
} from '../../../../src/domain/time/iso-week.ts';

describe('isoWeekOf', () => {
  it('gives 2018-03-20 week 12 and 2018-12-31 week 1 of 2019', () => {
    expect(isoWeekOf('2018-03-20')).toEqual({ year: 2018, week: 12 });
    expect(isoWeekOf('2018-12-31')).toEqual({ year: 2019, week: 1 });
    expect(isoWeekOf('2018-01-01')).toEqual({ year: 2018, week: 1 });
  });

  it('puts the first days of 2021 in week 53 of 2020, and 2026-12-31 in week 53', () => {
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
  });

  it('agrees with date-fns for any date between 1990 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7305, max: 47482 }), (day) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const utc = { in: tz('UTC') };
        const reference = new Date(`${date}T12:00:00Z`);
        expect(isoWeekOf(date)).toEqual({
          year: getISOWeekYear(reference, utc),
          week: getISOWeek(reference, utc),
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('week bounds and arithmetic', () => {
  it('starts weeks on Monday and ends them on Sunday', () => {
    expect(weekStart({ year: 2018, week: 14 })).toBe('2018-04-02');
    expect(weekEnd({ year: 2018, week: 14 })).toBe('2018-04-08');
    expect(weekStart({ year: 2019, week: 1 })).toBe('2018-12-31');
    expect(weekEnd({ year: 2020, week: 53 })).toBe('2021-01-03');
  });

  it('counts 52 or 53 weeks in a year', () => {
    expect(weeksInYear(2018)).toBe(52);
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2026)).toBe(53);
  });

  it('adds weeks across years, including week 53', () => {
    expect(addWeeks({ year: 2018, week: 11 }, 3)).toEqual({ year: 2018, week: 14 });
    expect(addWeeks({ year: 2018, week: 52 }, 1)).toEqual({ year: 2019, week: 1 });
    expect(addWeeks({ year: 2020, week: 52 }, 1)).toEqual({ year: 2020, week: 53 });
    expect(addWeeks({ year: 2021, week: 1 }, -1)).toEqual({ year: 2020, week: 53 });
    expect(weeksBetween({ year: 2020, week: 50 }, { year: 2021, week: 2 })).toBe(5);
  });

  it('round-trips week serials', () => {
    for (const week of [
      { year: 2018, week: 1 },
      { year: 2020, week: 53 },
      { year: 2026, week: 53 },
    ]) {
      expect(weekFromSerial(weekSerial(week))).toEqual(week);
    }
  });
});
