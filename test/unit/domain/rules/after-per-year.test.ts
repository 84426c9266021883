// issue 19, format: `after` a milestone done once a year (no `due` in a set with `resetsEach: year`).
// The mapping is done anew each year, and the operations "därefter" count in a year only from that
// year's mapping: an operation in February 2020, before the 2020 mapping of 4 May, counts for nothing,
// however early the 2019 mapping was. Figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const { set, act, statusOf } = createSetFixture(`key: ordning-ar-2019
format: 2
title: Medborgarlöfte 2019–2021
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: 2021-12-31, resetsEach: year }
reportDue: 2022-01-31
promises:
  - id: kartlaggning
    category: Narkotika
    title: Kartläggning
    text: Varje år en kartläggning av narkotikasituationen.
    words: [kartläggning]
    rule: { kind: milestone }
  - id: insatser
    category: Narkotika
    title: Insatser efter kartläggningen
    text: Därefter minst fyra riktade insatser per år.
    words: [riktad insats]
    rule: { kind: count, target: 4, per: year }
    after: kartlaggning
`);

const mapping = (date: string) => act('kartlaggning', date);
const operation = (date: string) => act('insatser', date);
// 2019: mapped 1 March; operations 1 February (before: no), 1 March (that day: yes), April, June,
// September: 4. 2020: mapped 4 May; operations 10 February (before the 2020 mapping: no), May, August,
// October: 3. 2021: never mapped; the operation of 3 March counts for nothing.
const ledger = [
  mapping('2019-03-01'),
  mapping('2020-05-04'),
  ...['2019-02-01', '2019-03-01', '2019-04-10', '2019-06-12', '2019-09-18'].map(operation),
  ...['2020-02-10', '2020-05-20', '2020-08-19', '2020-10-07', '2021-03-03'].map(operation),
];

describe('after a milestone done once a year', () => {
  it('waits in a year until that year’s milestone is done, and says the early entry does not count', () => {
    // 11 March 2020: 2019's mapping does not open 2020; 10 February is before 2020's (not done yet).
    const ps = statusOf(ledger, '2020-03-11T12:00', 'insatser');
    expect(ps.status).toBe('i fas');
    expect(lineAt(set, '2020-03-11', ps)).toMatch(/^väntar på Kartläggning · 2020: 0 av 4 · /);
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '1 loggad räknas inte: löftet gäller efter "Kartläggning", som inte är klart än',
    ]);
  });

  it('paces the year from its own done day', () => {
    // 1 July 2020, mapped 4 May (Monday of v.19), nothing since: the year's pace runs over v.19–53, 35
    // weeks, 8 completed: 4 × 8/35 = 0,9 expected, 0 is not a whole one behind. Paced from 1 January
    // it would be 4 × 26/53 = 2,0 and släpar.
    const mappedOnly = [mapping('2019-03-01'), mapping('2020-05-04')];
    const ps = statusOf(mappedOnly, '2020-07-01T12:00', 'insatser');
    expect(ps.status).toBe('i fas');
    expect(lineAt(set, '2020-07-01', ps)).toMatch(
      /^efter Kartläggning \(klar 4 maj 2020\) · 2020: 0 av 4 · 4 kvar på 27 veckor · i fas/,
    );
  });

  it('counts each year only after its own milestone: 2019 4 of 4, 2020 3 of 4, 2021 none', () => {
    const ps = statusOf(ledger, '2022-01-15T12:00', 'insatser');
    if (ps.kind !== 'count') throw new Error(ps.kind);
    expect(ps.units?.map((u) => [u.label, u.count])).toEqual([
      ['2019', 4],
      ['2020', 3],
      ['2021', 0],
    ]);
    expect(ps.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '4 av 4' },
      { label: '2020', outcome: 'delvis uppfyllt', figure: '3 av 4' },
      { label: '2021', outcome: 'ej uppfyllt', figure: '0 av 4' },
    ]);
  });
});
