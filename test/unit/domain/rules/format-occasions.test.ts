// issue 19, format: `distinct: date` and `distinct: date+place` — several entries on one day (or at one
// place on one day) are one occasion. Figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { describeTarget } from '../../../../src/domain/report/describe-target.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const text = `key: overtornea-test-2020
format: 2
title: Medborgarlöften 2020–2021
municipality: Övertorneå kommun
policeArea: Lokalpolisområde Östra Norrbotten
period: { start: 2020-01-01, end: 2021-12-31, resetsEach: year }
reportDue: 2022-01-31
places:
  - { id: skolan, name: Skolan, tags: [skolmiljo] }
  - { id: gymnasiet, name: Gymnasiet, tags: [skolmiljo] }
  - { id: centrum, name: Centrum }
partners:
  - { id: polisen, name: Polisen }
  - { id: kommunen, name: Kommunen }
promises:
  - id: riskkvallar
    category: Trygghet
    title: Riskkvällar
    text: Närvaro vid minst två riskkvällar per år.
    words: [riskkväll]
    rule: { kind: count, target: 2, per: year, distinct: date }
  - id: hundsok
    category: Droger
    title: Hundsök i skolmiljö
    text: Sök med hund i skolmiljö vid minst tre tillfällen.
    words: [hundsökning]
    rule: { kind: count, target: 3, distinct: date+place }
    places: { required: true, only: { tags: [skolmiljo] } }
`;

const { set, act, statusOf } = createSetFixture(text);

describe('distinct: date', () => {
  const evenings = [
    act('riskkvallar', '2020-04-30', { partners: ['polisen'] }),
    act('riskkvallar', '2020-04-30', { partners: ['kommunen'], userId: 'console:falt' }),
    act('riskkvallar', '2020-04-30', { count: 3 }),
  ];

  it('counts one evening logged three times (one entry with 3) as one occasion', () => {
    const ps = statusOf(evenings, '2020-05-04T12:00', 'riskkvallar');
    expect(ps.count).toBe(1);
    expect(ps.status).not.toBe('uppfyllt');
    expect(lineAt(set, '2020-05-04', ps)).toMatch(/^2020: 1 av 2 · /);
  });

  it('needs a second date to be met, and each year starts over', () => {
    const more = [...evenings, act('riskkvallar', '2020-12-31'), act('riskkvallar', '2021-04-30')];
    const year = statusOf(more, '2021-01-11T08:00', 'riskkvallar');
    // 2020: 30 April and 31 December = 2 occasions (kept); 2021: 30 April not yet (dated after now).
    expect(year.kind === 'count' && year.units?.map((u) => [u.label, u.count, u.kept])).toEqual([
      ['2020', 2, true],
      ['2021', 0, false],
    ]);
  });

  it('says "olika dagar" in the target', () => {
    expect(describeTarget(set.promises[0]!, set)).toBe('minst 2 riskkvällar per år (olika dagar)');
  });
});

describe('distinct: date+place', () => {
  it('counts the same day at two schools twice, the same school twice a day once', () => {
    const searches = [
      act('hundsok', '2020-10-08', { place: 'skolan' }),
      act('hundsok', '2020-10-08', { place: 'skolan' }),
      act('hundsok', '2020-10-08', { place: 'gymnasiet' }),
      act('hundsok', '2020-10-09', { place: 'centrum' }),
    ];
    const ps = statusOf(searches, '2020-10-12T12:00', 'hundsok');
    // Skolan and Gymnasiet on 8 October: 2 occasions; Centrum is not a school (outside the subset).
    expect(ps.count).toBe(2);
    expect(ps.outsidePlaces).toBe(1);
  });
});

describe('a wrong value is refused with its line', () => {
  it('names the allowed values', () => {
    const result = loadPromiseFile(text.replace('distinct: date }', 'distinct: dag }'));
    expect(result.ok ? [] : result.errors.map((e) => `rad ${e.line}, ${e.field}: ${e.message}`)).toEqual([
      'rad 21, promises[0].rule.distinct: ska vara date eller date+place',
    ]);
  });
});
