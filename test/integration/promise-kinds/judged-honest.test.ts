// Honest judged promises (issue 19, item 1): `ej bedömd` until someone judges, in every view and
// report; a judgement belongs to the year it was made in; a stale judgement is shown as stale; a year
// ending on a progress word (`i fas`, `släpar`) asks for a final judgement instead of turning `uppfyllt`.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../src/app/clock.ts';
import { buildReport } from '../../../src/domain/report/build-report.ts';
import type { Judgement } from '../../../src/domain/status/types.ts';
import { lineAt } from '../../helpers/status-line.ts';
import { act, loadExample, promiseOf, statusAt } from './example-harness.ts';

const pitea = loadExample('pitea-2023'); // 2023–2025, targets start over each year
const mala = loadExample('mala-2024');
const ID = 'nyetableringar'; // judged, reviewed every tertial

const judged = (set: typeof pitea, promiseId: string, status: Judgement['status'], date: string) => ({
  setKey: set.key,
  promiseId,
  status,
  reason: status === 'uppfyllt' || status === 'i fas' ? null : 'orsak',
  userId: 'console:gruppen',
  at: `${date}T10:00:00.000Z`,
  date,
});

describe('a judged promise nobody has judged', () => {
  it('is ej bedömd while it runs, at the end, and in the report’s summary', () => {
    const june = promiseOf(statusAt(pitea, [], '2023-06-10T12:00'), ID);
    expect(june.status).toBe('ej bedömd');
    expect(june.alerts.map((a) => a.code)).toContain('judgement-due');
    const end = promiseOf(statusAt(pitea, [], '2026-01-10T12:00'), ID);
    expect([end.status, end.outcome]).toEqual(['ej bedömd', 'ej bedömd']);
    const report = buildReport(pitea, [], parseNow('2026-01-10T12:00', pitea.timeZone));
    const own = report.promises.find((p) => p.id === ID)!;
    expect([own.outcome, own.verdict]).toEqual(['ej bedömd', 'ej bedömd']);
    expect(own.figures).toContain('Ej bedömt av arbetsgruppen');
    // Every judged promise of the set is counted as ej bedömd, none as ej uppfyllt.
    const judgedIds = pitea.promises.filter((p) => p.rule.kind === 'judged').map((p) => p.id);
    expect(report.summary).toContain(`ej bedömd: ${judgedIds.length}`);
    expect(report.promises.filter((p) => judgedIds.includes(p.id)).map((p) => p.outcome)).toEqual(
      judgedIds.map(() => 'ej bedömd'),
    );
  });
});

describe('judgements belong to the year they were made in', () => {
  const december = [judged(pitea, ID, 'uppfyllt', '2023-12-15')];

  it('decides its own year, never the next', () => {
    expect(promiseOf(statusAt(pitea, [], '2023-12-20T12:00', { judgements: december }), ID).status).toBe(
      'uppfyllt',
    );
    const next = promiseOf(statusAt(pitea, [], '2024-03-01T12:00', { judgements: december }), ID);
    expect(next.status).toBe('ej bedömd');
    expect(lineAt(pitea, '2024-03-01', next)).toBe('inget loggat än · ej bedömd');
  });

  it('shows the judgement’s date with its year', () => {
    const ps = promiseOf(statusAt(pitea, [], '2023-12-20T12:00', { judgements: december }), ID);
    expect(lineAt(pitea, '2023-12-20', ps)).toBe('inget loggat än · uppfyllt (bedömt 15 december 2023)');
  });

  it('shows a judgement older than the last review unit as stale, and reminds', () => {
    const march = [judged(pitea, ID, 'i fas', '2023-03-01')];
    const september = promiseOf(statusAt(pitea, [], '2023-09-10T12:00', { judgements: march }), ID);
    expect(september.status).toBe('i fas');
    expect(lineAt(pitea, '2023-09-10', september)).toBe(
      'inget loggat än · i fas (bedömt 1 mars 2023; ny bedömning behövs)',
    );
    expect(september.alerts[0]?.message).toBe(
      'Dags att bedöma (tertial 2): /loften bedöm nyetableringar <status> "orsak"',
    );
    // Within tertial 2 the March judgement is still current.
    const may = promiseOf(statusAt(pitea, [], '2023-05-10T12:00', { judgements: march }), ID);
    expect(lineAt(pitea, '2023-05-10', may)).toBe('inget loggat än · i fas (bedömt 1 mars 2023)');
  });
});

describe('the end of the period on a progress word', () => {
  const lastWord = [judged(pitea, ID, 'i fas', '2025-11-20')];

  it('asks for a final judgement instead of becoming uppfyllt', () => {
    const end = promiseOf(statusAt(pitea, [], '2026-01-10T12:00', { judgements: lastWord }), ID);
    expect([end.status, end.outcome]).toEqual(['ej bedömd', 'ej bedömd']);
    expect(lineAt(pitea, '2026-01-10', end)).toBe(
      'inget loggat än · ej bedömd (senast i fas, bedömt 20 november 2025; slutlig bedömning behövs)',
    );
    const report = buildReport(pitea, [], parseNow('2026-01-10T12:00', pitea.timeZone), {
      judgements: lastWord,
    });
    expect(report.promises.find((p) => p.id === ID)!.figures).toEqual([
      '0 aktiviteter loggade',
      'Senaste lägesbedömning: i fas 20 november 2025 av gruppen',
      'Slutlig bedömning saknas: /loften bedöm nyetableringar <uppfyllt|ej uppfyllt|ej aktuell> "orsak"',
      // Each year by its own judgement: 2023 and 2024 were never judged.
      'Per år: 2023: ej bedömd (ingen bedömning), 2024: ej bedömd (ingen bedömning), 2025: ej bedömd (senast i fas, bedömt 20 november 2025)',
    ]);
  });

  it('takes the final judgement made after the period as the last year’s', () => {
    const final = [...lastWord, judged(pitea, ID, 'uppfyllt', '2026-01-08')];
    const end = promiseOf(statusAt(pitea, [], '2026-01-10T12:00', { judgements: final }), ID);
    expect([end.status, end.outcome]).toEqual(['uppfyllt', 'uppfyllt']);
  });
});

describe('a judged promise on need', () => {
  const ID_MALA = 'trygghetsvandring-vid-onskemal'; // answer within 6 weeks
  const need = act(ID_MALA, '2024-04-02', { count: 0 });

  it('is uppfyllt when every need was answered in time, without a judgement', () => {
    const answered = act(ID_MALA, '2024-04-20');
    const end = promiseOf(statusAt(mala, [need, answered], '2025-01-10T12:00'), ID_MALA);
    expect([end.status, end.outcome]).toEqual(['uppfyllt', 'uppfyllt']);
  });

  it('is ej uppfyllt when a need went unanswered', () => {
    const end = promiseOf(statusAt(mala, [need], '2025-01-10T12:00'), ID_MALA);
    expect([end.status, end.outcome]).toEqual(['ej uppfyllt', 'ej uppfyllt']);
  });

  it('keeps a person’s ej uppfyllt over answered needs', () => {
    const answered = act(ID_MALA, '2024-04-20');
    const judgements = [judged(mala, ID_MALA, 'ej uppfyllt', '2024-12-10')];
    const end = promiseOf(statusAt(mala, [need, answered], '2025-01-10T12:00', { judgements }), ID_MALA);
    expect(end.outcome).toBe('ej uppfyllt');
  });
});
