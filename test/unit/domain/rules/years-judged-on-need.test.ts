// A judged promise on need ("vid önskemål genomförs en trygghetsvandring inom sex veckor") in a
// multi-year set (`resetsEach: year`, issue 19): each ended year's listed outcome takes that year's
// needs into account as the whole period's outcome does. A need belongs to the year it was noted in
// and is answered by its own due date (6 × 7 = 42 days on, never after the period).
//
// The ledger, worked by hand:
// - 2019: a need on 2 April, answered 20 April (due 14 May); a need on 2 December, answered
//   8 January 2020 (due 2 December + 42 days = 13 January 2020). Both in time: 2 of 2.
// - 2020: a need on 3 March, never answered (due 14 April 2020: missed); a need on 10 September,
//   answered 1 October (due 22 October). 1 of 2 = 0,5 ≥ partialShare 0,5: delvis uppfyllt.
// - 2021: no need and no walk: ej aktuell.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { Judgement } from '../../../../src/domain/status/types.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { activity, singlePromiseSet } from '../status/fixtures.ts';

const threeYears = { start: '2019-01-01', end: '2021-12-31', resetsEach: 'year' };
const set = singlePromiseSet(
  {
    title: 'Trygghetsvandring',
    words: ['trygghetsvandring'],
    conditional: { trigger: 'önskemål om trygghetsvandring', respondWithinWeeks: 6 },
    rule: { kind: 'judged' },
  },
  threeYears,
);

const need = (date: string) => activity('p', date, { count: 0 });
const walk = (date: string) => activity('p', date);

const ledger: Activity[] = [
  need('2019-04-02'),
  walk('2019-04-20'),
  need('2019-12-02'),
  walk('2020-01-08'),
  need('2020-03-03'),
  need('2020-09-10'),
  walk('2020-10-01'),
];

const judged = (status: Judgement['status'], date: string): Judgement => ({
  setKey: set.key,
  promiseId: 'p',
  status,
  reason: null,
  userId: 'console:gruppen',
  at: `${date}T10:00:00.000Z`,
  date,
});

const statusAt = (now: string, judgements: Judgement[] = []) =>
  computeStatus(set, ledger, parseNow(now, set.timeZone), { judgements });
const lineAt = (now: string, judgements: Judgement[] = []) =>
  renderStatus(set, statusAt(now, judgements))
    .text.split('\n')
    .find((l) => l.startsWith('Trygghetsvandring:'));

describe('a judged promise on need in a multi-year set', () => {
  it('lists each ended year by its own needs in /status and the report', () => {
    const now = '2022-01-10T12:00';
    expect(statusAt(now).promises[0]!.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '2 av 2 behov besvarade i tid' },
      { label: '2020', outcome: 'delvis uppfyllt', figure: '1 av 2 behov besvarade i tid' },
      { label: '2021', outcome: 'ej aktuell', figure: 'inget behov' },
    ]);
    expect(lineAt(now)).toMatch(
      / · 2019: uppfyllt \(2 av 2 behov besvarade i tid\), 2020: delvis uppfyllt \(1 av 2 behov besvarade i tid\), 2021: ej aktuell \(inget behov\)$/,
    );
    // The whole period as before: 4 needs, 1 missed, 3 / 4 = 0,75: delvis uppfyllt.
    const report = buildReport(set, ledger, parseNow(now, set.timeZone)).promises[0]!;
    expect(report.outcome).toBe('delvis uppfyllt');
    expect(report.figures).toContain(
      'Per år: 2019: uppfyllt (2 av 2 behov besvarade i tid), 2020: delvis uppfyllt (1 av 2 behov besvarade i tid), 2021: ej aktuell (inget behov)',
    );
  });

  it('keeps a year with a need unanswered from uppfyllt, whatever the year’s judgement said', () => {
    // 2020 judged uppfyllt on 15 December 2020, but its need of 3 March went unanswered: 1 of 2.
    const ps = statusAt('2021-02-10T12:00', [judged('uppfyllt', '2020-12-15')]).promises[0]!;
    expect(ps.years?.find((y) => y.label === '2020')).toEqual({
      label: '2020',
      outcome: 'delvis uppfyllt',
      figure: '1 av 2 behov besvarade i tid',
    });
  });

  it('keeps a person’s ej uppfyllt for a year whose needs were all answered', () => {
    const ps = statusAt('2021-02-10T12:00', [judged('ej uppfyllt', '2019-12-20')]).promises[0]!;
    expect(ps.years?.[0]).toMatchObject({ label: '2019', outcome: 'ej uppfyllt' });
  });

  it('waits for a December need answered in January instead of calling the year ej uppfyllt', () => {
    // Sunday 5 January 2020: 2019 has ended, its need of 2 December is due 13 January 2020 and the
    // walk of 8 January has not happened yet. The year is not uppfyllt, and not missed either.
    expect(lineAt('2020-01-05T12:00')).toMatch(
      / · 2019: ej bedömd \(behov 2 december 2019 väntar på svar, senast 13 januari 2020\)$/,
    );
    // Monday 20 January 2020: answered on 8 January, in time.
    expect(statusAt('2020-01-20T12:00').promises[0]!.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '2 av 2 behov besvarade i tid' },
    ]);
  });
});
