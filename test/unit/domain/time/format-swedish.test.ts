import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatDay,
  formatNumber,
  formatWeek,
  formatWeekDates,
  formatWeekendDates,
} from '../../../../src/domain/time/format-swedish.ts';

describe('Swedish formatting', () => {
  it('writes days as "tis 20 mars"', () => {
    expect(formatDay('2018-03-20')).toBe('tis 20 mars');
    expect(formatDay('2019-01-31', true)).toBe('tor 31 januari 2019');
    expect(formatDay('2018-04-08')).toBe('sön 8 april');
  });

  it('labels weeks "v.12"', () => {
    expect(formatWeek({ year: 2018, week: 12 })).toBe('v.12');
  });

  it("writes a week's weekend with an en dash, across months and years", () => {
    expect(formatWeekendDates({ year: 2018, week: 14 })).toBe('7–8 april');
    expect(formatWeekendDates({ year: 2018, week: 13 })).toBe('31 mars–1 april');
    expect(formatWeekendDates({ year: 2022, week: 52 })).toBe('31 december–1 januari');
    expect(formatWeekDates({ year: 2018, week: 14 })).toBe('2–8 april');
    expect(formatDateRange('2018-03-26', '2018-04-01')).toBe('26 mars–1 april');
  });

  it('uses a decimal comma', () => {
    expect(formatNumber(1.04)).toBe('1,04');
    expect(formatNumber(1, 1)).toBe('1,0');
    expect(formatNumber(0.909, 1)).toBe('0,9');
    expect(formatNumber(2)).toBe('2');
  });
});
