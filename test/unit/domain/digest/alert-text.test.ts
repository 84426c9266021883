// A digest alert's due date: today is "sista dagen", this week "sista veckan", a week of another year
// than today's carries its year.
import { describe, expect, it } from 'vitest';
import { alertText } from '../../../../src/domain/digest/alert-text.ts';
import { createWeekRef } from '../../../../src/domain/rules/timeline.ts';
import { createDateWords } from '../../../../src/domain/time/date-words.ts';
import { weekSerialOfDate } from '../../../../src/domain/time/index.ts';

const year2018 = (today: string) => createDateWords({ start: '2018-01-01', end: '2018-12-31' }, today);

const weekOf = (date: string) => createWeekRef(weekSerialOfDate(date));
const alert = (by: string) => ({
  code: 'few-weeks-left' as const,
  severity: 'warning' as const,
  message: `1 kvar: senast ${by}`,
  by,
});

describe('the due date of a digest alert', () => {
  it('is today on the last day', () => {
    expect(alertText(alert('2018-12-31'), weekOf('2018-12-31'), year2018('2018-12-31'))).toBe(
      '1 kvar: senast 2018-12-31 (sista dagen: i dag)',
    );
  });

  it('is this week in the last week', () => {
    // Sunday 30 December 2018 ends v.52; Thursday 27 December is in it.
    expect(alertText(alert('2018-12-30'), weekOf('2018-12-27'), year2018('2018-12-27'))).toBe(
      '1 kvar: senast 2018-12-30 (v.52, sista veckan)',
    );
  });

  it('names the year of a week in another year', () => {
    // Monday 31 December 2018 is in v.1 of 2019.
    expect(alertText(alert('2018-12-31'), weekOf('2018-12-10'), year2018('2018-12-10'))).toBe(
      '1 kvar: senast 2018-12-31 (v.1 2019)',
    );
    expect(alertText(alert('2018-06-30'), weekOf('2018-06-11'), year2018('2018-06-11'))).toBe(
      '1 kvar: senast 2018-06-30 (v.26)',
    );
  });
});
