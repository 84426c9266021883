// issue 19, format: `months` / `exceptMonths` beyond per-month counts — a winter-only count, a monthly
// average over the winter, coverage of the villages in winter, a weekly average with the summer off.
// Only entries in the included months count; pace and averages run over the included weeks and months
// only (a week belongs to the month its Thursday is in). Every figure worked out by hand below.
//
// 2019's weeks by their Thursday: January v.1–5 (5), February v.6–9 (4), March v.10–13 (4), June
// v.23–26 (4), July v.27–30 (4), August v.31–35 (5), November v.45–48 (4), December v.49–52 (4).
// November–March is 5 + 4 + 4 + 4 + 4 = 21 weeks; the year without June–August is 52 − 13 = 39.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { describeTarget } from '../../../../src/domain/report/describe-target.ts';
import { addDays } from '../../../../src/domain/time/day-number.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const winter = '[nov, dec, jan, feb, mar]';
const head = `key: vinter-2019
format: 2
title: Medborgarlöfte 2019
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: 2019-12-31 }
reportDue: 2020-01-31
places:
  - { id: byn-a, name: Byn A }
  - { id: byn-b, name: Byn B }
  - { id: byn-c, name: Byn C }
`;
const text = `${head}promises:
  - id: vinterkontroller
    category: Trafik
    title: Vinterkontroller
    text: Minst 10 trafikkontroller under vintern (november–mars).
    words: [vinterkontroll]
    rule: { kind: count, target: 10, months: ${winter} }
  - id: snitt
    category: Trafik
    title: Halkkontroller
    text: I snitt två halkkontroller i månaden under vintermånaderna.
    words: [halkkontroll]
    rule: { kind: monthly-average, target: 2, months: ${winter} }
  - id: byar
    category: Trygghet
    title: Varje by på vintern
    text: Besöka varje by minst en gång under vintern.
    words: [bybesök]
    rule: { kind: coverage, places: [byn-a, byn-b, byn-c], months: ${winter} }
  - id: skolkontakt
    category: Unga
    title: Skolkontakt varje vecka utom sommaren
    text: I snitt en skolkontakt i veckan, undantaget juni–augusti.
    words: [skolkontakt]
    rule: { kind: weekly-average, target: 1, exceptMonths: [jun, jul, aug] }
`;

const { set, act, statusOf } = createSetFixture(text);

describe('a winter-only count: minst 10 kontroller bara november–mars', () => {
  const control = (date: string) => act('vinterkontroller', date);
  const spring = ['2019-01-09', '2019-01-23', '2019-02-13', '2019-03-06'].map(control);

  it('names the months in the target', () => {
    expect(describeTarget(set.promises[0]!, set)).toBe(
      'minst 10 vinterkontroller under perioden (bara november–mars)',
    );
  });

  it('paces over the 21 winter weeks, not the year’s 52', () => {
    // Wed 20 March (v.12): v.1–11 completed, all winter: 10 × 11/21 = 5,2 expected; 4 ≤ 4,2 is behind,
    // 1 more brings it back. Over the whole year it would be 10 × 11/52 = 2,1 and 4 i fas.
    const ps = statusOf(spring, '2019-03-20T12:00', 'vinterkontroller');
    expect(lineAt(set, '2019-03-20', ps)).toBe('4 av 10 · 6 kvar på 10 veckor · släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '1 vinterkontroll behövs för att komma i fas (6 kvar på 10 veckor)',
    ]);
  });

  it('stands still over the summer, where an entry does not count and the reply says why', () => {
    // 10 July: winter weeks v.1–13 completed, 10 × 13/21 = 6,2 expected; 6 is not a whole one behind.
    const ledger = [...spring, control('2019-03-13'), control('2019-03-27'), control('2019-07-10')];
    const ps = statusOf(ledger, '2019-07-10T12:00', 'vinterkontroller');
    expect(lineAt(set, '2019-07-10', ps)).toBe('6 av 10 · 4 kvar på 8 veckor · i fas');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '1 loggad räknas inte: löftet gäller bara november–mars',
    ]);
  });

  it('has few weeks left in December, and is graded on the winter’s entries', () => {
    // Mon 2 December (v.49): winter weeks completed 13 + 4 (v.45–48) = 17, 4 left = few weeks (the
    // last quarter of 21 weeks, at most 4): 8 of 10 is släpar.
    const ledger = [
      ...spring,
      control('2019-03-13'),
      control('2019-03-27'),
      control('2019-11-06'),
      control('2019-11-20'),
    ];
    const ps = statusOf(ledger, '2019-12-02T12:00', 'vinterkontroller');
    expect(lineAt(set, '2019-12-02', ps)).toBe('8 av 10 · 2 kvar på 4 veckor · släpar');
    // One more in December: 9 of 10 = 0,9, delvis uppfyllt.
    const report = buildReport(
      set,
      [...ledger, control('2019-12-11')],
      parseNow('2020-01-10T12:00', set.timeZone),
    );
    expect(report.promises[0]).toMatchObject({
      outcome: 'delvis uppfyllt',
      figures: ['9 av 10 vinterkontroller'],
    });
  });
});

