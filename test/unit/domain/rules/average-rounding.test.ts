// issue 19: an average is never rounded across its target. "snitt 1,0/v" beside "släpar" or
// "delvis uppfyllt" (mål 1/v) reads as met; the figure shows one more decimal instead ("snitt 0,96/v"),
// while an average at or over the target keeps its one decimal ("1,04" → "1,0", "2,0" stays "2,0").
//
// The calendar, worked by hand: v.1 2019 is Monday 31 December 2018 – Sunday 6 January 2019, its
// Wednesday 2 January; 2019 has 52 ISO weeks. v.1 2020 is Monday 30 December 2019 – Sunday 5 January
// 2020, its Wednesday 1 January; 2020 has 53 ISO weeks. v.26 2020 is Monday 22 – Sunday 28 June.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { addDays } from '../../../../src/domain/time/day-number.ts';
import { formatAverage } from '../../../../src/domain/time/format-swedish.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const twoYears = { start: '2019-01-01', end: '2020-12-31', resetsEach: 'year' };

/** The Wednesday of ISO week `week` of 2019 (v.1: 2 January 2019) or 2020 (v.1: 1 January 2020). */
const wednesday = (year: 2019 | 2020, week: number) =>
  addDays(year === 2019 ? '2019-01-02' : '2020-01-01', 7 * (week - 1));

/** `perWeek` entries on the Wednesday of each week `from`–`to`. */
const weeks = (year: 2019 | 2020, from: number, to: number, perWeek = 1): Activity[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((w) =>
    Array.from({ length: perWeek }, () => activity('p', wednesday(year, w))),
  );

function statusLine(set: ReturnType<typeof singlePromiseSet>, entries: Activity[], now: string) {
  const status = computeStatus(set, entries, parseNow(now, set.timeZone));
  const text = renderStatus(set, status).text;
  return { status: status.promises[0]!, line: text.split('\n').find((l) => l.startsWith('Kontakt:')) };
}

describe('formatAverage: the side of the target is kept', () => {
  it('shows one more decimal where one decimal would cross the target', () => {
    // 0,96 < 1 but "1,0" is not: two decimals, "0,96" < 1.
    expect(formatAverage(0.96, 1, 1)).toBe('0,96');
    // 1,04 ≥ 1 and "1,0" ≥ 1: one decimal is honest.
    expect(formatAverage(1.04, 1, 1)).toBe('1,0');
    expect(formatAverage(2, 2, 1)).toBe('2,0');
    // 0,996: "1,0" and "1,00" both cross, "0,996" does not.
    expect(formatAverage(0.996, 1, 1)).toBe('0,996');
    // 23 / 20 = 1,15 meets a target of 1,15, but toFixed(1) of the float 1,1499… gives "1,1".
    expect(formatAverage(23 / 20, 1.15, 1)).toBe('1,15');
    // The report's form (up to two decimals, zeros dropped): 0,996 would be "1".
    expect(formatAverage(0.996, 1)).toBe('0,996');
    expect(formatAverage(50 / 52, 1)).toBe('0,96');
    // Past three more decimals the last one is cut toward the average's side: 0,99999 → "0,9999"
    // would still read 1,0000 rounded, so it is cut to "0,9999".
    expect(formatAverage(0.99999, 1, 1)).toBe('0,9999');
  });
});

describe('a weekly average beside its target', () => {
  const set = singlePromiseSet({ title: 'Kontakt', rule: { kind: 'weekly-average', target: 1 } }, twoYears);
  const year2019 = weeks(2019, 1, 52);

  it('says 0,96 a week, not 1,0, while the year is behind', () => {
    // Tuesday 23 June 2020 is in v.26: v.1–25 are completed and hold 24 (v.1–24, none in v.25):
    // 24 / 25 = 0,96 < 1 → släpar, 25 × 1 − 24 = 1 needed. One decimal would say "1,0".
    // 2019 (one each Wednesday, 52 / 52 = 1,0) is listed as it ended.
    const { status, line } = statusLine(set, [...year2019, ...weeks(2020, 1, 24)], '2020-06-23T12:00');
    expect(status.status).toBe('släpar');
    expect(line).toBe(
      'Kontakt: 2020: 24 på 25 veckor, snitt 0,96/v (mål 1/v), släpar · 2019: uppfyllt (52 på 52 veckor, snitt 1,0/v)',
    );
    expect(status.alerts.map((a) => a.message)).toContain(
      '1 medborgarkontakt behövs för att komma i fas (snitt 0,96/v, mål 1/v)',
    );
  });

  it('keeps one decimal when the year is at or over the target', () => {
    // v.1–25 completed, 26 entries (two on v.1's Wednesday): 26 / 25 = 1,04 ≥ 1 → i fas, "1,0".
    const entries = [...year2019, ...weeks(2020, 1, 1, 2), ...weeks(2020, 2, 25)];
    const { status, line } = statusLine(set, entries, '2020-06-23T12:00');
    expect(status.status).toBe('i fas');
    expect(line).toBe(
      'Kontakt: 2020: 26 på 25 veckor, snitt 1,0/v (mål 1/v), i fas · 2019: uppfyllt (52 på 52 veckor, snitt 1,0/v)',
    );
  });

  it('lists an ended year at 0,96 as 0,96 beside delvis uppfyllt, one at 1,04 as 1,0 beside uppfyllt', () => {
    // 2019: one each Wednesday of v.1–50 = 50 in 52 weeks, 50 / 52 = 0,9615 < 1, ≥ 0,5 → delvis
    // uppfyllt, shown "0,96" (one decimal would be "1,0").
    // 2020: one each Wednesday of v.1–53 plus a second in v.1 and v.2 = 55 in 53 weeks,
    // 55 / 53 = 1,0377 ≥ 1 → uppfyllt, shown "1,0".
    // Whole period: 105 / 105 = 1,0 exactly, but the worse year decides: delvis uppfyllt.
    const entries = [...weeks(2019, 1, 50), ...weeks(2020, 1, 2, 2), ...weeks(2020, 3, 53)];
    const now = '2021-01-10T12:00';
    const { status, line } = statusLine(set, entries, now);
    expect(status.years).toEqual([
      { label: '2019', outcome: 'delvis uppfyllt', figure: '50 på 52 veckor, snitt 0,96/v' },
      { label: '2020', outcome: 'uppfyllt', figure: '55 på 53 veckor, snitt 1,0/v' },
    ]);
    expect(line).toBe(
      'Kontakt: 105 på 105 veckor, snitt 1,0/v (mål 1/v), delvis uppfyllt · 2019: delvis uppfyllt (50 på 52 veckor, snitt 0,96/v), 2020: uppfyllt (55 på 53 veckor, snitt 1,0/v)',
    );
    const report = buildReport(set, entries, parseNow(now, set.timeZone)).promises[0]!;
    expect(report.figures).toContain(
      'Per år: 2019: delvis uppfyllt (50 på 52 veckor, snitt 0,96/v), 2020: uppfyllt (55 på 53 veckor, snitt 1,0/v)',
    );
  });

  it('shows an exact 2,0 as 2,0', () => {
    // Target 2: two each Wednesday of 2019's 52 weeks = 104 / 52 = 2,0 → uppfyllt.
    const two = singlePromiseSet({ title: 'Kontakt', rule: { kind: 'weekly-average', target: 2 } }, twoYears);
    const { status } = statusLine(two, weeks(2019, 1, 52, 2), '2020-01-08T12:00');
    expect(status.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '104 på 52 veckor, snitt 2,0/v' },
    ]);
  });
});

