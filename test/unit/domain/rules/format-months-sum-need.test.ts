// Three format features the Sollefteå 2017 and Övertorneå 2020–2021 files need: a monthly target that
// leaves the summer out ("1 gång per månad (undantaget juni-augusti)"), a target that is the sum of a
// logged figure ("Målet är … 10 nya samverkansgrupper"), and a need answered by the period's end
// ("vid behov", no response time stated). Promise texts are the documents' own; figures by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { describeResponseDue } from '../../../../src/domain/render/describe-response-due.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { describeTarget } from '../../../../src/domain/report/describe-target.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { prepareRule } from '../../../../src/domain/rules/tally.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { PromiseStatus } from '../../../../src/domain/status/types.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const head = (period: string) => `key: test-2017
format: 2
title: Test
municipality: Sollefteå kommun
policeArea: Lokalpolisområde Södra Ångermanland
period: ${period}
reportDue: 2022-01-31
places:
  - { id: ramsele, name: Ramsele, tags: [utanfor-centralorten] }
`;

function load(source: string): PromiseSetDef {
  const result = loadPromiseFile(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function errorsOf(source: string): string[] {
  const result = loadPromiseFile(source);
  return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`);
}

const at = (set: PromiseSetDef, local: string) => parseNow(local, set.timeZone);
const statusOf = (set: PromiseSetDef, activities: Activity[], local: string): PromiseStatus =>
  computeStatus(set, activities, at(set, local)).promises[0]!;

const ramsele = (rule: string) =>
  load(`${head('{ start: 2017-01-01, end: 2017-12-31 }')}promises:
  - id: ramsele-medborgarkontor
    category: Polisen lovar
    title: Polis på medborgarkontoret i Ramsele
    text: >-
      Ha polis närvarande på medborgarkonstoret i Ramsele 1 gång per månad (undantaget juni-augusti).
    words: [medborgarkontor]
    rule: ${rule}
`);

describe('months / exceptMonths — a monthly target without the summer', () => {
  const summerOff = ramsele('{ kind: count, target: 1, per: month, exceptMonths: [jun, jul, aug] }');
  const listed = ramsele(
    '{ kind: count, target: 1, per: month, months: [jan, feb, mar, apr, maj, sep, okt, nov, dec] }',
  );
  const everyMonth = ramsele('{ kind: count, target: 1, per: month }');
  const visit = (set: PromiseSetDef, date: string) =>
    buildActivity('ramsele-medborgarkontor', date, { setKey: set.key, place: 'ramsele' });
  const spring = ['2017-01-18', '2017-02-15', '2017-03-29', '2017-04-05', '2017-05-17'];

  it('names the months left out in the target, whichever way they are written', () => {
    const target = 'minst 1 medborgarkontor per månad (utom juni–augusti)';
    expect(describeTarget(summerOff.promises[0]!, summerOff)).toBe(target);
    expect(describeTarget(listed.promises[0]!, listed)).toBe(target);
  });

  it('asks nothing in July, where a plain monthly target has already missed June', () => {
    // 27 July: January–May kept. June–August are no units, so nothing is due until September.
    const off = statusOf(
      summerOff,
      spring.map((d) => visit(summerOff, d)),
      '2017-07-27T12:00',
    );
    expect([off.status, off.alerts]).toEqual(['i fas', []]);
    const plain = statusOf(
      everyMonth,
      spring.map((d) => visit(everyMonth, d)),
      '2017-07-27T12:00',
    );
    expect(plain.status).toBe('släpar');
  });

  it('grades the year on its nine months: March missed is 8 of 9, delvis uppfyllt', () => {
    const year = ['2017-01-18', '2017-02-15', '2017-04-05', '2017-05-17', '2017-06-14', '2017-09-13']
      .concat(['2017-10-25', '2017-11-08', '2017-12-13'])
      .map((d) => visit(listed, d));
    const ps = statusOf(listed, year, '2018-01-08T08:00');
    expect([ps.status, ps.outcome]).toEqual(['ej uppfyllt', 'delvis uppfyllt']);
    if (ps.kind !== 'count') throw new Error(ps.kind);
    expect(ps.units?.map((u) => u.label)).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'september',
      'oktober',
      'november',
      'december',
    ]);
    // The June visit is kept in the ledger but counts for nothing: June is left out.
    const report = buildReport(listed, year, at(listed, '2018-01-08T08:00'));
    expect(report.promises[0]!.figures).toEqual([
      'Målet (minst 1 medborgarkontor per månad) nåddes 8 av 9 månader, totalt 8 medborgarkontor',
      'Under målet: mars',
    ]);
    // Its report line says why, and that only a wrong date can be repaired.
    const june = report.promises[0]!.activities.find((a) => a.date === '2017-06-14');
    expect(june?.counted).toBe(false);
    expect(june?.notCounted).toBe(
      'löftet gäller inte juni–augusti — rätta datumet med /logga ändra [nummer] [datum] om det blev fel',
    );
  });

  it('refuses months on a milestone, both lists at once, a misspelt month and a year with no month left', () => {
    const promise = (rule: string) => `${head('{ start: 2017-01-01, end: 2017-12-31 }')}promises:
  - { id: a, category: K, title: A, text: A, words: [besök], rule: ${rule} }
`;
    expect(errorsOf(promise('{ kind: milestone, months: [jan] }'))).toEqual([
      'promises[0].rule.months: löftet "a": months går inte med kind: milestone: en leverans har ett datum (due), inga månader att räkna',
    ]);
    expect(
      errorsOf(promise('{ kind: count, target: 1, per: month, months: [jan], exceptMonths: [jul] }')),
    ).toEqual([
      'promises[0].rule.exceptMonths: ange months (månaderna som räknas) eller exceptMonths (de som inte räknas), inte båda',
    ]);
    expect(errorsOf(promise('{ kind: count, target: 1, per: month, exceptMonths: [juni] }'))).toEqual([
      'promises[0].rule.exceptMonths[0]: ska vara jan, feb, mar, apr, maj, jun, jul, aug, sep, okt, nov eller dec',
    ]);
    const all = '[jan, feb, mar, apr, maj, jun, jul, aug, sep, okt, nov, dec]';
    expect(errorsOf(promise(`{ kind: count, target: 1, per: month, exceptMonths: ${all} }`))).toEqual([
      'promises[0].rule.exceptMonths: alla tolv månader är undantagna: ingen månad blir kvar att räkna',
    ]);
  });
});

