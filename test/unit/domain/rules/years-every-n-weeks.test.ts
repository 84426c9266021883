// Every-N-weeks in a multi-year set (`resetsEach: year`, issue 19 item 3): each year's windows are its
// own weeks, the ISO weeks whose Thursday is in that year, and no window straddles New Year.
//
// The calendar, worked by hand:
// - 2019 starts on a Tuesday: v.1 2019 is Monday 31 December 2018 – Sunday 6 January 2019 (Thursday
//   3 January), so it is 2019's. 2019 has 52 weeks; v.52 is 23–29 December.
// - v.1 2020 is Monday 30 December 2019 – Sunday 5 January 2020 (Thursday 2 January): 2020's week,
//   although its Monday and Tuesday are in 2019.
// - 2020 starts on a Wednesday and is a leap year, so it has 53 weeks; v.53 is 28 December 2020 –
//   3 January 2021 (Thursday 31 December).
// - Windows of three weeks: 52 − 3 + 1 = 50 in 2019, 53 − 3 + 1 = 51 in 2020.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { addDays } from '../../../../src/domain/time/day-number.ts';
import { statusOfKind } from '../../../helpers/evaluate-kind.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const twoYears = { start: '2019-01-01', end: '2020-12-31', resetsEach: 'year' };
const set = singlePromiseSet({ title: 'Bemannad helg', rule: { kind: 'every-n-weeks', weeks: 3 } }, twoYears);

/** The Wednesday of ISO week `week` of 2019 (v.1: 2 January 2019) or 2020 (v.1: 1 January 2020). */
function wednesday(year: 2019 | 2020, week: number): string {
  return addDays(year === 2019 ? '2019-01-02' : '2020-01-01', 7 * (week - 1));
}