describe('a monthly average beside its target', () => {
  // Two years without resetsEach: one average over 24 calendar months.
  const period = { start: '2019-01-01', end: '2020-12-31' };
  const set = singlePromiseSet({ title: 'Kontakt', rule: { kind: 'monthly-average', target: 1 } }, period);
  /** One entry on the 15th of each month, 2019-01 … 2020-12, but for the months left out. */
  const monthly = (skip: string[] = [], extra: string[] = []) =>
    Array.from(
      { length: 24 },
      (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    )
      .filter((d) => !skip.includes(d))
      .concat(extra)
      .map((d) => activity('p', d));

  it('says 0,96 a month beside a missed target, 1,0 beside a met one', () => {
    const now = '2021-01-10T12:00';
    // 23 in 24 months (none in March 2020): 23 / 24 = 0,958 < 1, ≥ 0,5 → delvis uppfyllt; the
    // status line ends with the final status (ej uppfyllt). One decimal would say "1,0".
    const missed = monthly(['2020-03-15']);
    expect(statusLine(set, missed, now).line).toBe(
      'Kontakt: 23 på 24 månader, snitt 0,96/mån (mål 1/mån), delvis uppfyllt',
    );
    const report = buildReport(set, missed, parseNow(now, set.timeZone)).promises[0]!;
    expect(report.outcome).toBe('delvis uppfyllt');
    expect(report.figures).toContain(
      '23 medborgarkontakter på 24 månader, snitt 0,96 per månad (mål 1) — delvis uppfyllt',
    );
    // 25 in 24 months (two in May 2019): 25 / 24 = 1,042 ≥ 1 → uppfyllt, "1,0".
    expect(statusLine(set, monthly([], ['2019-05-20']), now).line).toBe(
      'Kontakt: 25 på 24 månader, snitt 1,0/mån (mål 1/mån), uppfyllt',
    );
  });
});