describe('sum: <figure> — a target that is the sum of a logged figure', () => {
  const traffar = (rule: string) =>
    load(`${head('{ start: 2017-01-01, end: 2017-12-31 }')}promises:
  - id: informationstraffar
    category: Polisen lovar
    title: Informationsträffar om grannsamverkan och byavakt
    text: >-
      I tätorter utanför centralorten genomföra informationsträffar kring grannsamverkan och byavakt. Målet är at
      tunder året få 10 nya samverkansgrupper i kommunen, utöver redan existerande.
    words: [informationsträff]
    rule: ${rule}
    figures:
      - { id: nya-grupper, label: nya samverkansgrupper, singular: ny samverkansgrupp, words: [grupper], unit: grupper }
`);
  const year = traffar('{ kind: count, target: 10, sum: nya-grupper }');
  const meeting = (set: PromiseSetDef, date: string, groups?: number) =>
    buildActivity('informationstraffar', date, {
      setKey: set.key,
      place: 'ramsele',
      figures: groups === undefined ? {} : { 'nya-grupper': groups },
    });
  // Four meetings by October bring 2 + 1 + 0 + 3 groups; the one in May logged no figure.
  const byOctober = (set: PromiseSetDef) => [
    meeting(set, '2017-03-09', 2),
    meeting(set, '2017-04-20', 1),
    meeting(set, '2017-05-11'),
    meeting(set, '2017-06-08', 0),
    meeting(set, '2017-09-21', 3),
  ];

  it('states the target in the figure', () => {
    expect(describeTarget(year.promises[0]!, year)).toBe('minst 10 nya samverkansgrupper under perioden');
  });

  it('paces the sum, not the meetings: 6 groups on 4 October is behind 10 × 39/52 = 7.5', () => {
    const ps = statusOf(year, byOctober(year), '2017-10-04T12:00');
    expect([ps.count, ps.status]).toEqual([6, 'släpar']);
    expect(lineAt(year, '2017-10-04', ps)).toBe(
      '6 av 10 nya samverkansgrupper · 4 kvar på 13 veckor · släpar',
    );
    // 7.5 − 1 − 6 = 0.5 short of a whole one behind: one more brings it back.
    expect(ps.alerts.map((a) => a.message)).toEqual([
      '1 ny samverkansgrupp behövs för att komma i fas (4 kvar på 13 veckor)',
    ]);
  });

  it('is met the day the groups reach 10, after 8 meetings, and the report says what they came from', () => {
    const all = [
      ...byOctober(year),
      meeting(year, '2017-10-19', 1),
      meeting(year, '2017-11-16', 2),
      meeting(year, '2017-12-07', 1),
    ];
    expect(statusOf(year, all, '2017-12-06T12:00').status).toBe('släpar');
    expect(statusOf(year, all, '2017-12-08T12:00').status).toBe('uppfyllt');
    const report = buildReport(year, all, at(year, '2018-01-08T08:00'));
    expect(report.promises[0]!.outcome).toBe('uppfyllt');
    expect(report.promises[0]!.figures[0]).toBe(
      '10 av 10 nya samverkansgrupper (från 8 informationsträffar)',
    );
  });

  it('reports a tertial by the groups it brought against its pro-rata share', () => {
    const all = [
      ...byOctober(year),
      meeting(year, '2017-10-19', 1),
      meeting(year, '2017-11-16', 2),
      meeting(year, '2017-12-07', 1),
    ];
    const scope = resolveReportScope(
      year,
      { year: 2017, period: { unit: 'tertial', index: 3 } },
      '2018-01-08',
    );
    if (!scope.ok || !scope.value) throw new Error('no scope');
    const t3 = buildReport(year, all, at(year, '2018-01-08T08:00'), {}, scope.value).promises[0]!;
    // September–December: 3 + 1 + 2 + 1 = 7 groups; the share is 10 × 122/365 = 3,3.
    expect(t3.count).toBe(7);
    expect(t3.figures[0]).toBe(
      'Under tertial 3 2017: 7 nya samverkansgrupper (pro rata 3,3 av 10 under perioden)',
    );
    expect(t3.outcome).toBe('uppfyllt');
  });

  it('is done, for a promise after it, on the day the sum reached the target', () => {
    const ordered = load(`${head('{ start: 2017-01-01, end: 2017-12-31 }')}promises:
  - id: informationstraffar
    category: Polisen lovar
    title: Informationsträffar
    text: Målet är att under året få 10 nya samverkansgrupper i kommunen.
    words: [informationsträff]
    rule: { kind: count, target: 10, sum: nya-grupper }
    figures: [{ id: nya-grupper, label: nya samverkansgrupper, words: [grupper] }]
  - id: utbildning-grupper
    category: Polisen lovar
    title: Utbildning av de nya grupperna
    text: Därefter utbildas de nya grupperna.
    words: [gruppinstruktion]
    rule: { kind: milestone }
    after: informationstraffar
`);
    // 4 + 3 + 3 groups: the tenth comes on 20 April, at the third meeting (a count of meetings would
    // not be done before the tenth meeting).
    const ledger = [
      meeting(ordered, '2017-03-09', 4),
      meeting(ordered, '2017-04-05', 3),
      meeting(ordered, '2017-04-20', 3),
      meeting(ordered, '2017-05-11', 2),
    ];
    const prepared = prepareRule(ordered.promises[1]!, ordered, ledger, at(ordered, '2017-06-01T12:00'));
    expect(prepared.timeline.window.start).toBe('2017-04-20');
  });

  it('sums per unit with per: half-year: 3 groups in the spring, 7 in the autumn', () => {
    const halves = traffar('{ kind: count, target: 5, per: half-year, sum: nya-grupper }');
    const all = [...byOctober(halves), meeting(halves, '2017-10-19', 4)];
    const ps = statusOf(halves, all, '2018-01-08T08:00');
    if (ps.kind !== 'count') throw new Error(ps.kind);
    expect(ps.units?.map((u) => [u.label, u.count, u.kept])).toEqual([
      ['första halvåret', 3, false],
      ['andra halvåret', 7, true],
    ]);
  });

  it('refuses a sum of a figure the promise does not have, and a sum of occasions', () => {
    expect(
      errorsOf(`${head('{ start: 2017-01-01, end: 2017-12-31 }')}promises:
  - id: a
    category: K
    title: A
    text: A
    words: [träff]
    rule: { kind: count, target: 10, sum: grupper, distinct: date }
    figures: [{ id: nya-grupper, label: nya grupper, words: [grupper] }]
`),
    ).toEqual([
      'promises[0].rule.sum: okänt resultatmått "grupper": löftets figures är nya-grupper',
      'promises[0].rule.sum: sum kan inte kombineras med distinct eller distinctPlaces: summan räknar resultatmåttet, inte tillfällen eller platser',
    ]);
  });
});

