// issue 19: the report's entry list of a promise `after` another ("därefter") says of an entry dated
// before the other promise was done that it does not count, and why, so the entries listed as counted
// are the ones the promise's figure counts. Figures worked out by hand beside each test.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/adapters/documents/render-markdown.ts';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';

const HEAD = (period: string) => `key: ordning-efter
format: 2
title: Medborgarlöfte
municipality: Testkommun
policeArea: LPO Test
period: ${period}
reportDue: 2026-01-31
promises:
  - id: kartlaggning
    category: Narkotika
    title: Kartläggning
    text: En kartläggning av narkotikasituationen.
    words: [kartläggning]
    rule: { kind: milestone }
  - id: insatser
    category: Narkotika
    title: Insatser efter kartläggningen
    text: Därefter minst tre riktade insatser.
    words: [riktad insats]
    rule: { kind: count, target: 3, per: period }
    after: kartlaggning
`;

describe('report entries of a promise after another', () => {
  it('lists an entry before the mapping as not counting, with the day it was done', () => {
    const { set, act, statusOf } = createSetFixture(HEAD('{ start: 2025-01-01, end: 2025-12-31 }'));
    // Mapped 14 March. Operations 3 February (before: no), 14 March (that day: yes), 10 April, 12 June:
    // 3 count, of 4 listed.
    const ledger = [
      act('kartlaggning', '2025-03-14'),
      ...['2025-02-03', '2025-03-14', '2025-04-10', '2025-06-12'].map((d) => act('insatser', d)),
    ];
    const now = parseNow('2025-07-01T12:00', set.timeZone);
    const ps = statusOf(ledger, '2025-07-01T12:00', 'insatser');
    if (ps.kind !== 'count') throw new Error(ps.kind);
    expect(ps.count).toBe(3);
    const report = buildReport(set, ledger, now).promises.find((p) => p.id === 'insatser')!;
    expect(report.activities).toHaveLength(4);
    expect(report.activities.filter((a) => a.counted)).toHaveLength(ps.count);
    expect(report.activities.find((a) => a.date === '2025-02-03')?.notCounted).toBe(
      'före "Kartläggning" var klart (14 mars 2025)',
    );
    const markdown = renderMarkdown(buildReport(set, ledger, now));
    expect(markdown).toContain('räknas inte: före "Kartläggning" var klart (14 mars 2025)');
    // The entry on the done day counts: its row carries no "räknas inte".
    expect(markdown).toMatch(/\| fre 14 mars \| v\.11 \|[^\n]*\| 1 \| {2}\|/);
  });

  it('holds each year’s entries to that year’s done day, and a year never mapped to none', () => {
    const { set, act, statusOf } = createSetFixture(
      HEAD('{ start: 2019-01-01, end: 2021-12-31, resetsEach: year }').replace(
        'target: 3, per: period',
        'target: 4, per: year',
      ),
    );
    // 2019: mapped 1 March; operations 1 February (no), 1 March, April, June, September: 4 count.
    // 2020: mapped 4 May; 10 February (before 2020's mapping: no), May, August, October: 3 count.
    // 2021: never mapped; 3 March counts for nothing. 10 listed, 4 + 3 = 7 counted.
    const ledger = [
      act('kartlaggning', '2019-03-01'),
      act('kartlaggning', '2020-05-04'),
      ...['2019-02-01', '2019-03-01', '2019-04-10', '2019-06-12', '2019-09-18'].map((d) =>
        act('insatser', d),
      ),
      ...['2020-02-10', '2020-05-20', '2020-08-19', '2020-10-07', '2021-03-03'].map((d) =>
        act('insatser', d),
      ),
    ];
    const ps = statusOf(ledger, '2022-01-15T12:00', 'insatser');
    if (ps.kind !== 'count') throw new Error(ps.kind);
    const yearly = (ps.units ?? []).reduce((sum, u) => sum + u.count, 0);
    expect(yearly).toBe(7);
    const report = buildReport(set, ledger, parseNow('2022-01-15T12:00', set.timeZone)).promises.find(
      (p) => p.id === 'insatser',
    )!;
    expect(report.activities).toHaveLength(10);
    expect(report.activities.filter((a) => a.counted)).toHaveLength(yearly);
    expect(report.activities.filter((a) => !a.counted).map((a) => [a.date, a.notCounted])).toEqual([
      ['2019-02-01', 'före "Kartläggning" var klart (1 mars 2019)'],
      ['2020-02-10', 'före "Kartläggning" var klart (4 maj 2020)'],
      ['2021-03-03', 'löftet gäller efter "Kartläggning", som inte var klart då'],
    ]);
  });
});