describe('a monthly average over the winter months', () => {
  const check = (date: string, count = 1) => act('snitt', date, { count });
  const spring = [check('2019-01-15', 3), check('2019-02-12'), check('2019-03-12', 2)];

  it('averages over January–March only while April–October are left out', () => {
    // 15 June: completed winter months January–March, 6 ÷ 3 = 2,0: i fas (over five months it would be 1,2).
    const ps = statusOf(spring, '2019-06-15T12:00', 'snitt');
    expect(lineAt(set, '2019-06-15', ps)).toBe('6 på 3 månader, snitt 2,0/mån (mål 2/mån), i fas');
    expect(describeTarget(set.promises[1]!, set)).toBe(
      'minst 2 halkkontroller i snitt per månad (bara november–mars)',
    );
  });

  it('slips after an empty November, and grades the year on its five winter months', () => {
    // 10 December: January–March and November completed, 6 ÷ 4 = 1,5 < 2; 2 × 4 − 6 = 2 needed.
    const ps = statusOf(spring, '2019-12-10T12:00', 'snitt');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '2 halkkontroller behövs för att komma i fas (snitt 1,5/mån, mål 2/mån)',
    ]);
    // December brings 3: 9 of 2 × 5 = 10 is 0,9, delvis uppfyllt.
    const end = statusOf([...spring, check('2019-12-11', 3)], '2020-01-10T12:00', 'snitt');
    expect(end.outcome).toBe('delvis uppfyllt');
  });
});

describe('coverage of the villages in winter', () => {
  const visit = (date: string, place: string) => act('byar', date, { place });

  it('is i fas in summer with three villages and eight winter weeks left, and ignores a summer visit', () => {
    // 10 July: winter weeks completed 13 of 21, 8 left for 3 visits at 1 a week.
    const ps = statusOf([visit('2019-07-10', 'byn-b')], '2019-07-10T12:00', 'byar');
    expect(lineAt(set, '2019-07-10', ps)).toBe('0 av 3 täckta · i fas');
  });

  it('slips with few winter weeks left', () => {
    // Mon 16 December (v.51): winter weeks completed 13 + 4 + 2 = 19, 2 left for 2 villages: few left.
    const ps = statusOf([visit('2019-01-16', 'byn-a')], '2019-12-16T12:00', 'byar');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '2 besök kvar på 2 veckor: Byn B, Byn C, senast tis 31 december',
    ]);
    expect(describeTarget(set.promises[2]!, set)).toBe(
      'varje plats i listan minst en gång under perioden (bara november–mars)',
    );
  });
});

