// Dates and weeks as a set's reader sees them: the year is named outside the current year and
// everywhere in a set of several years (or a part of one).
import { describe, expect, it } from 'vitest';
import { createDateWords } from '../../../../src/domain/time/date-words.ts';

describe('the date wording of a one-year set', () => {
  // The 2018 set on Monday 2 July 2018.
  const words = createDateWords({ start: '2018-01-01', end: '2018-12-31' }, '2018-07-02');

  it('names the year only of dates and weeks outside this year', () => {
    expect(words.today).toBe('2018-07-02');
    expect(words.multiYear).toBe(false);
    expect(words.date('2018-03-20')).toBe('20 mars');
    expect(words.date('2017-11-02')).toBe('2 november 2017');
    expect(words.day('2018-03-20')).toBe('tis 20 mars');
    expect(words.day('2019-01-31')).toBe('tor 31 januari 2019');
    expect(words.week({ year: 2018, week: 20 })).toBe('v.20');
    expect(words.week({ year: 2019, week: 1 })).toBe('v.1 2019');
    expect(words.dateHasYear('2018-12-31')).toBe(false);
    expect(words.weekHasYear({ year: 2019, week: 1 })).toBe(true);
  });

  it('writes runs of weeks and days', () => {
    expect(words.weekSpan({ year: 2018, week: 20 }, { year: 2018, week: 22 })).toBe('v.20–22');
    expect(words.weekSpan({ year: 2018, week: 20 }, { year: 2018, week: 20 })).toBe('v.20');
    expect(words.weekSpan({ year: 2018, week: 52 }, { year: 2019, week: 2 })).toBe('v.52 2018–2 2019');
    expect(words.range('2018-04-07', '2018-04-08')).toBe('7–8 april');
    expect(words.range('2018-03-31', '2018-04-01')).toBe('31 mars–1 april');
    expect(words.range('2018-12-31', '2019-01-01')).toBe('31 december 2018–1 januari 2019');
    // v.14 of 2018 runs Monday 2 to Sunday 8 April.
    expect(words.weekDates({ year: 2018, week: 14 })).toBe('2–8 april');
    expect(words.weekendDates({ year: 2018, week: 14 })).toBe('7–8 april');
  });

  it('says a due date on or after the period’s last day', () => {
    expect(words.periodEnd).toBe('2018-12-31');
    expect(words.due('2018-06-01')).toBe('1 juni');
    expect(words.due('2018-12-31')).toBe('31 december (periodens sista dag)');
    expect(words.due('2019-01-15')).toBe('15 januari 2019, efter periodens slut');
  });
});

describe('the date wording of a set of several years', () => {
  it('names every date’s and week’s year, this year’s too', () => {
    const words = createDateWords({ start: '2020-01-01', end: '2022-12-31' }, '2021-05-10');
    expect(words.multiYear).toBe(true);
    expect(words.date('2021-03-20')).toBe('20 mars 2021');
    expect(words.week({ year: 2021, week: 20 })).toBe('v.20 2021');
    expect(words.weekSpan({ year: 2021, week: 20 }, { year: 2021, week: 22 })).toBe('v.20–22 2021');
    expect(words.range('2021-04-07', '2021-04-08')).toBe('7–8 april 2021');
    expect(words.due('2022-12-31')).toBe('31 december 2022 (periodens sista dag)');
  });

  it('names it in one year of a set that resets each year', () => {
    const words = createDateWords(
      { start: '2021-01-01', end: '2021-12-31', resetsEach: 'year' },
      '2021-05-10',
    );
    expect(words.multiYear).toBe(true);
    expect(words.day('2021-05-10')).toBe('mån 10 maj 2021');
  });

  it('keeps each wording to its own period and day', () => {
    const a = createDateWords({ start: '2018-01-01', end: '2018-12-31' }, '2018-07-02');
    const b = createDateWords({ start: '2019-01-01', end: '2019-12-31' }, '2019-07-01');
    expect(a.date('2018-05-01')).toBe('1 maj');
    expect(b.date('2018-05-01')).toBe('1 maj 2018');
    expect(a.date('2018-05-01')).toBe('1 maj');
  });
});
