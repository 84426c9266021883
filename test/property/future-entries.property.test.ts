// Status counts only what has happened: a performed entry dated after now (a fixed clock or an import
// can put one there) changes no promise's status, whether the status comes from a status book kept
// current one write at a time or is computed afresh, and the report leaves it out too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/report/build-report.ts';
import { computeStatus, createStatusBook } from '../../src/domain/status/compute-status.ts';
import { toLocalDate } from '../../src/domain/time/local-date.ts';
import { isoOf, scenarioArb } from '../helpers/promise-arbitraries.ts';

describe('entries dated after now', () => {
  it('never change a promise’s status, in a status book or computed afresh', () => {
    fc.assert(
      fc.property(scenarioArb, ({ set, entries, nowDay }) => {
        const now = new Date(`${isoOf(nowDay)}T10:00:00Z`);
        const today = toLocalDate(now, set.timeZone);
        const all = entries.map(([activity]) => activity);
        const happened = all.filter((a) => a.planned || a.date <= today);
        const expected = computeStatus(set, happened, now);
        expect(computeStatus(set, all, now)).toEqual(expected);
        const book = createStatusBook(set);
        for (const activity of all) book.add(activity);
        expect(book.status(now)).toEqual(expected);
        // Undoing an entry from the future brings back no past one.
        const future = all.find((a) => !a.planned && a.date > today);
        if (future) {
          book.remove(future);
          expect(book.status(now)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('are left out of the report: its outcomes, figures and activity lists', () => {
    fc.assert(
      fc.property(scenarioArb, ({ set, entries, nowDay }) => {
        const now = new Date(`${isoOf(nowDay)}T10:00:00Z`);
        const today = toLocalDate(now, set.timeZone);
        const all = entries.map(([activity]) => activity);
        const happened = all.filter((a) => a.planned || a.date <= today);
        expect(buildReport(set, all, now)).toEqual(buildReport(set, happened, now));
      }),
      { numRuns: 60 },
    );
  });
});
