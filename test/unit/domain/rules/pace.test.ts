// Pace for every promise with a number: each figure below is worked out by hand from the ISO weeks
// of the unit (the weeks whose Thursday falls in it) and the rules in pace.ts.
import { describe, expect, it } from 'vitest';
import { promiseSetSchema } from '../../../../src/domain/promise-set/schema.ts';
import { countPace, coveragePace, fewWeeksOf } from '../../../../src/domain/rules/pace.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import { activities, activity, singlePromiseSet } from '../status/fixtures.ts';

const at = (local: string) => new Date(`${local}:00+01:00`);

describe('few weeks left, scaled to the unit', () => {
  it('is the rule’s weeks, at most the last quarter of the unit, none for a one-week unit', () => {
    expect(fewWeeksOf(52, 4)).toBe(4);
    expect(fewWeeksOf(13, 4)).toBe(4); // ceil(13 / 4) = 4
    expect(fewWeeksOf(5, 4)).toBe(2); // a five-week month: its last two weeks
    expect(fewWeeksOf(4, 4)).toBe(1);
    expect(fewWeeksOf(1, 4)).toBe(0);
  });

  it('counts: a whole activity behind pro rata', () => {
    // 12 a year, 47 of 52 weeks completed: expected 12 × 47 / 52 = 10,85; 2 done is 8,85 behind,
    // and 8 more bring it to 10, less than a whole one behind.
    expect(countPace(12, 2, { total: 52, completed: 47 }, 4)).toMatchObject({
      behind: true,
      fewLeft: false,
      neededForPace: 8,
      remaining: 10,
      weeksLeft: 5,
    });
    // 10 done is 0,85 behind: in fas.
    expect(countPace(12, 10, { total: 52, completed: 47 }, 4).behind).toBe(false);
  });

  it('coverage: behind when the visits left do not fit the weeks left', () => {
    expect(coveragePace(12, { total: 52, completed: 41 }, 1, 4)).toMatchObject({
      behind: true,
      weeksLeft: 11,
    });
    expect(coveragePace(11, { total: 52, completed: 41 }, 1, 4)).toMatchObject({
      behind: false,
      fewLeft: false,
    });
    expect(coveragePace(12, { total: 52, completed: 41 }, 2, 4).behind).toBe(false);
    expect(coveragePace(1, { total: 52, completed: 51 }, 1, 4)).toMatchObject({
      behind: false,
      fewLeft: true,
    });
  });
});

