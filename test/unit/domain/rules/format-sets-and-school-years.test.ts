// issue 19, format: named sets other than places (`sets:` — classes, villages, housing units) covered
// member by member, members bound to a school year (`schoolYear: 2018/19`), and `per: school-year`
// (läsår, 1 July–30 June). Figures worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../../../src/domain/grammar/command.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { unitsOfPeriod } from '../../../../src/domain/rules/count-units.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const text = `key: harjedalen-test-2018
format: 2
title: Medborgarlöften 2018
municipality: Härjedalens kommun
policeArea: Lokalpolisområde Jämtland/Härjedalen
period: { start: 2018-01-01, end: 2018-12-31 }
reportDue: 2019-01-31
places:
  - { id: skola-1, name: Skola 1 }
sets:
  - id: ak8
    name: Årskurs 8-klasser
    members:
      - { id: 8a-1718, name: 8A Skola 1, schoolYear: 2017/18 }
      - { id: 8b-1718, name: 8B Skola 1, schoolYear: 2017/18 }
      - { id: 8a-1819, name: 8A Skola 1, schoolYear: 2018/19 }
      - { id: 8b-1819, name: 8B Skola 1, schoolYear: 2018/19 }
  - id: bostadsomraden
    name: Bostadsområden
    members:
      - { id: norr, name: Norr, aliases: [norra området] }
      - { id: soder, name: Söder }
promises:
  - id: lag-och-ratt
    category: Ungdomar
    title: Lag och rätt i alla årskurs 8
    text: Polisen lovar att besöka alla årskurs 8 i kommunen.
    words: [lag och rätt]
    rule: { kind: coverage, set: ak8, schoolYears: ['2018/19'] }
  - id: omraden
    category: Trygghet
    title: Varje bostadsområde varje halvår
    text: Besöka varje bostadsområde varje halvår.
    words: [områdesbesök]
    rule: { kind: coverage, set: bostadsomraden, per: half-year }
`;

const fixture = createSetFixture(text);
const { set, statusOf } = fixture;
const act = (id: string, date: string, place: string) => fixture.act(id, date, { place });

function entry(line: string, today: string): EntryDraft {
  const result = parseCommand(line, { set, today });
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.kind !== 'log') throw new Error(result.value.kind);
  return result.value.entry;
}

describe('a member is logged where a place is, and its school year tells twins apart', () => {
  it('takes "8A Skola 1" in March as the 2017/18 class and in September as the 2018/19 class', () => {
    expect(entry('/logga lag och rätt 8A Skola 1 2018-03-14', '2018-03-14').place).toBe('8a-1718');
    expect(entry('/logga lag och rätt 8a skola 1 2018-09-12', '2018-09-20').place).toBe('8a-1819');
    expect(entry('/logga områdesbesök norra området', '2018-02-01').place).toBe('norr');
  });
});

describe('coverage of a set', () => {
  // The 2018/19 classes are due within läsåret 2018/19 cut by the period: 1 July–31 December 2018.
  // The spring visit to 8A (2017/18) is not one of them.
  const lessons = [
    act('lag-och-ratt', '2018-03-14', '8a-1718'),
    act('lag-och-ratt', '2018-09-12', '8a-1819'),
    act('lag-och-ratt', '2018-11-14', '8b-1819'),
  ];

  it('names the classes left, with their school year', () => {
    const ps = statusOf(lessons.slice(0, 2), '2018-10-01T12:00', 'lag-och-ratt');
    expect(ps.count).toBe(2);
    expect(ps.kind === 'coverage' && ps.coverage.map((i) => [i.name, i.unit, i.covered])).toEqual([
      ['8A Skola 1', 'läsåret 2018/19', true],
      ['8B Skola 1', 'läsåret 2018/19', false],
    ]);
    expect(ps.status).toBe('i fas');
  });

  it('is met when every class of the school year is reached', () => {
    const ps = statusOf(lessons, '2019-01-07T12:00', 'lag-och-ratt');
    expect(ps.outcome).toBe('uppfyllt');
    expect(lineAt(set, '2019-01-07', ps)).toBe('2 av 2 täckta · uppfyllt');
  });

  it('asks every member in every unit, and names those missed', () => {
    // Half-years: Norr and Söder in each = 4 items; Söder never visited in the first half.
    const visits = [act('omraden', '2018-03-01', 'norr'), act('omraden', '2018-08-01', 'soder')];
    const ps = statusOf(visits, '2018-09-03T12:00', 'omraden');
    expect(ps.kind === 'coverage' && ps.uncovered).toEqual(['Söder (första halvåret)']);
    expect(ps.status).toBe('släpar');
  });
});

describe('per: school-year', () => {
  it('cuts at 1 July and labels the läsår', () => {
    expect(unitsOfPeriod({ start: '2018-01-01', end: '2019-12-31' }, 'school-year')).toEqual([
      {
        label: 'läsåret 2017/18',
        start: '2018-01-01',
        end: '2018-06-30',
        fullDays: 365,
        whole: { start: '2017-07-01', end: '2018-06-30' },
      },
      { label: 'läsåret 2018/19', start: '2018-07-01', end: '2019-06-30' },
      {
        label: 'läsåret 2019/20',
        start: '2019-07-01',
        end: '2019-12-31',
        fullDays: 366,
        whole: { start: '2019-07-01', end: '2020-06-30' },
      },
    ]);
  });
});

describe('a wrong file is refused with the line and a Swedish message', () => {
  const errorsOf = (source: string) => {
    const result = loadPromiseFile(source);
    return result.ok ? [] : result.errors.map((e) => `rad ${e.line}, ${e.field}: ${e.message}`);
  };

  it('names a bad school year, an unknown set and a member that is already a place', () => {
    const bad = text
      .replace('schoolYear: 2017/18 }\n      - { id: 8b-1718', 'schoolYear: 2017/19 }\n      - { id: 8b-1718')
      .replace('set: bostadsomraden', 'set: omraden')
      .replace('{ id: soder, name: Söder }', '{ id: skola-1, name: Söder }');
    expect(errorsOf(bad)).toEqual([
      'rad 14, sets[0].members[0].schoolYear: läsårets andra år ska följa på det första, t.ex. 2018/19',
    ]);
    const later = bad.replace('2017/19', '2017/18');
    expect(errorsOf(later)).toEqual([
      'rad 22, sets[1].members[1].id: "skola-1" är redan en plats',
      'rad 35, promises[1].rule.set: okänd mängd "omraden": finns inte under sets',
    ]);
  });
});
