import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();

function loggedDate(when: string, today: string): string {
  const result = parseCommand(`/logga närvaro ${when}`, { set, today });
  if (!result.ok || result.value.kind !== 'log')
    throw new Error(`not logged: ${when}: ${JSON.stringify(result)}`);
  return result.value.entry.date;
}

function plannedDate(when: string, today: string): string {
  const result = parseCommand(`/planera närvaro ${when}`, { set, today });
  if (!result.ok || result.value.kind !== 'plan')
    throw new Error(`not planned: ${when}: ${JSON.stringify(result)}`);
  return result.value.entry.date;
}

describe('när for /logga (today: Wednesday 2018-03-21, week 12)', () => {
  const today = '2018-03-21';
  it.each([
    ['idag', '2018-03-21'],
    ['i dag', '2018-03-21'],
    ['igår', '2018-03-20'],
    ['igar', '2018-03-20'],
    ['i går', '2018-03-20'],
    ['i förrgår', '2018-03-19'],
    ['iforrgar', '2018-03-19'],
    ['förrgår', '2018-03-19'],
    ['2018-03-10', '2018-03-10'],
    ['10/3', '2018-03-10'],
    ['1/1', '2018-01-01'],
    ['v.11', '2018-03-12'],
    ['v11', '2018-03-12'],
    ['V.11', '2018-03-12'],
    ['vecka 11', '2018-03-12'],
    ['v 11', '2018-03-12'],
    ['v. 11', '2018-03-12'],
    ['v.1', '2018-01-01'],
  ])('%s → %s', (when, date) => {
    expect(loggedDate(when, today)).toBe(date);
  });

  it('takes today for the current week, since the rest of it has not happened', () => {
    expect(loggedDate('v.12', today)).toBe(today);
    expect(loggedDate('vecka 12', today)).toBe(today);
  });

  // Choice: a weekday is the most recent such day that is not in the future, so today's own
  // weekday means today (an officer typing "onsdag" on a Wednesday means this Wednesday).
  it.each([
    ['onsdag', '2018-03-21'],
    ['ons', '2018-03-21'],
    ['tisdag', '2018-03-20'],
    ['tis', '2018-03-20'],
    ['måndag', '2018-03-19'],
    ['mån', '2018-03-19'],
    ['man', '2018-03-19'],
    ['i måndags', '2018-03-19'],
    ['söndag', '2018-03-18'],
    ['sön', '2018-03-18'],
    ['lördag', '2018-03-17'],
    ['fredag', '2018-03-16'],
    ['fre', '2018-03-16'],
    ['torsdag', '2018-03-15'],
    ['tors', '2018-03-15'],
    ['i torsdags', '2018-03-15'],
  ])('weekday %s → %s', (when, date) => {
    expect(loggedDate(when, today)).toBe(date);
  });

  it('knows leap years', () => {
    const set2020 = { ...set, period: { start: '2020-01-01', end: '2020-12-31' } };
    const result = parseCommand('/logga närvaro 29/2', { set: set2020, today: '2020-03-01' });
    expect(result).toMatchObject({ ok: true, value: { entry: { date: '2020-02-29' } } });
    expect(parseCommand('/logga närvaro 29/2', { set, today })).toMatchObject({
      ok: false,
      error: { code: 'bad-date' },
    });
  });

  it('reads a four-digit year after a space as the date\'s year, as with "10 mars 2018"', () => {
    // Today is 2019-01-09, so "19/3" alone would be 19 March 2018 asked about (more than three months
    // back); with the year typed after it, it is that date in the year named.
    expect(loggedDate('19/3 2018', '2019-01-09')).toBe('2018-03-19');
    expect(loggedDate('19 mars 2018', '2019-01-09')).toBe('2018-03-19');
    const result = parseCommand('/logga närvaro 19/3 2018 kväll', { set, today: '2019-01-09' });
    expect(result).toMatchObject({ ok: true, value: { entry: { date: '2018-03-19' } } });
  });

  it('leaves a four-digit number that cannot be a year to the rest of the line', () => {
    // 5000 is no year: "19/3" is read alone and 5000 is then a count, refused as too large.
    expect(parseCommand('/logga närvaro 19/3 5000', { set, today })).toMatchObject({
      ok: false,
      error: { code: 'bad-count', part: '5000' },
    });
  });

  it('reads a week number in January as last December when that week has not begun', () => {
    const result = parseCommand('/logga sammanställning v.52', { set, today: '2019-01-09' });
    expect(result).toMatchObject({ ok: true, value: { entry: { date: '2018-12-24' } } });
  });
});

describe('när for /planera (today: Wednesday 2018-03-21)', () => {
  const today = '2018-03-21';
  it.each([
    ['imorgon', '2018-03-22'],
    ['i morgon', '2018-03-22'],
    ['i övermorgon', '2018-03-23'],
    ['torsdag', '2018-03-22'],
    ['onsdag', '2018-03-28'],
    ['tisdag', '2018-03-27'],
    ['2018-12-31', '2018-12-31'],
    ['24/12', '2018-12-24'],
    ['v.13', '2018-03-26'],
    ['v.52', '2018-12-24'],
    ['v.12', '2018-03-22'],
  ])('%s → %s', (when, date) => {
    expect(plannedDate(when, today)).toBe(date);
  });

  it('refuses a plan after the period', () => {
    const result = parseCommand('/planera närvaro 2019-01-02', { set, today });
    expect(result).toMatchObject({ ok: false, error: { code: 'outside-period' } });
  });
});

describe('ISO weeks at year boundaries', () => {
  it('week 1 of 2019 starts on 31 December 2018 (inside the 2018 period)', () => {
    expect(plannedDate('v.1', '2018-12-27')).toBe('2018-12-31');
  });

  it('week 53 exists in 2020 and starts on Monday 28 December', () => {
    const result = parseCommand('/logga närvaro v.53', {
      set: { ...set, period: { start: '2020-01-01', end: '2020-12-31' } },
      today: '2020-12-31',
    });
    expect(result).toMatchObject({ ok: true, value: { entry: { date: '2020-12-31' } } });
    const earlier = parseCommand('/logga närvaro v.52', {
      set: { ...set, period: { start: '2020-01-01', end: '2020-12-31' } },
      today: '2020-12-31',
    });
    expect(earlier).toMatchObject({ ok: true, value: { entry: { date: '2020-12-21' } } });
  });
});