describe('conditional.respondWithin: period — a need answered by the period’s end', () => {
  const utbilda = load(`${head('{ start: 2020-01-01, end: 2021-12-31, resetsEach: year }')}promises:
  - id: utbilda-vid-behov
    category: Polisiär närvaro/ tillgänglighet/ trafiksäkerhetsarbete
    title: Utbilda vid behov
    text: >-
      Polisen, Övertorneå kommun och eventuella andra samverkanspartner skall informera och vid behov utbilda
      samhället gällande aktuella problem.
    words: [utbildning]
    conditional: { trigger: vid behov, words: [behov utbildning], respondWithin: period }
    rule: { kind: count, target: 1 }
`);
  const need = (date: string) => buildActivity('utbilda-vid-behov', date, { setKey: utbilda.key, count: 0 });
  const training = (date: string) => buildActivity('utbilda-vid-behov', date, { setKey: utbilda.key });

  it('gives the period’s last day as the answer’s, with its year', () => {
    expect(
      describeResponseDue(utbilda.promises[0]!, utbilda, '2020-03-02', [need('2020-03-02')], '2020-03-02'),
    ).toBe('svara senast fre 31 december 2021, periodens sista dag');
  });

  it('keeps an open need i fas until the period’s last four weeks, then släpar, then ej uppfyllt', () => {
    const ledger = [need('2020-03-02')];
    // 24 November 2021: 99 of the period's 105 weeks completed, 6 left.
    expect(statusOf(utbilda, ledger, '2021-11-24T12:00').status).toBe('i fas');
    // 8 December 2021: 101 completed, 4 left.
    const late = statusOf(utbilda, ledger, '2021-12-08T12:00');
    expect(late.status).toBe('släpar');
    expect(late.alerts.map((a) => a.message)).toContain(
      // Two years: every date names its year.
      'vid behov (mån 2 mars 2020) väntar på svar: utbildning senast fre 31 december 2021 (periodens sista dag)',
    );
    expect(statusOf(utbilda, ledger, '2022-01-10T12:00')).toMatchObject({
      status: 'ej uppfyllt',
      outcome: 'ej uppfyllt',
    });
  });

  it('is uppfyllt once answered, and not while a second need is open', () => {
    const answered = [need('2020-03-02'), training('2020-04-22')];
    expect(statusOf(utbilda, answered, '2020-10-14T12:00').status).toBe('uppfyllt');
    const again = [...answered, need('2020-11-18')];
    const open = statusOf(utbilda, again, '2020-12-09T12:00');
    expect(open.status).toBe('i fas');
    // Due in the next year: the day says which.
    expect(open.alerts.map((a) => a.message)).toEqual([
      'vid behov (ons 18 november 2020) väntar på svar: utbildning senast fre 31 december 2021 (periodens sista dag)',
    ]);
  });

  it('leaves a year with a need still open to the period: the 2020 report says it runs on', () => {
    const ledger = [need('2020-03-02'), training('2020-04-22'), need('2020-11-18')];
    const now = at(utbilda, '2021-01-13T12:00');
    // The need of 18 November is due by the period's end, 31 December 2021: it counts neither way yet.
    // The one decided need was answered (1 of 1) and the count is met, but with a need waiting the
    // promise is not uppfyllt: i fas, outcome not decided (ej bedömd).
    expect(statusOf(utbilda, ledger, '2021-01-13T12:00')).toMatchObject({
      status: 'i fas',
      outcome: 'ej bedömd',
    });
    const scope = resolveReportScope(utbilda, { year: 2020 }, '2021-01-13');
    if (!scope.ok || !scope.value) throw new Error('no scope');
    const year = buildReport(utbilda, ledger, now, {}, scope.value).promises[0]!;
    expect([year.final, year.verdict]).toEqual([false, 'i fas, pågår till 31 december 2021']);
  });

  it('refuses both response times at once, and any other word than period', () => {
    const file = (conditional: string) => `${head('{ start: 2020-01-01, end: 2021-12-31 }')}promises:
  - { id: a, category: K, title: A, text: A, words: [utbildning], rule: { kind: count, target: 1 }, conditional: ${conditional} }
`;
    expect(
      errorsOf(file('{ trigger: vid behov, words: [behov], respondWithin: period, respondWithinWeeks: 4 }')),
    ).toEqual([
      'promises[0].conditional: ange respondWithinWeeks (svar inom N veckor) eller respondWithin: period (svar senast vid periodens slut), inte båda',
    ]);
    expect(errorsOf(file('{ trigger: vid behov, words: [behov], respondWithin: året }'))).toEqual([
      'promises[0].conditional.respondWithin: ska vara period (svar senast vid periodens slut); för ett antal veckor, skriv respondWithinWeeks',
    ]);
  });
});
