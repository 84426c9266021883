import { describe, expect, it } from 'vitest';
import type { Command, EntryDraft } from '../../../../src/domain/grammar/command.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();
// A Wednesday in ISO week 12.
const today = '2018-03-21';

function parse(line: string, command?: string): Command {
  const result = parseCommand(line, command === undefined ? { set, today } : { set, today, command });
  if (!result.ok) throw new Error(`expected ok for ${line}: ${result.error.message}`);
  return result.value;
}

function entry(line: string, command?: string): EntryDraft {
  const value = parse(line, command);
  if (value.kind !== 'log' && value.kind !== 'plan')
    throw new Error(`expected an entry for ${line}, got ${value.kind}`);
  return value.entry;
}

describe('verbs', () => {
  it.each([
    ['/logga', { kind: 'form' }],
    ['logga', { kind: 'form' }],
    ['/logga ångra', { kind: 'undo' }],
    ['logga angra', { kind: 'undo' }],
    ['logga undo', { kind: 'undo' }],
    ['/logga hjälp', { kind: 'help', topic: 'logga' }],
    ['logga hjalp', { kind: 'help', topic: 'logga' }],
    ['/hjälp', { kind: 'help' }],
    ['hjalp planera', { kind: 'help', topic: 'planera' }],
    ['/status', { kind: 'status' }],
    ['STATUS', { kind: 'status' }],
    ['/rapport', { kind: 'report' }],
    ['/rapport 2018', { kind: 'report', year: 2018 }],
    ['rapport 2018 docx', { kind: 'report', year: 2018, format: 'docx' }],
    ['rapport csv', { kind: 'report', format: 'csv' }],
    ['rapport 2018 md', { kind: 'report', year: 2018, format: 'md' }],
    ['rapport json 2018', { kind: 'report', year: 2018, format: 'json' }],
    ['rapport 2018 t1', { kind: 'report', year: 2018, period: { unit: 'tertial', index: 1 } }],
    ['rapport mars', { kind: 'report', period: { unit: 'month', index: 3 } }],
    ['/loften', { kind: 'promises' }],
    ['/löften', { kind: 'promises' }],
    ['loften koppla overkalix-2018', { kind: 'bind', setKey: 'overkalix-2018' }],
    ['löften koppla Overkalix-2018', { kind: 'bind', setKey: 'overkalix-2018' }],
    ['loften roll <@U123> chef', { kind: 'role', user: '<@U123>', role: 'chief' }],
    ['loften roll <@U123|anna> polis', { kind: 'role', user: '<@U123|anna>', role: 'officer' }],
    ['loften roll @anna grupp', { kind: 'role', user: '@anna', role: 'group' }],
    [
      'loften roll <at>Anna Svensson</at> admin',
      { kind: 'role', user: '<at>Anna Svensson</at>', role: 'admin' },
    ],
    ['loften roll @bo officer', { kind: 'role', user: '@bo', role: 'officer' }],
  ])('%s', (line, expected) => {
    expect(parse(line)).toEqual(expected);
  });

  it('takes the verb from the slash command name when the platform gives it', () => {
    expect(parse('', 'logga')).toEqual({ kind: 'form' });
    expect(parse('', '/logga')).toEqual({ kind: 'form' });
    expect(parse('ångra', '/logga')).toEqual({ kind: 'undo' });
    expect(parse('koppla overkalix-2018', '/loften')).toEqual({ kind: 'bind', setKey: 'overkalix-2018' });
    expect(entry('medborgarkontakt Centrum', 'logga').place).toBe('centrum');
  });

  it('skips the bot mention Teams puts first', () => {
    expect(entry('<at>Löftesbot</at> logga kontakt torget').place).toBe('centrum');
  });

  it('works without a bound set for the commands that need none', () => {
    expect(parseCommand('/status', { set: null, today })).toEqual({ ok: true, value: { kind: 'status' } });
    expect(parseCommand('loften koppla overkalix-2018', { set: null, today })).toMatchObject({ ok: true });
  });
});

