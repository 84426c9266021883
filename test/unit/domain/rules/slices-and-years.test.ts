// Outcomes per year from that year's own figures (issue 19, item 3): a tolerance is sliced by the
// period's weeks (a week belongs to the year its Thursday is in), and a year's target is graded by
// that year's count, with `delvis uppfyllt` from half of it.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { statusOfKind } from '../../../helpers/evaluate-kind.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const twoYears = { start: '2019-01-01', end: '2020-12-31', resetsEach: 'year' };

/** Every Wednesday from `from` to `to`, except the given ones. */
function wednesdays(from: string, to: string, except: string[]): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T12:00:00Z`);
    d.toISOString().slice(0, 10) <= to;
    d.setUTCDate(d.getUTCDate() + 7)
  ) {
    const iso = d.toISOString().slice(0, 10);
    if (!except.includes(iso)) out.push(iso);
  }
  return out;
}

describe('a tolerance per year', () => {
  it('gives week 1 of 2020 (Monday 30 December 2019) to 2020', () => {
    const set = singlePromiseSet({ rule: { kind: 'count', target: 1, per: 'week', tolerance: 1 } }, twoYears);
    // 2019-01-02 is the Wednesday of 2019-W01; 2020-01-01 the Wednesday of 2020-W01.
    // One short week in 2019 (v.10) and one in 2020 (v.1): each year within its tolerance of one.
    const dates = wednesdays('2019-01-02', '2020-12-30', ['2019-03-06', '2020-01-01']);
    const end = computeStatus(
      set,
      dates.map((d) => activity('p', d)),
      new Date('2021-01-10T12:00:00Z'),
    );
    const ps = statusOfKind('count', end.promises[0]);
    expect(ps.unitsMissed).toBe(2);
    expect(ps.outcome).toBe('uppfyllt');
  });
});

describe('a target per year, reported on its year', () => {
  const set = singlePromiseSet({ rule: { kind: 'count', target: 4, per: 'year' } }, twoYears);
  const done = ['2019-03-01', '2019-09-01', '2020-02-01', '2020-03-01', '2020-04-01', '2020-05-01'].map((d) =>
    activity('p', d),
  );

  it('grades 2 of 4 as delvis uppfyllt, 4 of 4 as uppfyllt', () => {
    const now = parseNow('2021-01-15T12:00', set.timeZone);
    const yearOf = (year: number) => {
      const scope = resolveReportScope(set, { year }, '2021-01-15');
      if (!scope.ok || !scope.value) throw new Error(`no scope for ${year}`);
      return buildReport(set, done, now, {}, scope.value).promises[0]!;
    };
    expect([yearOf(2019).outcome, yearOf(2019).final]).toEqual(['delvis uppfyllt', true]);
    expect(yearOf(2020).outcome).toBe('uppfyllt');
  });
});

describe('the status of a multi-year set is the current year’s', () => {
  it('is uppfyllt once this year’s target is met, and starts over in January', () => {
    const set = singlePromiseSet({ rule: { kind: 'count', target: 1, per: 'year' } }, twoYears);
    const done = [activity('p', '2019-03-20')];
    const june = computeStatus(set, done, parseNow('2019-06-05T12:00', set.timeZone)).promises[0]!;
    expect(june.status).toBe('uppfyllt');
    const nextYear = computeStatus(set, done, parseNow('2020-01-15T12:00', set.timeZone)).promises[0]!;
    expect(nextYear.status).toBe('i fas');
  });

  it('leaves last year’s missed weeks to last year’s outcome', () => {
    const set = singlePromiseSet({ rule: { kind: 'count', target: 1, per: 'week' } }, twoYears);
    // Every week of 2019 but v.10 (6 March), and week 1 of 2020 (Wednesday 1 January).
    const dates = wednesdays('2019-01-02', '2020-01-01', ['2019-03-06']);
    const ledger = dates.map((d) => activity('p', d));
    const december = computeStatus(set, ledger, parseNow('2019-12-18T12:00', set.timeZone)).promises[0]!;
    expect(december.status).toBe('släpar');
    const january = computeStatus(set, ledger, parseNow('2020-01-08T12:00', set.timeZone)).promises[0]!;
    expect(january.status).toBe('i fas');
    expect(january.alerts.filter((a) => a.severity === 'breach')).toEqual([]);
  });
});
