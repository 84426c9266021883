// The status book keeps tallies current one write at a time; whatever sequence of entries and undos
// reaches it, the status it gives must be the status computed afresh from the entries that remain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRule } from '../../src/domain/rules/tally.ts';
import { lastCompletedDay } from '../../src/domain/rules/timeline.ts';
import { computeStatus, createStatusBook } from '../../src/domain/status/compute-status.ts';
import type { Activity } from '../../src/domain/types.ts';
import { buildActivity } from '../helpers/build-activity.ts';
import { evaluatorFor } from '../helpers/evaluate-kind.ts';
import { dayOf, isoOf, scenarioArb, sets } from '../helpers/promise-arbitraries.ts';

const evaluateWeeklyAverage = evaluatorFor('weekly-average');

describe('status book', () => {
  it('gives the status computed afresh, whatever entries and undos reached it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ set, entries, nowDay }) => {
        const now = new Date(`${isoOf(nowDay)}T10:00:00Z`);
        const book = createStatusBook(set);
        const kept: Activity[] = [];
        // Undos come after later entries, so they take back rows from the middle of the tallies.
        for (const [activity] of entries) book.add(activity);
        for (const [activity, undone] of entries) {
          if (undone) book.remove(activity);
          else kept.push(activity);
        }
        expect(book.status(now)).toEqual(computeStatus(set, kept, now));
        // A status taken earlier is not changed by later writes.
        const before = book.status(now);
        const snapshot = structuredClone(before);
        for (const activity of kept) book.remove(activity);
        expect(before).toEqual(snapshot);
        expect(book.status(now)).toEqual(computeStatus(set, [], now));
      }),
      { numRuns: 150 },
    );
  });

  it('gives only the promises asked for, in the set order', () => {
    const set = sets[0]!;
    const book = createStatusBook(set);
    const ids = set.promises.map((p) => p.id);
    const asked = [ids[2]!, ids[0]!];
    const status = book.status(new Date('2018-05-01T10:00:00Z'), {}, asked);
    expect(status.promises.map((p) => p.id)).toEqual([ids[0], ids[2]]);
  });

  it('counts for a weekly average what is dated up to the last completed Sunday, also when the period starts mid-week', () => {
    const overkalix = sets[0]!;
    fc.assert(
      fc.property(
        fc.constantFrom('2018-01-01', '2018-03-02', '2018-03-03', '2018-03-08'),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 30 }),
        fc.integer({ min: -3, max: 130 }),
        (start, days, nowOffset) => {
          const set = { ...overkalix, period: { ...overkalix.period, start } };
          const promise = set.promises.find((p) => p.rule.kind === 'weekly-average')!;
          const activities = days.map((d, i) => ({
            ...buildActivity(promise.id, isoOf(dayOf(start) + d), { setKey: set.key, count: 1 + (i % 3) }),
            place: promise.places?.watch[0] ?? null,
          }));
          const now = new Date(`${isoOf(dayOf(start) + nowOffset)}T10:00:00Z`);
          const prepared = prepareRule(promise, set, activities, now);
          const evaluation = evaluateWeeklyAverage(promise, set, activities, now, prepared);
          // The definition, read straight off the qualifying activities.
          const lastDay = lastCompletedDay(prepared.timeline);
          const expected = prepared.timeline.ended
            ? prepared.tally.count
            : prepared.tally.qualifying.filter((a) => a.date <= lastDay).reduce((n, a) => n + a.count, 0);
          expect(evaluation.countCompleted).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
