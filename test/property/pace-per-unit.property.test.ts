// A per-unit rule is paced unit by unit as the same rule on a period that is that unit: a count of N
// per month on a one-month period reads as a count of N on it, and inside a year the current month
// reads as that month alone once the months before it were kept: status, outcome and warning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../src/domain/status/compute-status.ts';
import type { PromiseStatus } from '../../src/domain/status/types.ts';
import { addDays } from '../../src/domain/time/day-number.ts';
import { activity, singlePromiseSet } from '../unit/domain/status/fixtures.ts';

const monthEnd = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

const caseArb = fc
  .record({
    year: fc.integer({ min: 2017, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    target: fc.integer({ min: 1, max: 8 }),
    warnWeeksLeft: fc.integer({ min: 1, max: 6 }),
    days: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 10 }),
    nowOffset: fc.integer({ min: 0, max: 40 }),
  })
  .map((c) => {
    const start = monthStart(c.year, c.month);
    const end = monthEnd(c.year, c.month);
    const span = Number(end.slice(8, 10));
    return {
      ...c,
      start,
      end,
      dates: c.days.map((d) => addDays(start, d % span)),
      today: addDays(start, c.nowOffset),
    };
  });

const statusOf = (
  rule: Record<string, unknown>,
  period: { start: string; end: string },
  dates: string[],
  today: string,
): PromiseStatus =>
  computeStatus(
    singlePromiseSet({ rule }, period),
    dates.map((d) => activity('p', d)),
    new Date(`${today}T12:00:00+01:00`),
  ).promises[0]!;

describe('a per-unit rule against the same rule on a one-unit period', () => {
  it('a count per month on a one-month period is a count on that month', () => {
    fc.assert(
      fc.property(caseArb, ({ target, warnWeeksLeft, start, end, dates, today }) => {
        const period = { start, end };
        const plain = statusOf({ kind: 'count', target, warnWeeksLeft }, period, dates, today);
        const perMonth = statusOf(
          { kind: 'count', target, warnWeeksLeft, per: 'month' },
          period,
          dates,
          today,
        );
        expect(perMonth.status).toBe(plain.status);
        expect(perMonth.outcome).toBe(plain.outcome);
        expect(perMonth.ended).toBe(plain.ended);
      }),
      { numRuns: 300 },
    );
  });

  it('inside a year, the current month is paced as that month alone', () => {
    fc.assert(
      fc.property(caseArb, ({ year, month, target, warnWeeksLeft, start, end, dates, today }) => {
        if (today > end) return;
        // Every month before this one kept, so only the current month decides.
        const earlier = Array.from({ length: month - 1 }, (_, i) =>
          Array.from({ length: target }, () => monthStart(year, i + 1)),
        ).flat();
        const inYear = statusOf(
          { kind: 'count', target, warnWeeksLeft, per: 'month' },
          { start: `${year}-01-01`, end: `${year}-12-31` },
          [...earlier, ...dates],
          today,
        );
        const alone = statusOf({ kind: 'count', target, warnWeeksLeft }, { start, end }, dates, today);
        // Met in the month is uppfyllt alone, and in fas in a year with months still to come.
        const expected = alone.status === 'uppfyllt' && month < 12 ? 'i fas' : alone.status;
        expect(inYear.status).toBe(expected);
        // The same warning: few weeks left, or behind pace.
        expect(inYear.alerts.map((a) => a.code)).toEqual(alone.alerts.map((a) => a.code));
      }),
      { numRuns: 300 },
    );
  });
});
