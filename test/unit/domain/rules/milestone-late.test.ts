// issue 19, format: a deliverable done after its due date. The work was done, the promised date was
// not kept: the status and the report say "klar …, efter sista dag …" and the outcome is `delvis
// uppfyllt` (never `uppfyllt`: the date was part of the promise). What comes "därefter" starts on the
// late day. Dates and figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const text = `key: sent-test-2020
format: 2
title: Medborgarlöfte 2020
municipality: Testkommun
policeArea: LPO Test
period: { start: 2020-01-01, end: 2020-12-31 }
reportDue: 2021-01-31
places:
  - { id: centrum, name: Centrum, tags: [tatort] }
  - { id: byn, name: Byn }
promises:
  - id: kartlaggning
    category: Narkotika
    title: Kartläggning
    text: En kartläggning av narkotikasituationen senast i februari.
    words: [kartläggning]
    rule: { kind: milestone, due: 2020-02-28 }
    places: { only: { tags: [tatort] } }
  - id: insatser
    category: Narkotika
    title: Insatser efter kartläggningen
    text: Därefter minst två riktade insatser.
    words: [riktad insats]
    rule: { kind: count, target: 2 }
    after: kartlaggning
  - id: vandringar
    category: Trygghet
    title: Två trygghetsvandringar före sommaren
    text: Två trygghetsvandringar senast 30 juni.
    words: [trygghetsvandring]
    rule: { kind: milestone, due: 2020-06-30, times: 2 }
  - id: plan
    category: Trygghet
    title: Handlingsplan
    text: En handlingsplan klar senast 31 mars.
    words: [handlingsplan]
    rule: { kind: deadline, due: 2020-03-31 }
`;

const { set, act, statusOf } = createSetFixture(text);
const mapping = (date: string, place = 'centrum') => act('kartlaggning', date, { place });

describe('a milestone done after its due date', () => {
  it('is missed while not done, then done late: both dates and delvis uppfyllt', () => {
    const ledger = [mapping('2020-03-14')];
    // 10 March: due 28 February passed, nothing done yet: missed, with the alert.
    const before = statusOf([], '2020-03-10T12:00', 'kartlaggning');
    expect([before.status, before.outcome]).toEqual(['ej uppfyllt', 'ej uppfyllt']);
    expect(before.alerts.map((a) => a.code)).toEqual(['deadline-missed']);
    // 20 March: done 14 March, 15 days late. Nothing is left to do: no alert.
    const after = statusOf(ledger, '2020-03-20T12:00', 'kartlaggning');
    expect(after).toMatchObject({ outcome: 'delvis uppfyllt', lateDate: '2020-03-14', doneDate: null });
    expect(after.alerts).toEqual([]);
    expect(lineAt(set, '2020-03-20', after)).toBe(
      'klar 14 mars, efter sista dag 28 februari · delvis uppfyllt',
    );
  });

  it('reports the late day as a document on its period (no year inside it), and not uppfyllt', () => {
    const report = buildReport(set, [mapping('2020-03-14')], parseNow('2021-01-15T12:00', set.timeZone));
    const line = report.promises.find((p) => p.id === 'kartlaggning')!;
    expect(line.outcome).toBe('delvis uppfyllt');
    expect(line.figures).toEqual(['klar 14 mars, efter sista dag 28 februari']);
    // The entry itself is listed as done late, not as an entry that counts for nothing.
    expect(line.activities.map((a) => [a.date, a.counted, a.notCounted])).toEqual([
      ['2020-03-14', false, 'klar efter sista dagen (fre 28 februari 2020): för sent, inte i tid'],
    ]);
  });

  it('does not take a late entry that fails another condition (a place outside the subset)', () => {
    const ps = statusOf([mapping('2020-03-14', 'byn')], '2020-03-20T12:00', 'kartlaggning');
    expect(ps.outcome).toBe('ej uppfyllt');
    expect(ps).not.toHaveProperty('lateDate');
  });

  it('is uppfyllt when done in time, whatever is logged after', () => {
    const ps = statusOf([mapping('2020-02-20'), mapping('2020-03-14')], '2020-03-20T12:00', 'kartlaggning');
    expect([ps.status, ps.outcome]).toEqual(['uppfyllt', 'uppfyllt']);
  });

  it('starts what comes "därefter" on the late day', () => {
    // Operations 1 March (before the mapping: not counted), 14 and 30 March: 2 of 2 from 14 March.
    const ledger = [
      act('insatser', '2020-03-01'),
      mapping('2020-03-14'),
      act('insatser', '2020-03-14'),
      act('insatser', '2020-03-30'),
    ];
    const ps = statusOf(ledger, '2020-04-06T12:00', 'insatser');
    expect([ps.count, ps.status]).toEqual([2, 'uppfyllt']);
    expect(ps.after?.done).toBe('2020-03-14');
  });

  it('with times: one in time and one late is done late, on the second one', () => {
    const ledger = [act('vandringar', '2020-05-12'), act('vandringar', '2020-08-20')];
    const ps = statusOf(ledger, '2020-09-01T12:00', 'vandringar');
    expect(ps).toMatchObject({ outcome: 'delvis uppfyllt', lateDate: '2020-08-20', count: 1 });
    const report = buildReport(set, ledger, parseNow('2021-01-15T12:00', set.timeZone));
    expect(report.promises.find((p) => p.id === 'vandringar')!.figures).toEqual([
      '2 av 2, den sista klar 20 augusti, efter sista dag 30 juni',
    ]);
  });

  it('a deadline done late says the same', () => {
    const ps = statusOf([act('plan', '2020-04-07')], '2020-04-08T12:00', 'plan');
    expect(ps).toMatchObject({ outcome: 'delvis uppfyllt', lateDate: '2020-04-07' });
    expect(lineAt(set, '2020-04-08', ps)).toBe('klar 7 april, efter sista dag 31 mars · delvis uppfyllt');
    const report = buildReport(set, [act('plan', '2020-04-07')], parseNow('2021-01-15T12:00', set.timeZone));
    expect(report.promises.find((p) => p.id === 'plan')).toMatchObject({
      outcome: 'delvis uppfyllt',
      figures: ['Klar 7 april, efter sista dag 31 mars'],
    });
  });
});
