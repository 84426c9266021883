// Status counts only what has happened: a performed entry dated after now (a fixed clock or an import
// can put one there) changes no promise's status, whether the status comes from a status book kept
// current one write at a time or is computed afresh, and the report leaves it out too. Nor does a
// judgement made after now, nor a need noted after now.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/report/build-report.ts';
import type { Judgement } from '../../src/domain/rules/types.ts';
import { computeStatus, createStatusBook } from '../../src/domain/status/compute-status.ts';
import { toLocalDate } from '../../src/domain/time/local-date.ts';
import type { StatusWord } from '../../src/domain/types.ts';
import { dayOf, isoOf, scenarioArb } from '../helpers/promise-arbitraries.ts';

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

  it('judgements made and needs noted after now change nothing either', () => {
    const words: StatusWord[] = ['uppfyllt', 'i fas', 'släpar', 'ej uppfyllt', 'ej aktuell'];
    const scenario = scenarioArb.chain((sc) =>
      fc.record({
        sc: fc.constant(sc),
        said: fc.array(
          fc.record({
            promise: fc.constantFrom(...sc.set.promises.map((p) => p.id)),
            day: fc.integer({ min: dayOf(sc.set.period.start) - 5, max: dayOf(sc.set.period.end) + 60 }),
            status: fc.constantFrom(...words),
          }),
          { maxLength: 8 },
        ),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ sc: { set, entries, nowDay }, said }) => {
        const now = new Date(`${isoOf(nowDay)}T10:00:00Z`);
        const judgements: Judgement[] = said.map((j, n) => ({
          setKey: set.key,
          promiseId: j.promise,
          status: j.status,
          reason: 'skäl',
          userId: 'slack:T1:U1',
          at: `${isoOf(j.day)}T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
          date: isoOf(j.day),
        }));
        const triggers = said.map((j) => ({ promiseId: j.promise, date: isoOf(j.day) }));
        const today = toLocalDate(now, set.timeZone);
        const all = entries.map(([activity]) => activity);
        const expected = computeStatus(set, all, now, {
          judgements: judgements.filter((j) => j.at <= now.toISOString()),
          triggers: triggers.filter((t) => t.date <= today),
        });
        expect(computeStatus(set, all, now, { judgements, triggers })).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
