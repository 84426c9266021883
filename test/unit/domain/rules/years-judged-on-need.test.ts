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
    // walk of 8 January has not happened yet: it counts neither way. The need of 2 April was
    // answered (1 of 1 decided), but with one waiting the year is not uppfyllt, and not missed either.
    expect(lineAt('2020-01-05T12:00')).toMatch(
      / · 2019: ej bedömd \(1 av 1 behov besvarade i tid; behov 2 december 2019 väntar på svar, senast 13 januari 2020\)$/,
    );
    // Monday 20 January 2020: answered on 8 January, in time.
    expect(statusAt('2020-01-20T12:00').promises[0]!.years).toEqual([
      { label: '2019', outcome: 'uppfyllt', figure: '2 av 2 behov besvarade i tid' },
    ]);
  });

  it('counts a need still waiting neither way beside a missed one, then as missed once its time is out', () => {
    // 2020 with a third need, on 10 December 2020, due 10 December + 42 days = 21 January 2021.
    // Sunday 10 January 2021: 2020 has ended. Its needs: 3 March missed, 10 September answered
    // 1 October, 10 December waiting. Decided: 2, answered 1: 1 / 2 = 0,5 ≥ 0,5 → delvis uppfyllt;
    // the waiting one is named apart. (Counted as answered it would have said 2 of 3.)
    const withDecember = [...ledger, need('2020-12-10')];
    const at = (now: string) =>
      computeStatus(set, withDecember, parseNow(now, set.timeZone)).promises[0]!.years?.find(
        (y) => y.label === '2020',
      );
    expect(at('2021-01-10T12:00')).toEqual({
      label: '2020',
      outcome: 'delvis uppfyllt',
      figure: '1 av 2 behov besvarade i tid; behov 10 december 2020 väntar på svar, senast 21 januari 2021',
    });
    // Monday 1 February 2021: 21 January has passed unanswered: 1 of 3 = 0,33 < 0,5 → ej uppfyllt.
    expect(at('2021-02-01T12:00')).toEqual({
      label: '2020',
      outcome: 'ej uppfyllt',
      figure: '1 av 3 behov besvarade i tid',
    });
  });

  it('lists the last year’s only need, unanswered when the period ends, as missed', () => {
    // 2021 with one need, on 25 November 2021, due 25 November + 42 days = 6 January 2022, but never
    // after the period: 31 December 2021. Period ended (10 January 2022): unanswered → 0 of 1.
    const withNovember = [...ledger, need('2021-11-25')];
    const years = (now: string) =>
      computeStatus(set, withNovember, parseNow(now, set.timeZone)).promises[0]!.years;
    expect(years('2022-01-10T12:00')?.find((y) => y.label === '2021')).toEqual({
      label: '2021',
      outcome: 'ej uppfyllt',
      figure: '0 av 1 behov besvarade i tid',
    });
  });
});

describe('a judged promise on need over one year: the running status and the end', () => {
  // 2020 only, six weeks to answer. Tuesday 3 March: due 14 April, never answered (missed).
  // Thursday 10 September: due 22 October. Wednesday 1 April: due 13 May, answered 20 April.
  const oneYear = singlePromiseSet(
    {
      title: 'Trygghetsvandring',
      words: ['trygghetsvandring'],
      conditional: { trigger: 'önskemål om trygghetsvandring', respondWithinWeeks: 6 },
      rule: { kind: 'judged' },
    },
    { start: '2020-01-01', end: '2020-12-31' },
  );
  const at = (entries: Activity[], now: string) =>
    computeStatus(oneYear, entries, parseNow(now, oneYear.timeZone)).promises[0]!;

  it('mixed: one missed and one waiting is 0 of 1 decided, not 1 of 2', () => {
    // Sunday 20 September 2020: 3 March missed, 10 September waiting (due 22 October).
    // Decided 1, answered 0: ej uppfyllt; the waiting need would have made it 1 of 2 (delvis) had it
    // counted as answered.
    const entries = [need('2020-03-03'), need('2020-09-10')];
    const running = at(entries, '2020-09-20T12:00');
    expect(running).toMatchObject({ status: 'släpar', outcome: 'ej uppfyllt' });
    const messages = running.alerts.map((a) => a.message);
    expect(messages).toContain(
      'önskemål om trygghetsvandring: tis 3 mars utan trygghetsvandring inom 6 veckor',
    );
    expect(messages).toContain(
      'önskemål om trygghetsvandring (tor 10 september) väntar på svar: trygghetsvandring senast tor 22 oktober',
    );
    // Answered on 1 October: 1 of 2 decided = 0,5 → delvis uppfyllt.
    expect(at([...entries, walk('2020-10-01')], '2020-10-05T12:00').outcome).toBe('delvis uppfyllt');
    // The period ended with 10 September unanswered: 0 of 2.
    expect(at(entries, '2021-01-10T12:00')).toMatchObject({ status: 'ej uppfyllt', outcome: 'ej uppfyllt' });
  });

  it('open only: a need answered and one waiting is neither uppfyllt nor a miss yet', () => {
    // 1 April answered 20 April; 10 September waiting on 20 September: nothing missed, one waiting:
    // nobody has judged it (status ej bedömd) and the outcome waits (ej bedömd) instead of
    // 1 of 2 = delvis uppfyllt.
    const entries = [need('2020-04-01'), walk('2020-04-20'), need('2020-09-10')];
    expect(at(entries, '2020-09-20T12:00')).toMatchObject({ status: 'ej bedömd', outcome: 'ej bedömd' });
    // Answered 1 October: 2 of 2, and nobody judged otherwise → uppfyllt.
    expect(at([...entries, walk('2020-10-01')], '2020-10-05T12:00').outcome).toBe('uppfyllt');
    // Never answered, period ended: 1 of 2 = 0,5 → delvis uppfyllt.
    expect(at(entries, '2021-01-10T12:00')).toMatchObject({ outcome: 'delvis uppfyllt' });
  });
});
