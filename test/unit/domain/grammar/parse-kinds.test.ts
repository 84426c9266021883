// The grammar of two promise kinds: a conditional promise's trigger words note that the condition
// arose (count 0), and target-group and method words are kept like partners.
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../../../src/domain/grammar/command.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import type { DomainError } from '../../../../src/domain/types.ts';
import { createKindsTestSet } from './kinds-test-set.ts';

const set = createKindsTestSet();
// A Wednesday in ISO week 19.
const today = '2024-05-08';

function entry(line: string): EntryDraft {
  const result = parseCommand(line, { set, today });
  if (!result.ok) throw new Error(`expected ok for ${line}: ${result.error.message}`);
  if (result.value.kind !== 'log' && result.value.kind !== 'plan') throw new Error(result.value.kind);
  return result.value.entry;
}

function refusal(line: string): DomainError {
  const result = parseCommand(line, { set, today });
  if (result.ok) throw new Error(`expected an error for ${line}`);
  return result.error;
}

describe('target groups and methods', () => {
  it('keeps a target group and a method given by alias, with place and date', () => {
    expect(entry('/logga riktad kontroll Centrum epa civilt 2024-03-05')).toMatchObject({
      promiseIds: ['riktade-kontroller'],
      place: 'centrum',
      date: '2024-03-05',
      count: 1,
      trigger: false,
      targetGroups: ['a-traktorer'],
      methods: ['civil'],
    });
  });

  it('takes names and ids, several of them, after "mot" and "för"', () => {
    expect(entry('/logga kontroll mot Mopeder, a-traktorer uniform igår')).toMatchObject({
      targetGroups: ['mopeder', 'a-traktorer'],
      methods: ['uniformerad'],
      place: null,
      date: '2024-05-07',
    });
    expect(entry('/logga lektion för åk 7 Skolan 3 st')).toMatchObject({
      targetGroups: ['ak7'],
      place: 'skolan',
      count: 3,
    });
    expect(entry('/logga lektion Årskurs 7').targetGroups).toEqual(['ak7']);
    expect(entry('/logga lektion ak7 sjuor').targetGroups).toEqual(['ak7']);
  });

  it('ends a partner list at a target group', () => {
    expect(entry('/logga kontroll med bilinspektör, moped civil')).toMatchObject({
      partners: ['bilinspektorer'],
      targetGroups: ['mopeder'],
      methods: ['civil'],
    });
  });

  it('records target groups on any promise, and none when none is named', () => {
    expect(entry('/logga närvaro Centrum ungdomar').targetGroups).toEqual(['unga']);
    expect(entry('/logga kontroll Centrum')).toMatchObject({ targetGroups: [], methods: [] });
  });
});

describe('trigger words of a conditional promise', () => {
  it('notes that the condition arose: count 0, with place, date and note', () => {
    expect(entry('/logga önskemål trygghetsvandring Centrum 2024-05-02 "från villaföreningen"')).toEqual({
      promiseIds: ['trygghetsvandring'],
      word: 'trygghetsvandring',
      place: 'centrum',
      date: '2024-05-02',
      dateWasGiven: true,
      notCounted: [],
      dateSpan: null,
      time: null,
      count: 0,
      trigger: true,
      partners: [],
      targetGroups: [],
      methods: [],
      participants: [],
      note: 'från villaföreningen',
      figures: {},
    });
  });

  it('folds the trigger words like activity words, and keeps the activity word for the work itself', () => {
    expect(entry('/logga ONSKEMAL trygghetsvandring')).toMatchObject({
      trigger: true,
      count: 0,
      date: today,
    });
    expect(entry('/logga vandringsönskemål igår')).toMatchObject({ trigger: true, date: '2024-05-07' });
    expect(entry('/logga trygghetsvandring Centrum med kommunen')).toMatchObject({
      promiseIds: ['trygghetsvandring'],
      trigger: false,
      count: 1,
      partners: ['kommunen'],
    });
  });

  it('refuses a count, a plan and a + on a trigger, in Swedish', () => {
    expect(refusal('/logga önskemål trygghetsvandring 2 st')).toMatchObject({
      code: 'bad-count',
      message:
        'Ett behov noteras utan antal och siffror: det räknas som uppkommet en gång. Logga själva insatsen med /logga trygghetsvandring när den är gjord.',
    });
    const plan = parseCommand('/planera önskemål trygghetsvandring fredag', { set, today });
    expect(plan).toMatchObject({
      ok: false,
      error: {
        message:
          'Ett behov planeras inte. Notera det med /logga önskemål trygghetsvandring när det har uppkommit.',
      },
    });
    expect(refusal('/logga lektion+vandringsönskemål').message).toBe(
      '"vandringsönskemål" noterar att behovet uppkom och loggas ensamt, utan +. Skriv: /logga vandringsönskemål [plats] [när] ["anteckning"]',
    );
  });

  it('keeps the period and future-date checks for a trigger', () => {
    expect(refusal('/logga önskemål trygghetsvandring 2024-06-01').code).toBe('future-date');
    expect(refusal('/logga önskemål trygghetsvandring 2023-12-20').code).toBe('outside-period');
  });
});
