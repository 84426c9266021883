// Dates and counts the way officers write them after a shift, read against today and the period.
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../../../src/domain/grammar/command.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { describeEntry } from '../../../../src/domain/render/describe-entry.ts';
import { setWords } from '../../../../src/domain/status/status-words.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();

function entry(line: string, today: string): EntryDraft {
  const result = parseCommand(line, { set, today });
  if (!result.ok || (result.value.kind !== 'log' && result.value.kind !== 'plan'))
    throw new Error(`not read: ${line}: ${JSON.stringify(result)}`);
  return result.value.entry;
}

describe('a day and month without a year is the latest such date not after today', () => {
  it.each([
    ['27/12', '2019-01-15', '2018-12-27'],
    ['30/12', '2019-01-20', '2018-12-30'],
    ['27 dec', '2019-01-15', '2018-12-27'],
    ['27 december', '2019-01-15', '2018-12-27'],
    ['10 mars', '2018-03-20', '2018-03-10'],
    ['den 10 mars', '2018-03-20', '2018-03-10'],
    ['10:e mars', '2018-03-20', '2018-03-10'],
    ['20 mars', '2018-03-20', '2018-03-20'],
    ['1 jan', '2018-03-20', '2018-01-01'],
    ['3 okt.', '2018-12-01', '2018-10-03'],
    ['10 mars 2018', '2018-12-01', '2018-03-10'],
    ['27/12-18', '2019-01-15', '2018-12-27'],
    ['27/12/2018', '2019-01-15', '2018-12-27'],
  ])('%s on %s → %s', (when, today, date) => {
    expect(entry(`/logga närvaro Centrum ${when}`, today).date).toBe(date);
  });

  it('plans the next such date', () => {
    expect(entry('/planera närvaro Centrum 10 april', '2018-03-20').date).toBe('2018-04-10');
    const next = parseCommand('/planera närvaro Centrum 2/1', { set, today: '2018-12-20' });
    expect(next).toMatchObject({ ok: false, error: { code: 'outside-period' } });
    if (!next.ok) expect(next.error.message).toContain('2 januari 2019');
  });

  it('refuses a date outside the period and names the period', () => {
    const result = parseCommand('/logga närvaro Centrum 10 mars', { set, today: '2019-03-20' });
    expect(result).toMatchObject({ ok: false, error: { code: 'outside-period' } });
    if (!result.ok) {
      expect(result.error.message).toContain('10 mars 2019');
      expect(result.error.message).toContain('1 januari–31 december 2018');
    }
  });

  it('refuses a day that no month has', () => {
    expect(parseCommand('/logga närvaro 31 april', { set, today: '2018-05-20' })).toMatchObject({
      ok: false,
      error: { code: 'bad-date' },
    });
  });
});

describe('days and parts of days (today: Tuesday 20 March 2018)', () => {
  const today = '2018-03-20';
  it.each([
    ['igår kväll', '2018-03-19'],
    ['igårkväll', '2018-03-19'],
    ['i går kväll', '2018-03-19'],
    ['i förrgår kväll', '2018-03-18'],
    ['i morse', '2018-03-20'],
    ['imorse', '2018-03-20'],
    ['ikväll', '2018-03-20'],
    ['i kväll', '2018-03-20'],
    ['i lördags', '2018-03-17'],
    ['lördag', '2018-03-17'],
    ['i söndags', '2018-03-18'],
    ['söndag', '2018-03-18'],
    ['fredag kväll', '2018-03-16'],
    ['i fredags kväll', '2018-03-16'],
    ['fredagskväll', '2018-03-16'],
    ['i måndags', '2018-03-19'],
  ])('%s → %s', (when, date) => {
    const e = entry(`/logga närvaro Centrum ${when}`, today);
    expect(e.date).toBe(date);
    expect(e.place).toBe('centrum');
    expect(e.dateSpan).toBeNull();
  });

  it('reads "i lördags" on a Saturday as the Saturday before, "lördag" as today', () => {
    expect(entry('/logga närvaro lördag', '2018-03-24').date).toBe('2018-03-24');
    expect(entry('/logga närvaro i lördags', '2018-03-24').date).toBe('2018-03-17');
  });
});

describe('weeks and weekends', () => {
  it('reads "förra veckan" as that week, not an invented day', () => {
    const e = entry('/logga närvaro Skolan förra veckan', '2018-03-20');
    expect(e).toMatchObject({ date: '2018-03-12', dateSpan: 'week', place: 'skolan' });
  });

  it.each([
    // Monday to Thursday: the weekend just past.
    ['i helgen', '2018-03-19', '2018-03-17'],
    ['i helgen', '2018-03-22', '2018-03-17'],
    ['helgen', '2018-03-20', '2018-03-17'],
    // Saturday and Sunday: this weekend.
    ['i helgen', '2018-03-24', '2018-03-24'],
    ['i helgen', '2018-03-25', '2018-03-24'],
    ['förra helgen', '2018-03-20', '2018-03-17'],
    ['förra helgen', '2018-03-25', '2018-03-17'],
  ])('%s on %s → the weekend of %s', (when, today, saturday) => {
    expect(entry(`/logga närvaro ${when}`, today)).toMatchObject({ date: saturday, dateSpan: 'weekend' });
  });

  it('reads "i helgen" on a Friday as Friday so far', () => {
    expect(entry('/logga närvaro i helgen', '2018-03-23')).toMatchObject({
      date: '2018-03-23',
      dateSpan: null,
    });
  });

  it('plans the coming weekend and next week', () => {
    expect(entry('/planera närvaro i helgen', '2018-03-20')).toMatchObject({ date: '2018-03-24' });
    expect(entry('/planera närvaro nästa helg', '2018-03-20')).toMatchObject({ date: '2018-03-31' });
    // A plan names its day: the first day of the week that is no holiday.
    expect(entry('/planera närvaro nästa vecka', '2018-03-20')).toMatchObject({
      date: '2018-03-26',
      dateSpan: null,
    });
  });

  it('never reads "i helgen" as a place', () => {
    expect(entry('/logga närvaro i helgen', '2018-03-20').place).toBeNull();
  });

  it('says the week or the weekend in the reply, not one day of it', () => {
    const activity = {
      promiseIds: ['narvaro'],
      date: '2018-03-12',
      time: null,
      place: 'skolan',
      count: 1,
      partners: [],
      targetGroups: [],
      methods: [],
      participants: ['console:lokal'],
      note: null,
      figures: {},
    };
    const words = setWords(set, '2018-03-20');
    const week = describeEntry(set, activity, words, 'week');
    expect(week).toContain('v.11 (12–18 mars)');
    expect(week).not.toContain('mån 12 mars');
    expect(describeEntry(set, { ...activity, date: '2018-03-17' }, words, 'weekend')).toContain(
      'helgen 17–18 mars (v.11)',
    );
  });
});

describe('counts written as words', () => {
  it.each([
    ['två st', 2],
    ['tre gånger', 3],
    ['fem stycken', 5],
    ['en gång', 1],
    ['ett st', 1],
    ['åtta st', 8],
    ['tolv stycken', 12],
    ['3 gånger', 3],
  ])('%s → %i', (words, count) => {
    const e = entry(`/logga närvaro Centrum ${words}`, '2018-03-21');
    expect(e.count).toBe(count);
    expect(e.place).toBe('centrum');
  });

  it('never makes a place of a count in words', () => {
    const e = entry('/logga trafikinsats två st', '2018-03-21');
    expect(e).toMatchObject({ count: 2, place: null });
  });
});