describe('a per-year target in a multi-year set', () => {
  const set = singlePromiseSet(
    { words: ['trafikkontroll'], rule: { kind: 'count', target: 12, per: 'year' } },
    { start: '2019-01-01', end: '2020-12-31' },
  );
  const promise = set.promises[0]!;
  const evaluate = evaluatorFor('count');

  it('is behind pro rata within the year: 2 of 12 in late November 2019', () => {
    // Wednesday 27 November 2019 is in v.48; 2019 has 52 weeks, 47 completed (see above).
    const result = evaluate(
      promise,
      set,
      activities('p', ['2019-03-05', '2019-09-10']),
      at('2019-11-27T12:00'),
    );
    expect(result).toMatchObject({ status: 'släpar', needed: 10 });
    expect(result.currentUnit).toMatchObject({ label: '2019', count: 2 });
    expect(result.alerts.map((a) => a.message)).toEqual([
      '8 trafikkontroller behövs i 2019 för att komma i fas (10 kvar på 5 veckor)',
    ]);
  });

  it('a new year starts over: 0 of 12 in its second week is in fas', () => {
    // 12 in 2019; Wednesday 8 January 2020 is in v.2: 1 of 53 weeks completed, expected 12 / 53 = 0,23.
    const year = activities(
      'p',
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2019-${m}-10`),
    );
    const result = evaluate(promise, set, year, at('2020-01-08T12:00'));
    expect(result).toMatchObject({ status: 'i fas', alerts: [] });
    expect(evaluate(promise, set, [], at('2020-01-08T12:00')).alerts.map((a) => a.code)).toEqual([
      'window-broken',
    ]);
  });
});

describe('a per-month target', () => {
  const set = singlePromiseSet({
    words: ['trafikkontroll'],
    rule: { kind: 'count', target: 4, per: 'month' },
  });
  const promise = set.promises[0]!;
  const evaluate = evaluatorFor('count');
  const march = activities('p', ['2018-01-03', '2018-01-10', '2018-01-17', '2018-01-24']);
  const feb = activities('p', ['2018-02-07', '2018-02-14', '2018-02-21', '2018-02-28']);
  const marchDone = activities('p', ['2018-03-07', '2018-03-14', '2018-03-21', '2018-03-28']);
  const before = [...march, ...feb, ...marchDone];

  it('is behind pro rata mid-month and back in fas with what is needed', () => {
    // April 2018 holds v.14–v.17 (2–29 April). Wednesday 18 April (v.16): 2 of 4 weeks completed,
    // expected 4 × 2 / 4 = 2; 0 done is 2 behind, 2 bring it to 0 behind.
    const none = evaluate(promise, set, before, at('2018-04-18T12:00'));
    expect(none).toMatchObject({ status: 'släpar', needed: 4 });
    expect(none.alerts.map((a) => a.message)).toEqual([
      '2 trafikkontroller behövs i april för att komma i fas (4 kvar på 2 veckor)',
    ]);
    const one = evaluate(promise, set, [...before, activity('p', '2018-04-04')], at('2018-04-18T12:00'));
    expect(one.status).toBe('släpar'); // 1 done is exactly one behind
    const two = [...before, ...activities('p', ['2018-04-04', '2018-04-11'])];
    expect(evaluate(promise, set, two, at('2018-04-18T12:00'))).toMatchObject({
      status: 'i fas',
      alerts: [],
    });
  });
});

describe('coverage of places', () => {
  const villages = Array.from({ length: 12 }, (_, i) => ({ id: `by${i + 1}`, name: `By ${i + 1}` }));
  const setOf = (rule: Record<string, unknown>) =>
    promiseSetSchema.parse({
      key: 'byar',
      title: 'Byarna',
      municipality: 'Testkommun',
      policeArea: 'Testområde',
      period: { start: '2018-01-01', end: '2018-12-31' },
      reportDue: '2018-12-31',
      places: villages,
      promises: [
        {
          id: 'byar',
          category: 'Landsbygd',
          title: 'Besöka varje by',
          text: 'Polisen besöker varje by under året.',
          words: ['bybesök'],
          rule: { kind: 'coverage', places: villages.map((v) => v.id), ...rule },
        },
      ],
    });
  const visit = (n: number, date: string) => activity('byar', date, { place: `by${n}` });

  it('is behind when the villages left outnumber the weeks left', () => {
    const set = setOf({});
    // Wednesday 17 October 2018 is in v.42: 41 of 52 weeks completed, 11 left (this one included).
    const none = computeStatus(set, [], at('2018-10-17T12:00')).promises[0]!;
    expect(none.status).toBe('släpar');
    expect(none.alerts.map((a) => a.message)).toEqual([
      '12 besök kvar på 11 veckor: By 1, By 2, By 3, By 4, By 5, By 6, By 7, By 8, By 9, By 10, By 11, By 12, senast mån 31 december',
    ]);
    const one = computeStatus(set, [visit(1, '2018-10-02')], at('2018-10-17T12:00')).promises[0]!;
    expect(one).toMatchObject({ status: 'i fas', alerts: [] });
    // Two visits a week: 12 fit in 11 weeks.
    expect(computeStatus(setOf({ perWeek: 2 }), [], at('2018-10-17T12:00')).promises[0]!.status).toBe(
      'i fas',
    );
  });

  it('is släpar with a village still unvisited four days before the end', () => {
    const set = setOf({});
    const eleven = Array.from({ length: 11 }, (_, i) => visit(i + 1, `2018-0${(i % 9) + 1}-10`));
    const ps = computeStatus(set, eleven, at('2018-12-27T12:00')).promises[0]!;
    expect(ps.status).toBe('släpar');
    expect(ps.alerts.map((a) => a.message)).toEqual(['Kvar att täcka: By 12, senast mån 31 december']);
    expect(
      computeStatus(set, [...eleven, visit(12, '2018-12-20')], at('2018-12-27T12:00')).promises[0]!.status,
    ).toBe('uppfyllt');
  });
});

describe('deliverables', () => {
  it('a deadline is behind once due this week or next with nothing planned', () => {
    const set = singlePromiseSet({ words: ['rapport'], rule: { kind: 'deadline', due: '2018-06-15' } });
    // Friday 15 June is in v.24: Wednesday 30 May (v.22) is two weeks away, Wednesday 6 June (v.23) one.
    expect(computeStatus(set, [], at('2018-05-30T12:00')).promises[0]!.status).toBe('i fas');
    expect(computeStatus(set, [], at('2018-06-06T12:00')).promises[0]!.status).toBe('släpar');
    const planned = activity('p', '2018-06-12', { planned: true });
    expect(computeStatus(set, [planned], at('2018-06-06T12:00')).promises[0]!.status).toBe('i fas');
  });

  it('a milestone done twice in the year is behind a whole one behind pro rata', () => {
    const set = singlePromiseSet({ words: ['trygghetsvandring'], rule: { kind: 'milestone', times: 2 } });
    // Wednesday 4 July 2018 is in v.27: 26 of 52 weeks completed, expected 2 × 26 / 52 = 1.
    expect(computeStatus(set, [], at('2018-06-27T12:00')).promises[0]!.status).toBe('i fas');
    expect(computeStatus(set, [], at('2018-07-04T12:00')).promises[0]!.status).toBe('släpar');
    const one = activity('p', '2018-05-15');
    expect(computeStatus(set, [one], at('2018-07-04T12:00')).promises[0]!.status).toBe('i fas');
  });
});

describe('a conditional need', () => {
  const set = singlePromiseSet({
    words: ['trygghetsvandring'],
    rule: { kind: 'count', target: 1 },
    conditional: { trigger: 'Om det uppkommer önskemål', respondWithinWeeks: 2 },
  });
  // Noted Wednesday 2 May: to be answered by Wednesday 16 May.
  const need = activity('p', '2018-05-02', { count: 0 });

  it('is behind when its answer is due within a week and nothing is done or planned', () => {
    expect(computeStatus(set, [need], at('2018-05-08T12:00')).promises[0]!.status).toBe('i fas'); // 8 days
    expect(computeStatus(set, [need], at('2018-05-09T12:00')).promises[0]!.status).toBe('släpar'); // 7 days
    const planned = activity('p', '2018-05-14', { planned: true });
    expect(computeStatus(set, [need, planned], at('2018-05-09T12:00')).promises[0]!.status).toBe('i fas');
  });
});

describe('a need noted near the end of the period', () => {
  const set = singlePromiseSet({
    words: ['trygghetsvandring'],
    rule: { kind: 'count', target: 1 },
    conditional: { trigger: 'Om det uppkommer önskemål', respondWithinWeeks: 4 },
  });

  it('is due by the period’s last day, and says so', () => {
    // Noted Monday 10 December 2018: four weeks would be 7 January 2019, after the period.
    const ps = computeStatus(set, [activity('p', '2018-12-10', { count: 0 })], at('2018-12-12T12:00'))
      .promises[0]!;
    expect(ps.alerts.map((a) => [a.message, a.by])).toEqual([
      // The count inside: Wednesday 12 December (v.50), 3 weeks left, 1 to do.
      ['1 trygghetsvandring kvar på 3 veckor: senast 31 december 2018', '2018-12-31'],
      [
        'Om det uppkommer önskemål (mån 10 december) väntar på svar: trygghetsvandring senast mån 31 december (periodens sista dag)',
        '2018-12-31',
      ],
    ]);
  });
});
