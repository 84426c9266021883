// A weekly average in a multi-year set (`resetsEach: year`, issue 19 item 3): each year is averaged
// over its own ISO weeks (those whose Thursday is in it) and their entries, as the same rule on a
// one-year period would be; an ended year's outcome is listed beside the current year's status, in
// `status --json` and in the whole period's report.
//
// The calendar, worked by hand:
// - v.1 2019 is Monday 31 December 2018 – Sunday 6 January 2019 (Thursday 3 January): 2019's. 2019
//   has 52 weeks; its Wednesdays run from 2 January (v.1) to 25 December (v.52).
// - v.1 2020 is Monday 30 December 2019 – Sunday 5 January 2020 (Thursday 2 January): 2020's. 2020
//   has 53 weeks; its Wednesdays run from 1 January (v.1) to 30 December (v.53).
//
// The ledger: two contacts every Wednesday of 2019 (104 in 52 weeks, 2,0 a week); in 2020 one every
// Wednesday of v.1–8 and v.11–40 (8 + 30 = 38 in 53 weeks), none in v.9–10 and none after v.40.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { paceText } from '../../../../src/domain/digest/pace-text.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { addDays } from '../../../../src/domain/time/day-number.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { statusOfKind } from '../../../helpers/evaluate-kind.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const twoYears = { start: '2019-01-01', end: '2020-12-31', resetsEach: 'year' };
const set = singlePromiseSet(
  { title: 'Medborgarkontakt', rule: { kind: 'weekly-average', target: 1 } },
  twoYears,
);

/** The Wednesday of ISO week `week` of 2019 (v.1: 2 January 2019) or 2020 (v.1: 1 January 2020). */
const wednesday = (year: 2019 | 2020, week: number) =>
  addDays(year === 2019 ? '2019-01-02' : '2020-01-01', 7 * (week - 1));

const weeks = (year: 2019 | 2020, from: number, to: number, perWeek = 1): Activity[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((w) =>
    Array.from({ length: perWeek }, () => activity('p', wednesday(year, w))),
  );

const ledger = [...weeks(2019, 1, 52, 2), ...weeks(2020, 1, 8), ...weeks(2020, 11, 40)];

const statusAt = (entries: Activity[], now: string) =>
  computeStatus(set, entries, parseNow(now, set.timeZone));
const at = (entries: Activity[], now: string) =>
  statusOfKind('weekly-average', statusAt(entries, now).promises[0]);
const lineAt = (entries: Activity[], now: string) =>
  renderStatus(set, statusAt(entries, now))
    .text.split('\n')
    .find((l) => l.startsWith('Medborgarkontakt:'));

describe('a weekly average in a multi-year set', () => {
  it('averages the current year over its own weeks, not the whole period', () => {
    // Tuesday 10 March 2020 is in v.11 (its entry, Wednesday, not yet made): v.1–10 of 2020 are completed and hold 8 (v.1–8), so the
    // year's average is 8 / 10 = 0,8 < 1: släpar, 10 − 8 = 2 needed. v.9–10 had none (K = 2 silent
    // weeks). Over the whole period it would be (104 + 8) / (52 + 10) = 1,8 and i fas.
    const ps = at(ledger, '2020-03-10T12:00');
    expect(ps.status).toBe('släpar');
    expect(ps.needed).toBe(2);
    expect(ps.alerts.map((a) => a.message)).toEqual([
      'Ingen medborgarkontakt v.9–10 2020: minst 1 behövs denna vecka (v.11 2020, 9–15 mars)',
      '2 medborgarkontakter behövs för att komma i fas (snitt 0,8/v, mål 1/v)',
    ]);
    // 2019: 104 in 52 weeks = 2,0 a week.
    expect(ps.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '104 på 52 veckor, snitt 2,0/v' },
    ]);
    expect(lineAt(ledger, '2020-03-10T12:00')).toBe(
      'Medborgarkontakt: 2020: 8 på 10 veckor, snitt 0,8/v (mål 1/v), släpar · 2019: uppfyllt (104 på 52 veckor, snitt 2,0/v)',
    );
  });

  it('gives the digest the year’s pace: what is left of this year’s target in this year’s weeks', () => {
    // 2020 has 53 weeks: 53 × 1 − 8 = 45 left in 53 − 10 = 43 weeks, 45 / 43 = 1,047 a week, rounded
    // up to 1,1 (rounded to nearest it would read "1,0/v", the target itself, while more is needed).
    const pace = paceText(at(ledger, '2020-03-10T12:00'));
    expect(pace).not.toContain('1,0/v');
    expect(pace).toBe('45 kvar på 43 veckor (1,1/v) för att nå målet vid slutet av 2020');
  });

  it('counts Monday 30 December 2019 for v.1 2020, the new year’s first week', () => {
    // Wednesday 8 January 2020 is in v.2: v.1 2020 is completed and holds the Monday entry, 1 / 1.
    const ps = at([...weeks(2019, 1, 51), activity('p', '2019-12-30')], '2020-01-08T12:00');
    expect(ps).toMatchObject({ status: 'i fas', countCompleted: 1, average: 1 });
    expect(ps.year).toEqual({ label: '2020', count: 1, weeks: { completed: 1, total: 53 } });
  });

  it('ends the period by its worse year, each year listed in /status, status --json and the report', () => {
    // 2020: 38 in 53 weeks = 0,72 a week: under 1, at least half (partialShare 0,5): delvis uppfyllt.
    // Over the whole period (104 + 38) / 105 = 1,35 would have said uppfyllt.
    const now = '2021-01-10T12:00';
    const json = JSON.parse(JSON.stringify(statusAt(ledger, now)));
    expect(json.promises[0].years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '104 på 52 veckor, snitt 2,0/v' },
      { label: '2020', outcome: 'delvis uppfyllt', figure: '38 på 53 veckor, snitt 0,7/v' },
    ]);
    expect(json.promises[0]).toMatchObject({ outcome: 'delvis uppfyllt', status: 'ej uppfyllt' });
    expect(lineAt(ledger, now)).toBe(
      'Medborgarkontakt: 142 på 105 veckor, snitt 1,4/v (mål 1/v), delvis uppfyllt · 2019: uppfyllt (104 på 52 veckor, snitt 2,0/v), 2020: delvis uppfyllt (38 på 53 veckor, snitt 0,7/v)',
    );
    const report = buildReport(set, ledger, parseNow(now, set.timeZone)).promises[0]!;
    expect(report.outcome).toBe('delvis uppfyllt');
    expect(report.figures).toContain(
      'Per år: 2019: uppfyllt (104 på 52 veckor, snitt 2,0/v), 2020: delvis uppfyllt (38 på 53 veckor, snitt 0,7/v)',
    );
  });

  it('reports a year by that year’s weeks', () => {
    const now = parseNow('2021-01-15T12:00', set.timeZone);
    const yearOf = (year: number) => {
      const scope = resolveReportScope(set, { year }, '2021-01-15');
      if (!scope.ok || !scope.value) throw new Error(`no scope for ${year}`);
      return buildReport(set, ledger, now, {}, scope.value).promises[0]!;
    };
    expect(yearOf(2019).outcome).toBe('uppfyllt');
    expect(yearOf(2020).outcome).toBe('delvis uppfyllt');
    expect(yearOf(2020).figures).toContain(
      '38 medborgarkontakter på 53 veckor, snitt 0,72 per vecka (mål 1)',
    );
  });
});
