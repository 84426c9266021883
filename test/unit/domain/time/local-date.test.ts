import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../../../src/domain/time/local-date.ts';

describe('toLocalDate', () => {
  it('turns the date at local midnight, also when asked again within the same minute', () => {
    // 2018-03-25 23:59:59 in Stockholm (summer time, UTC+2), then one second later.
    expect(toLocalDate(new Date('2018-03-25T21:59:30Z'))).toBe('2018-03-25');
    expect(toLocalDate(new Date('2018-03-25T21:59:59Z'))).toBe('2018-03-25');
    expect(toLocalDate(new Date('2018-03-25T22:00:00Z'))).toBe('2018-03-26');
    expect(toLocalDate(new Date('2018-03-25T22:00:01Z'))).toBe('2018-03-26');
  });

  it('answers each time zone for itself within the same minute', () => {
    const instant = new Date('2018-12-31T23:30:00Z');
    expect(toLocalDate(instant, 'Europe/Stockholm')).toBe('2019-01-01');
    expect(toLocalDate(instant, 'UTC')).toBe('2018-12-31');
    expect(toLocalDate(instant, 'Europe/Stockholm')).toBe('2019-01-01');
  });
});
