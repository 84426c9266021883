// What counts under `when` (nights across midnight, weekdays, seasons), figures with their own
// target, a listed-places coverage per month and a "sträva efter" weekly target.
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../src/domain/promise-set/schema.ts';
import { statusOfKind } from '../../helpers/evaluate-kind.ts';
import { lineAt } from '../../helpers/status-line.ts';
import { act, datesEvery, promiseOf, statusAt } from './example-harness.ts';

const text = `key: prov-2022
format: 2
title: Medborgarlöfte 2022
municipality: Provkommun
policeArea: LPO Prov
period: { start: 2022-01-01, end: 2022-12-31 }
reportDue: 2023-01-31
places:
  - { id: torget, name: Torget }
  - { id: hamnen, name: Hamnen }
seasons:
  - { id: sommar, name: Sommarperioden, start: 2022-06-15, end: 2022-08-15 }
promises:
  - id: nattpatrull
    category: Trygghet
    title: Nattpatrull fredag och lördag
    text: Patrullera nätter mot helg.
    words: [nattpatrull]
    rule: { kind: count, target: 3 }
    when: { from: '22:00', to: '04:00', weekdays: [fre, lör] }
  - id: sommarinsats
    category: Trygghet
    title: Insatser under sommarperioden
    text: Minst två insatser under sommarperioden.
    words: [sommarinsats]
    rule: { kind: count, target: 2 }
    when: { seasons: [sommar] }
  - id: utbildning
    category: Alkohol
    title: Utbilda personal
    text: Utbilda minst 20 personer i ansvarsfull alkoholservering.
    words: [utbildning]
    rule: { kind: milestone }
    figures:
      - { id: utbildade, label: utbildade, words: [utbildade], unit: personer, target: 20 }
  - id: platsbesok
    category: Trygghet
    title: Torget och hamnen varje månad
    text: Besöka torget och hamnen varje månad.
    words: [platsbesök]
    rule: { kind: coverage, places: [torget, hamnen], per: month }
  - id: fotpatrull
    category: Närvaro
    title: Sträva efter fotpatrull varje vecka
    text: Vi ska sträva efter att fotpatrullera varje vecka.
    words: [fotpatrull]
    rule: { kind: count, target: 1, per: week, strive: true }
`;

function load(): PromiseSetDef {
  const result = loadPromiseFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('constraints on what counts', () => {
  const set = load();

  it('counts night patrols across midnight on the given weekdays only, and says why others do not count', () => {
    const activities = [
      act('nattpatrull', '2022-03-04', { time: '23:00' }), // fredag
      act('nattpatrull', '2022-03-05', { time: '02:30' }), // lördag, after midnight
      act('nattpatrull', '2022-03-03', { time: '23:00' }), // torsdag
      act('nattpatrull', '2022-03-11', { time: '05:00' }), // fredag, too late
      act('nattpatrull', '2022-03-12', {}), // no time
    ];
    const ps = promiseOf(statusAt(set, activities, '2022-03-14T09:00'), 'nattpatrull');
    expect(ps.count).toBe(2);
    expect(ps.outsideWhen).toBe(3);
    expect(ps.alerts.map((a) => a.message)).toContain(
      '3 loggade räknas inte: löftet gäller 22:00–04:00, fre, lör, ange tid, t.ex. "kl 21"',
    );
  });

  it('counts only inside the season', () => {
    const activities = ['2022-06-01', '2022-06-20', '2022-08-15', '2022-08-16'].map((d) =>
      act('sommarinsats', d),
    );
    const ps = promiseOf(statusAt(set, activities, '2022-09-01T09:00'), 'sommarinsats');
    expect(ps).toMatchObject({ count: 2, status: 'uppfyllt' });
  });

  it('shows progress toward a figure with its own target', () => {
    const activities = [
      act('utbildning', '2022-04-04', { figures: { utbildade: 9 } }),
      act('utbildning', '2022-10-04', { figures: { utbildade: 5 } }),
    ];
    const ps = promiseOf(statusAt(set, activities, '2022-11-01T09:00'), 'utbildning');
    expect(lineAt(set, '2022-11-01', ps)).toBe('klar mån 4 april · uppfyllt · utbildade 14 av 20');
  });

  it('names the listed place missed in a month', () => {
    const activities = [
      ...datesEvery('2022-01-10', '2022-12-10', 30).map((d) => act('platsbesok', d, { place: 'torget' })),
      ...datesEvery('2022-01-12', '2022-12-12', 30)
        .filter((d) => !d.startsWith('2022-05'))
        .map((d) => act('platsbesok', d, { place: 'hamnen' })),
    ];
    const june = statusAt(
      set,
      activities.filter((a) => a.date <= '2022-06-10'),
      '2022-06-10T09:00',
    );
    expect(promiseOf(june, 'platsbesok').alerts[0]?.message).toBe('Ej besökt: Hamnen (maj)');
    const end = statusOfKind(
      'coverage',
      promiseOf(statusAt(set, activities, '2023-01-02T09:00'), 'platsbesok'),
    );
    expect(end.uncovered).toEqual(['Hamnen (maj)']);
    expect(end.outcome).toBe('delvis uppfyllt');
  });

  it('never reports a "sträva efter" promise as ej uppfyllt', () => {
    const activities = datesEvery('2022-01-05', '2022-03-30', 7).map((d) => act('fotpatrull', d));
    const end = promiseOf(statusAt(set, activities, '2023-01-02T09:00'), 'fotpatrull');
    expect(end).toMatchObject({ outcome: 'delvis uppfyllt', strive: true });
  });
});

describe('sub-periods cut by the period', () => {
  const schoolYear = (start: string) => {
    const result = loadPromiseFile(
      text
        .replace(
          'period: { start: 2022-01-01, end: 2022-12-31 }',
          `period: { start: ${start}, end: 2023-06-15 }`,
        )
        .replace('reportDue: 2023-01-31', 'reportDue: 2023-06-30')
        .replace('start: 2022-06-15, end: 2022-08-15', 'start: 2023-06-01, end: 2023-06-15')
        .replace(
          'rule: { kind: count, target: 1, per: week, strive: true }',
          'rule: { kind: count, target: 4, per: month }',
        ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };

  it('gives a cut month a pro-rata target, rounded up, and leaves out one with less than half', () => {
    const set = schoolYear('2022-08-15');
    const ps = statusOfKind('count', promiseOf(statusAt(set, [], '2023-07-01T09:00'), 'fotpatrull'));
    const august = ps.units?.[0];
    expect([august?.label, august?.start, august?.target]).toEqual(['augusti 2022', '2022-08-15', 3]);
    expect(ps.units?.at(-1)).toMatchObject({ label: 'juni 2023', target: 2 });
    const late = statusOfKind(
      'count',
      promiseOf(statusAt(schoolYear('2022-08-20'), [], '2023-07-01T09:00'), 'fotpatrull'),
    );
    expect(late.units?.[0]?.label).toBe('september 2022');
  });
});