const weeks = (year: 2019 | 2020, from: number, to: number, except: number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((w) => !except.includes(w))
    .map((w) => activity('p', wednesday(year, w)));

const at = (ledger: ReturnType<typeof weeks>, now: string) =>
  statusOfKind('every-n-weeks', computeStatus(set, ledger, parseNow(now, set.timeZone)).promises[0]);

describe('every N weeks in a multi-year set', () => {
  it('counts Monday 30 December 2019 for v.1 2020, 2020’s first window', () => {
    // Wednesday 22 January 2020 is in v.4: v.1–3 of 2020 are completed, and v.1 holds the Monday
    // 30 December entry, so 2020's first window (v.1–3) is kept.
    const ledger = [...weeks(2019, 1, 52), activity('p', '2019-12-30')];
    const january = at(ledger, '2020-01-22T12:00');
    expect(january.status).toBe('i fas');
    expect(january.windowsBroken).toBe(0);
    expect(january.lastWeek?.year).toBe(2020);
    expect(january.lastWeek?.week).toBe(1);
  });

  it('leaves 2019’s broken window to 2019, and a window never straddles New Year', () => {
    // 2019: every week v.1–49, none in v.50–52: the window v.50–52 is broken, 49 of 50 kept.
    // 2020: one in v.1. Over the whole period v.51 2019–v.1 2020 would be a kept window and 2019's
    // breach would still make 2020 `släpar`; per year, 2020 has broken nothing by v.4.
    const ledger = [...weeks(2019, 1, 49), ...weeks(2020, 1, 1)];
    const december = at(ledger, '2019-12-31T12:00');
    expect(december.status).toBe('släpar');
    const january = at(ledger, '2020-01-22T12:00');
    expect(january.status).toBe('i fas');
    expect(january.alerts.filter((a) => a.severity === 'breach')).toEqual([]);
    // 49 of 50 windows is 98 %: more than half (partialShare 0,5), less than all.
    expect(january.years).toEqual([
      { label: '2019', outcome: 'delvis uppfyllt', figure: '49 av 50 perioder om 3 veckor' },
    ]);
  });

  it('/status names 2019’s outcome beside 2020’s status', () => {
    const ledger = [...weeks(2019, 1, 49), ...weeks(2020, 1, 1)];
    const status = computeStatus(set, ledger, parseNow('2020-01-22T12:00', set.timeZone));
    const line = renderStatus(set, status)
      .text.split('\n')
      .find((l) => l.startsWith('Bemannad helg:'));
    // v.1 2020 held one; the next is due by v.1 + 3 = v.4, this week (a weekend promise: its
    // Saturday–Sunday, 25–26 January). In a two-year set every week names its year.
    expect(line).toBe(
      'Bemannad helg: 2020: senast v.1 2020, nästa senast v.4 2020 (25–26 januari) · i fas · 2019: delvis uppfyllt (49 av 50 perioder om 3 veckor)',
    );
  });

  it('names the first week of the new year as due, not a window begun in December', () => {
    // The last one of 2019 in v.51; nothing since. In 2020 the first window is v.1–3: due by v.3
    // (13–19 January), not by v.2 as the window v.52 2019–v.2 2020 would say.
    const ledger = weeks(2019, 1, 51);
    const january = at(ledger, '2020-01-08T12:00');
    expect(january.nextDueWeek?.week).toBe(3);
    expect(january.nextDueWeek?.year).toBe(2020);
    expect(january.status).toBe('i fas');
  });

  it('judges each year by its own windows, and the period by the worse year', () => {
    // 2019 every week: 50 of 50. 2020 every week but v.10–12: the window v.10–12 is broken, 50 of 51.
    const ledger = [...weeks(2019, 1, 52), ...weeks(2020, 1, 53, [10, 11, 12])];
    const end = at(ledger, '2021-01-10T12:00');
    expect(end.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '50 av 50 perioder om 3 veckor' },
      { label: '2020', outcome: 'delvis uppfyllt', figure: '50 av 51 perioder om 3 veckor' },
    ]);
    expect(end.outcome).toBe('delvis uppfyllt');
    expect(end.status).toBe('ej uppfyllt');
    const report = buildReport(set, ledger, parseNow('2021-01-10T12:00', set.timeZone)).promises[0]!;
    expect(report.figures).toContain(
      'Per år: 2019: uppfyllt (50 av 50 perioder om 3 veckor), 2020: delvis uppfyllt (50 av 51 perioder om 3 veckor)',
    );
    expect(report.outcome).toBe('delvis uppfyllt');
  });

  it('reports a year by that year’s windows', () => {
    const ledger = [...weeks(2019, 1, 52), ...weeks(2020, 1, 53, [10, 11, 12])];
    const now = parseNow('2021-01-15T12:00', set.timeZone);
    const yearOf = (year: number) => {
      const scope = resolveReportScope(set, { year }, '2021-01-15');
      if (!scope.ok || !scope.value) throw new Error(`no scope for ${year}`);
      return buildReport(set, ledger, now, {}, scope.value).promises[0]!;
    };
    expect(yearOf(2019).outcome).toBe('uppfyllt');
    expect(yearOf(2019).figures).toContain('50 av 50 perioder om 3 veckor hölls');
    expect(yearOf(2020).outcome).toBe('delvis uppfyllt');
    expect(yearOf(2020).figures).toContain('50 av 51 perioder om 3 veckor hölls');
  });
});

describe('every N weeks in a period across New Year (June 2020–May 2021), wording', () => {
  it('names both years of a run of missed weeks across New Year', () => {
    const juneToMay = singlePromiseSet(
      { title: 'Bemannad helg', rule: { kind: 'every-n-weeks', weeks: 3 } },
      { start: '2020-06-01', end: '2021-05-31' },
    );
    // Every Wednesday from 3 June 2020 to 3 February 2021 but those of v.51–53 2020 (16, 23, 30
    // December) and v.1 2021 (6 January): four empty weeks, so two windows of three are broken.
    const skipped = ['2020-12-16', '2020-12-23', '2020-12-30', '2021-01-06'];
    const ledger = Array.from({ length: 36 }, (_, i) => addDays('2020-06-03', 7 * i))
      .filter((d) => !skipped.includes(d))
      .map((d) => activity('p', d));
    const status = statusOfKind(
      'every-n-weeks',
      computeStatus(juneToMay, ledger, parseNow('2021-02-10T12:00', juneToMay.timeZone)).promises[0],
    );
    const broken = status.alerts.find((a) => a.code === 'window-broken');
    expect(broken?.message).toContain('saknades v.51 2020–1 2021: 2 av');
  });
});
