// A year of a multi-year set (`resetsEach: year`) is the same rule on a one-year period (issue 19,
// item 3): while the year runs its status is the one-year set's status, and once it has ended its
// outcome (`years`) is the one-year set's outcome, whatever the other years hold.
//
// Dates and moments in the days around New Year (28 December – 4 January) are left out: an entry on
// Monday 30 December 2019 belongs to v.1 2020 in the multi-year set (Thursday rule) but lies outside a
// one-year 2020 period, so the two sets rightly differ there (tested by hand in
// test/unit/domain/rules/years-every-n-weeks.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../src/domain/status/compute-status.ts';
import type { PromiseStatus } from '../../src/domain/status/types.ts';
import { addDays } from '../../src/domain/time/day-number.ts';
import { activity, singlePromiseSet } from '../unit/domain/status/fixtures.ts';

const YEARS = [2019, 2020, 2021] as const;
const multiYear = { start: '2019-01-01', end: '2021-12-31', resetsEach: 'year' };

const nearNewYear = (date: string) => date.slice(5) >= '12-28' || date.slice(5) <= '01-04';

/** A day of the three years, as an offset from 1 January 2019 (1096 days). */
const dayArb = fc
  .integer({ min: 0, max: 1095 })
  .map((d) => addDays('2019-01-01', d))
  .filter((d) => !nearNewYear(d));

const RULES: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  'count per month': fc
    .integer({ min: 1, max: 3 })
    .map((target) => ({ kind: 'count', target, per: 'month' })),
  'count per week with tolerance': fc
    .record({ target: fc.integer({ min: 1, max: 2 }), tolerance: fc.integer({ min: 0, max: 3 }) })
    .map((r) => ({ kind: 'count', per: 'week', ...r })),
  'count per year': fc.integer({ min: 1, max: 30 }).map((target) => ({ kind: 'count', target, per: 'year' })),
  'every N weeks': fc.integer({ min: 1, max: 6 }).map((weeks) => ({ kind: 'every-n-weeks', weeks })),
  'coverage per year': fc.constant({ kind: 'coverage', places: ['centrum', 'skolan'], per: 'year' }),
  'coverage per tertial': fc.constant({ kind: 'coverage', places: ['centrum', 'skolan'], per: 'tertial' }),
  'count every N months': fc
    .integer({ min: 2, max: 4 })
    .map((months) => ({ kind: 'count', target: 1, every: { months } })),
  'weekly average': fc
    .record({ target: fc.constantFrom(0.5, 1, 2), silentWeeks: fc.integer({ min: 1, max: 4 }) })
    .map((r) => ({ kind: 'weekly-average', ...r })),
  'monthly average': fc.integer({ min: 1, max: 3 }).map((target) => ({ kind: 'monthly-average', target })),
  'milestone without due date': fc.integer({ min: 1, max: 3 }).map((times) => ({ kind: 'milestone', times })),
};

const statusOf = (
  rule: Record<string, unknown>,
  period: { start: string; end: string },
  entries: { date: string; place: string }[],
  today: string,
): PromiseStatus =>
  computeStatus(
    singlePromiseSet({ rule }, period),
    entries.map((e) => activity('p', e.date, { place: e.place })),
    new Date(`${today}T12:00:00+01:00`),
  ).promises[0]!;

const entriesArb = fc.array(fc.record({ date: dayArb, place: fc.constantFrom('centrum', 'skolan') }), {
  maxLength: 120,
});

describe.each(Object.entries(RULES))(
  '%s: a year of a multi-year set against a one-year period',
  (_, ruleArb) => {
    it('has the one-year set’s status while the year runs', () => {
      fc.assert(
        fc.property(ruleArb, entriesArb, dayArb, (rule, entries, today) => {
          const year = Number(today.slice(0, 4));
          const alone = statusOf(rule, { start: `${year}-01-01`, end: `${year}-12-31` }, entries, today);
          const inSet = statusOf(rule, multiYear, entries, today);
          expect(inSet.status).toBe(alone.status);
        }),
        { numRuns: 60 },
      );
    });

    it('has the one-year set’s outcome once the year has ended', () => {
      fc.assert(
        fc.property(
          ruleArb,
          entriesArb,
          fc.constantFrom(...YEARS),
          fc.integer({ min: 5, max: 800 }),
          (rule, entries, year, after) => {
            const today = addDays(`${year}-12-31`, after);
            if (nearNewYear(today)) return;
            const alone = statusOf(rule, { start: `${year}-01-01`, end: `${year}-12-31` }, entries, today);
            const inSet = statusOf(rule, multiYear, entries, today);
            const own = inSet.years?.find((y) => y.label === String(year));
            expect(own?.outcome).toBe(alone.outcome);
          },
        ),
        { numRuns: 60 },
      );
    });
  },
);

describe('weekly average: a year of a multi-year set against a one-year period', () => {
  it('has the one-year set’s pace while the year runs (average, how many are needed, alerts)', () => {
    fc.assert(
      fc.property(RULES['weekly average']!, entriesArb, dayArb, (rule, entries, today) => {
        const year = Number(today.slice(0, 4));
        const alone = statusOf(rule, { start: `${year}-01-01`, end: `${year}-12-31` }, entries, today);
        const inSet = statusOf(rule, multiYear, entries, today);
        if (alone.kind !== 'weekly-average' || inSet.kind !== 'weekly-average') throw new Error('kind');
        expect([inSet.average, inSet.needed, inSet.countCompleted]).toEqual([
          alone.average,
          alone.needed,
          alone.countCompleted,
        ]);
        // The alerts name weeks with their year in the multi-year set (v.9–10 2020): compare their codes.
        expect(inSet.alerts.map((a) => a.code)).toEqual(alone.alerts.map((a) => a.code));
      }),
      { numRuns: 60 },
    );
  });
});