describe('/logga entries', () => {
  it('logs the acceptance line with defaults', () => {
    expect(entry('/logga medborgarkontakt Centrum 2018-03-14')).toEqual({
      promiseIds: ['medborgarkontakt'],
      word: 'medborgarkontakt',
      place: 'centrum',
      date: '2018-03-14',
      dateWasGiven: true,
      notCounted: [],
      dateSpan: null,
      time: null,
      count: 1,
      trigger: false,
      partners: [],
      targetGroups: [],
      methods: [],
      participants: [],
      note: null,
      figures: {},
    });
  });

  it('defaults the date to today and says it was not given', () => {
    const e = entry('/logga närvaro');
    expect(e.date).toBe(today);
    expect(e.dateWasGiven).toBe(false);
    expect(e.place).toBeNull();
  });

  it('matches words and places without case or diacritics, and by alias', () => {
    expect(entry('/logga NARVARO ungdomsgarden').promiseIds).toEqual(['narvaro']);
    expect(entry('/logga narvaro ungdomsgarden').place).toBe('ungdomsgarden');
    expect(entry('/logga kontakt torget').promiseIds).toEqual(['medborgarkontakt']);
    expect(entry('/logga mk Torget').place).toBe('centrum');
    expect(entry('/logga medborgarkontakt Skolan').word).toBe('medborgarkontakt');
    expect(entry('/logga kontakt centrum').word).toBe('medborgarkontakt');
  });

  it('understands multi-word places and aliases', () => {
    expect(entry('/logga närvaro ortens företag').place).toBe('foretag');
    expect(entry('/logga närvaro Ortens Foretag igår').place).toBe('foretag');
    expect(entry('/logga trafikinsats europaväg 4').place).toBe('e4');
    expect(entry('/logga trafikinsats rv 392').place).toBe('riksvag-392');
    expect(entry('/logga trafikinsats Riksväg 392 2 st').place).toBe('riksvag-392');
  });

  it('prefers a numeric place alias to a bare count, and takes the next number as the count', () => {
    const e = entry('/logga trafikinsats 392 3');
    expect(e.place).toBe('riksvag-392');
    expect(e.count).toBe(3);
  });

  it.each([
    ['/logga kontakt Centrum 3 st', 3],
    ['/logga kontakt Centrum 3st', 3],
    ['/logga kontakt Centrum x3', 3],
    ['/logga kontakt Centrum 4x', 4],
    ['/logga kontakt Centrum 5', 5],
    ['/logga kontakt 7 Centrum', 7],
    ['/logga kontakt Centrum antal=2', 2],
    ['/logga kontakt Centrum 1000 st bekräfta', 1000],
  ])('count: %s', (line, count) => {
    expect(entry(line).count).toBe(count);
  });

  it('reads partners after "med", separated by commas or "och", with aliases', () => {
    expect(entry('/logga riskkväll Centrum med socialtjänsten, kommunen').partners).toEqual([
      'socialtjansten',
      'kommunen',
    ]);
    expect(entry('/logga riskkväll med soc och nattvandrarna').partners).toEqual([
      'socialtjansten',
      'nattvandrare',
    ]);
    // Partners that do not count for riskkväll are still read (stored with `ändå`).
    expect(entry('/logga riskkväll med BRÅ-gruppen igår ändå').partners).toEqual(['bra']);
    expect(entry('/logga riskkväll med bra-gruppen,skola ändå').partners).toEqual(['bra', 'skolan']);
  });

  it('ends the partner list at the next part of the line', () => {
    const e = entry('/logga riskkväll med soc, igår "lugnt"');
    expect(e.partners).toEqual(['socialtjansten']);
    expect(e.date).toBe('2018-03-20');
    expect(e.note).toBe('lugnt');
  });

  it('returns mentions raw as participants, from "med" or anywhere', () => {
    expect(entry('/logga närvaro Centrum med <@U123>, <@U456|bo>').participants).toEqual([
      '<@U123>',
      '<@U456|bo>',
    ]);
    expect(entry('/logga närvaro med @anna och soc').participants).toEqual(['@anna']);
    expect(entry('/logga närvaro med @anna och soc').partners).toEqual(['socialtjansten']);
    expect(entry('/logga närvaro <at>Anna Svensson</at> Centrum').participants).toEqual([
      '<at>Anna Svensson</at>',
    ]);
    expect(entry('/logga närvaro @anna @anna').participants).toEqual(['@anna']);
  });

  it('takes the note from straight or curly quotes', () => {
    expect(entry('/logga närvaro Centrum "lugnt, 3 ungdomar vid kiosken"').note).toBe(
      'lugnt, 3 ungdomar vid kiosken',
    );
    expect(entry('/logga närvaro Centrum “lugnt kväll”').note).toBe('lugnt kväll');
    expect(entry('/logga närvaro Centrum ”lugnt”').note).toBe('lugnt');
    expect(entry('/logga närvaro "" Centrum').note).toBeNull();
    expect(entry('/logga närvaro "kl 21-23, 100 fordon, E4 vid Tallvik, v.12, 2018-03-14"').note).toContain(
      'Tallvik',
    );
  });

  it('reads times as HH:MM', () => {
    expect(entry('/logga riskkväll kl 21 med soc').time).toBe('21:00');
    expect(entry('/logga riskkväll kl. 21:30 med soc').time).toBe('21:30');
    expect(entry('/logga riskkväll kl 21-23 med soc').time).toBe('21:00');
    expect(entry('/logga riskkväll 21:30 med soc').time).toBe('21:30');
    expect(entry('/logga riskkväll kl9 med soc').time).toBe('09:00');
  });

  it("reads result figures of the promise's figure ids and words", () => {
    expect(entry('/logga trafikinsats E4 fordon=40').figures).toEqual({ fordon: 40 });
    expect(entry('/logga trafikinsats E4 40 fordon').figures).toEqual({ fordon: 40 });
    expect(entry('/logga trafikinsats E4 fordon 40 2 st')).toMatchObject({
      figures: { fordon: 40 },
      count: 2,
    });
    expect(entry('/logga nätdroger 5 utbildade').figures).toEqual({ utbildade: 5 });
    expect(entry('/logga nätdroger ombud=3').figures).toEqual({ utbildade: 3 });
  });

  it('joins several activity words with + into several promises, one event', () => {
    const e = entry('/logga trafikinsats+riskkväll E4 med soc');
    expect(e.promiseIds).toEqual(['trafikinsats', 'riskkvall']);
    expect(e.word).toBe('trafikinsats+riskkväll');
    expect(entry('/logga trafikinsats + riskkväll E4 med soc').promiseIds).toEqual([
      'trafikinsats',
      'riskkvall',
    ]);
    expect(entry('/logga trafikinsats+trafikkontroll').promiseIds).toEqual(['trafikinsats']);
  });

  it('accepts a free-text place when no chosen promise requires the list', () => {
    expect(entry('/logga närvaro Kiosken').place).toBe('Kiosken');
    expect(entry('/logga närvaro i Kiosken vid järnvägen igår').place).toBe('Kiosken vid järnvägen');
    expect(entry('/logga närvaro vid Centrum').place).toBe('centrum');
  });

  it('accepts the deadline promise after the period, up to its due date', () => {
    const result = parseCommand('/logga sammanställning 2019-01-20', { set, today: '2019-01-25' });
    expect(result).toMatchObject({ ok: true, value: { entry: { date: '2019-01-20' } } });
  });

  it('ignores odd whitespace, invisible characters and a final full stop', () => {
    expect(entry('  /logga\u00a0 närvaro\u200b \t Centrum. ').place).toBe('centrum');
    expect(entry('/logga närvaro Centrum!').place).toBe('centrum');
  });
});