describe('a weekly average with the summer off', () => {
  // One contact every Wednesday of v.1–22 (2 January … 29 May).
  const contacts = Array.from({ length: 22 }, (_, i) => act('skolkontakt', addDays('2019-01-02', 7 * i)));

  it('asks nothing over the summer: 22 on the 22 weeks that count', () => {
    // Mon 15 July (v.29): v.1–28 completed, less June's v.23–26 and July's v.27–28: 22 weeks, 22 ÷ 22 = 1,0.
    const ps = statusOf(contacts, '2019-07-15T12:00', 'skolkontakt');
    expect(lineAt(set, '2019-07-15', ps)).toBe('22 på 22 veckor, snitt 1,0/v (mål 1/v), i fas');
    expect(ps.alerts).toEqual([]);
  });

  it('slips in September when the first school weeks pass without one', () => {
    // Mon 16 September (v.38): v.36–37 completed since the summer, none: 22 ÷ 24 = 0,92 < 1, and the last
    // two counted weeks were empty.
    const ps = statusOf(contacts, '2019-09-16T12:00', 'skolkontakt');
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.code)).toEqual(['silent-weeks', 'average-below-target']);
    expect(ps.alerts[0]?.message).toBe(
      'Ingen skolkontakt v.36–37: minst 1 behövs denna vecka (v.38, 16–22 september)',
    );
  });
});

describe('a count per week with the summer off', () => {
  const {
    set: weekly,
    act: weeklyAct,
    statusOf: weeklyStatus,
  } = createSetFixture(
    text.replace(
      'rule: { kind: weekly-average, target: 1, exceptMonths: [jun, jul, aug] }',
      'rule: { kind: count, target: 1, per: week, exceptMonths: [jun, jul, aug] }',
    ),
  );
  // One contact every Wednesday of v.1–22, as above.
  const contacts = Array.from({ length: 22 }, (_, i) =>
    weeklyAct('skolkontakt', addDays('2019-01-02', 7 * i)),
  );

  it('has no summer weeks: 22 kept of 39, nothing missed in July', () => {
    // 15 July: v.23–28 would be six missed weeks; with June–August left out they are no weeks at all.
    const ps = weeklyStatus(contacts, '2019-07-15T12:00', 'skolkontakt');
    expect(lineAt(weekly, '2019-07-15', ps)).toBe('22 av 39 uppfyllda · i fas');
    expect(ps.alerts).toEqual([]);
  });
});

describe('kinds that cannot take months are refused, naming the promise and the field', () => {
  const errorsOf = (rule: string) => {
    const result = loadPromiseFile(`${head}promises:
  - { id: vandring, category: K, title: A, text: A, words: [vandring], rule: ${rule} }
`);
    return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`);
  };

  it('refuses them on every-n-weeks, regular, judged, deadline, count with every and coverage of events', () => {
    expect(errorsOf(`{ kind: every-n-weeks, weeks: 3, months: ${winter} }`)).toEqual([
      'promises[0].rule.months: löftet "vandring": months går inte med kind: every-n-weeks: veckorna i följd kan inte hoppa över månader; för en sammanhängande del av året, skriv en säsong under seasons och during: <säsong> på löftet',
    ]);
    expect(errorsOf('{ kind: regular, weeks: 4, exceptMonths: [jul] }')).toEqual([
      'promises[0].rule.exceptMonths: löftet "vandring": exceptMonths går inte med kind: regular: veckorna i följd kan inte hoppa över månader; för en sammanhängande del av året, skriv en säsong under seasons och during: <säsong> på löftet',
    ]);
    expect(errorsOf('{ kind: judged, months: [jan] }')).toEqual([
      'promises[0].rule.months: löftet "vandring": months går inte med kind: judged: ett bedömt löfte räknar inga aktiviteter, det bedöms av en person',
    ]);
    expect(errorsOf('{ kind: deadline, due: 2019-06-30, months: [jan] }')).toEqual([
      'promises[0].rule.months: löftet "vandring": months går inte med kind: deadline: en leverans har ett datum (due), inga månader att räkna',
    ]);
    expect(errorsOf('{ kind: count, target: 1, every: { months: 2 }, exceptMonths: [jul] }')).toEqual([
      'promises[0].rule.exceptMonths: löftet "vandring": exceptMonths går inte med every: månaderna (veckorna) i följd kan inte hoppa över månader; för en sammanhängande del av året, skriv en säsong under seasons och during: <säsong> på löftet',
    ]);
  });
});
