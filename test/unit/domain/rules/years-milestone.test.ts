// A milestone without `due` in a multi-year set whose targets reset each year (`resetsEach: year`,
// issue 19 item 3): one is due each year, met only by that year's entries; an ended year's outcome is
// listed beside the current year's status and in the whole period's report.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const threeYears = { start: '2019-01-01', end: '2021-12-31', resetsEach: 'year' };
const once = singlePromiseSet({ rule: { kind: 'milestone' } }, threeYears);
const twice = singlePromiseSet({ rule: { kind: 'milestone', times: 2 } }, threeYears);

// The yearly planning: done 10 April 2019, not in 2020, done 5 May 2021.
const ledger = [activity('p', '2019-04-10'), activity('p', '2021-05-05')];

const statusAt = (set: PromiseSetDef, entries: Activity[], now: string) =>
  computeStatus(set, entries, parseNow(now, set.timeZone)).promises[0]!;

const lineAt = (set: PromiseSetDef, entries: Activity[], now: string) =>
  renderStatus(set, computeStatus(set, entries, parseNow(now, set.timeZone)))
    .text.split('\n')
    .find((l) => l.startsWith('Testlöfte:'));

function yearReport(set: PromiseSetDef, entries: Activity[], year: number) {
  const scope = resolveReportScope(set, { year }, '2022-01-15');
  if (!scope.ok || !scope.value) throw new Error(`no scope for ${year}`);
  return buildReport(set, entries, parseNow('2022-01-15T12:00', set.timeZone), {}, scope.value).promises[0]!;
}

describe('a milestone without due date in a multi-year set', () => {
  it('is met in its year by that year’s entry', () => {
    const ps = statusAt(once, ledger, '2019-06-12T12:00');
    expect(ps.status).toBe('uppfyllt');
    expect(ps.years).toBeUndefined();
  });

  it('starts over the next year: 2019’s planning does not count for 2020', () => {
    const ps = statusAt(once, ledger, '2020-03-11T12:00');
    expect(ps).toMatchObject({ status: 'i fas', count: 0, doneDate: null, due: '2020-12-31' });
    expect(ps.years).toEqual([{ label: '2019', outcome: 'uppfyllt', figure: 'klar 10 april 2019' }]);
  });

  it('lags at the end of a year with nothing done or planned', () => {
    // Wednesday 23 December 2020 is in v.52; 31 December is in v.53, next week: due soon, none planned.
    const ps = statusAt(once, ledger, '2020-12-23T12:00');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.code)).toContain('deadline-approaching');
  });

  it('names the ended years beside the current year’s status', () => {
    expect(statusAt(once, ledger, '2021-03-10T12:00').years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: 'klar 10 april 2019' },
      { label: '2020', outcome: 'ej uppfyllt', figure: 'inte klar' },
    ]);
    expect(lineAt(once, ledger, '2021-03-10T12:00')).toMatch(
      / · i fas · 2019: uppfyllt \(klar 10 april 2019\), 2020: ej uppfyllt \(inte klar\)$/,
    );
  });

  it('grades each year of a repeated milestone by that year’s count', () => {
    // Two a year: 2019 both (10 April, 2 October); 2020 one of two (0,5 ≥ 0,5: delvis uppfyllt).
    const entries = [activity('p', '2019-04-10'), activity('p', '2019-10-02'), activity('p', '2020-05-06')];
    expect(statusAt(twice, entries, '2021-03-10T12:00').years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: 'klar 2 oktober 2019' },
      { label: '2020', outcome: 'delvis uppfyllt', figure: '1 av 2' },
    ]);
    expect(yearReport(twice, entries, 2020).outcome).toBe('delvis uppfyllt');
  });

  it('ends the period by its worst year, each year listed in the report', () => {
    const ps = statusAt(once, ledger, '2022-01-15T12:00');
    expect(ps).toMatchObject({ status: 'ej uppfyllt', outcome: 'ej uppfyllt' });
    const report = buildReport(once, ledger, parseNow('2022-01-15T12:00', once.timeZone)).promises[0]!;
    expect(report.outcome).toBe('ej uppfyllt');
    expect(report.figures).toContain(
      'Per år: 2019: uppfyllt (klar 10 april 2019), 2020: ej uppfyllt (inte klar), 2021: uppfyllt (klar 5 maj 2021)',
    );
    expect(yearReport(once, ledger, 2019).outcome).toBe('uppfyllt');
    expect(yearReport(once, ledger, 2020).outcome).toBe('ej uppfyllt');
  });

  it('states its target as due each year, in the period’s report and a year’s report', () => {
    const report = buildReport(once, ledger, parseNow('2022-01-15T12:00', once.timeZone)).promises[0]!;
    expect(report.target).toBe('en medborgarkontakt varje år');
    expect(yearReport(once, ledger, 2020).target).toBe('en medborgarkontakt varje år');
    expect(yearReport(twice, ledger, 2020).target).toBe('2 medborgarkontakter varje år');
    const twoSchoolYears = { start: '2019-07-01', end: '2021-06-30', resetsEach: 'school-year' };
    const schoolYears = singlePromiseSet({ rule: { kind: 'milestone' } }, twoSchoolYears);
    const plain = singlePromiseSet(
      { rule: { kind: 'milestone' } },
      { start: '2019-01-01', end: '2021-12-31' },
    );
    const at = parseNow('2021-07-15T12:00', once.timeZone);
    expect(buildReport(schoolYears, [], at).promises[0]!.target).toBe('en medborgarkontakt varje läsår');
    // Without resetsEach one milestone is due once, by the period's end.
    expect(buildReport(plain, [], parseNow('2022-01-15T12:00', once.timeZone)).promises[0]!.target).toBe(
      'en medborgarkontakt under perioden',
    );
  });
});