describe('/planera entries', () => {
  it('requires and accepts future dates and weeks', () => {
    expect(entry('/planera närvaro Centrum imorgon').date).toBe('2018-03-22');
    expect(entry('/planera närvaro Centrum 2018-04-02').date).toBe('2018-04-02');
    expect(entry('/planera närvaro v.14').date).toBe('2018-04-02');
    expect(entry('/planera närvaro vecka 13').date).toBe('2018-03-26');
  });

  it('plans the current week from tomorrow', () => {
    expect(entry('/planera närvaro v.12').date).toBe('2018-03-22');
  });

  it('takes the next such weekday, a week ahead on the same weekday', () => {
    expect(entry('/planera närvaro fredag').date).toBe('2018-03-23');
    expect(entry('/planera närvaro onsdag').date).toBe('2018-03-28');
    expect(entry('/planera närvaro mån').date).toBe('2018-03-26');
  });

  it('keeps the partners, place and count like /logga', () => {
    const e = entry('/planera riskkväll Centrum fredag kl 21 med soc 2 st');
    expect(e).toMatchObject({
      place: 'centrum',
      partners: ['socialtjansten'],
      time: '21:00',
      count: 2,
      dateWasGiven: true,
      notCounted: [],
      dateSpan: null,
    });
    expect(parse('/planera riskkväll fredag med soc').kind).toBe('plan');
  });
});
