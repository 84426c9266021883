import { describe, expect, it } from 'vitest';
import { createStatusBook } from '../../../../src/domain/status/compute-status.ts';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import { activities, activity, commitmentOf, loadOverkalix, MONDAY_W12 } from '../status/fixtures.ts';

const evaluateCount = evaluatorFor('count');

const set = loadOverkalix();
const traffic = commitmentOf(set, 'trafikinsats'); // at least 4
const narcotics = commitmentOf(set, 'narkotikainsats'); // at least 2
const riskEvening = commitmentOf(set, 'riskkvall'); // at least 2, with a partner

describe('count', () => {
  it('is i fas early in the year with nothing done yet', () => {
    const result = evaluateCount(narcotics, set, [], MONDAY_W12);
    expect(result).toMatchObject({ status: 'i fas', count: 0, target: 2, weeksLeft: 41, alerts: [] });
  });

  it('is behind a whole activity behind the pro-rata expectation, and names the pace', () => {
    // Monday of week 39: 38 of 52 weeks done, 4 × 38/52 ≈ 2.92 expected, 1 done.
    const result = evaluateCount(
      traffic,
      set,
      [activity('trafikinsats', '2018-05-15')],
      new Date('2018-09-24T08:00:00+02:00'),
    );
    expect(result.status).toBe('släpar');
    expect(result.weeksLeft).toBe(14);
    expect(result.needed).toBe(1);
    expect(result.alerts.map((a) => a.message)).toEqual([
      '1 trafikinsats behövs för att komma i fas (3 kvar på 14 veckor)',
    ]);
  });

  it('is not behind when less than a whole activity behind', () => {
    const done = activities('trafikinsats', ['2018-02-10', '2018-03-10']);
    const result = evaluateCount(traffic, set, done, new Date('2018-03-26T08:00:00+02:00'));
    expect(result).toMatchObject({ status: 'i fas', count: 2, weeksLeft: 40 });
  });

  it('counts exactly a whole activity behind as behind', () => {
    // Monday of week 40: 4 × 39/52 = 3 expected, 2 done.
    const done = activities('trafikinsats', ['2018-02-10', '2018-03-10']);
    const result = evaluateCount(traffic, set, done, new Date('2018-10-01T08:00:00+02:00'));
    expect(result.status).toBe('släpar');
    expect(result.needed).toBe(1);
  });

  it('warns when some remain and few weeks are left, unless planned', () => {
    const now = new Date('2018-12-10T08:00:00+01:00');
    const one = [activity('narkotikainsats', '2018-06-01')];
    const result = evaluateCount(narcotics, set, one, now);
    expect(result.status).toBe('släpar');
    expect(result.alerts.map((a) => a.message)).toEqual([
      '1 narkotikainsats kvar på 3 veckor: senast 31 december 2018',
    ]);
    const planned = activity('narkotikainsats', '2018-12-14', { planned: true });
    const withPlan = evaluateCount(narcotics, set, [...one, planned], now);
    expect(withPlan.count).toBe(1);
    expect(withPlan.alerts).toEqual([]);
  });

  it('is uppfyllt as soon as the target is reached', () => {
    const done = activities('narkotikainsats', ['2018-01-20', '2018-02-17']);
    expect(evaluateCount(narcotics, set, done, MONDAY_W12)).toMatchObject({
      status: 'uppfyllt',
      outcome: 'uppfyllt',
    });
  });

  it('counts an activity with a count of several as several', () => {
    const result = evaluateCount(
      traffic,
      set,
      [activity('trafikinsats', '2018-03-01', { count: 4 })],
      MONDAY_W12,
    );
    expect(result.count).toBe(4);
    expect(result.status).toBe('uppfyllt');
  });

  it('ends ej uppfyllt when short, delvis uppfyllt from half the target', () => {
    const after = new Date('2019-01-07T08:00:00+01:00');
    const two = activities('trafikinsats', ['2018-04-01', '2018-09-01']);
    expect(evaluateCount(traffic, set, two, after)).toMatchObject({
      status: 'ej uppfyllt',
      outcome: 'delvis uppfyllt',
    });
    expect(evaluateCount(traffic, set, two.slice(0, 1), after)).toMatchObject({
      status: 'ej uppfyllt',
      outcome: 'ej uppfyllt',
    });
  });

  it('counts 2018-12-31 as inside the 2018 period', () => {
    const four = activities('trafikinsats', ['2018-04-01', '2018-06-01', '2018-09-01', '2018-12-31']);
    expect(evaluateCount(traffic, set, four, new Date('2019-01-07T08:00:00+01:00')).outcome).toBe('uppfyllt');
    const late = activities('trafikinsats', ['2018-04-01', '2018-06-01', '2018-09-01', '2019-01-01']);
    expect(evaluateCount(traffic, set, late, new Date('2019-01-07T08:00:00+01:00')).count).toBe(3);
  });

  it('counts a partner promise only with one of its partners', () => {
    const without = activity('riskkvall', '2018-02-16');
    const withSocial = activity('riskkvall', '2018-03-02', { partners: ['socialtjansten'] });
    const withOther = activity('riskkvall', '2018-03-09', { partners: ['tullen'] });
    expect(evaluateCount(riskEvening, set, [without, withSocial, withOther], MONDAY_W12).count).toBe(1);
  });

  it('never counts planned activities', () => {
    const planned = activities('narkotikainsats', ['2018-04-01', '2018-05-01'], { planned: true });
    expect(evaluateCount(narcotics, set, planned, MONDAY_W12).count).toBe(0);
  });

  describe('on different places ("på olika platser")', () => {
    // Four traffic operations, on at least three different places.
    const spread = { ...traffic, rule: { ...traffic.rule, distinctPlaces: 3 } } as typeof traffic;
    const spreadSet = { ...set, promises: set.promises.map((p) => (p.id === spread.id ? spread : p)) };
    const at = (date: string, place: string) =>
      activity('trafikinsats', date, { place, id: `${date}-${place}` });
    const countOf = (done: ReturnType<typeof activity>[]) =>
      evaluateCount(spread, spreadSet, done, MONDAY_W12).count;

    it('counts a repeat visit only once the places are reached', () => {
      const sameSpot = [
        at('2018-02-01', 'centrum'),
        at('2018-02-08', 'centrum'),
        at('2018-02-15', 'centrum'),
      ];
      expect(countOf(sameSpot)).toBe(1);
      expect(countOf([...sameSpot, at('2018-02-22', 'skolan')])).toBe(2);
      expect(countOf([...sameSpot, at('2018-02-22', 'skolan'), at('2018-03-01', 'foretag')])).toBe(5);
    });

    it('gives the same count in the status book as entries are logged and undone', () => {
      const book = createStatusBook(spreadSet);
      const figure = () => book.status(MONDAY_W12, {}, ['trafikinsats']).promises[0]!.count;
      const done = [at('2018-02-01', 'centrum'), at('2018-02-08', 'centrum'), at('2018-02-15', 'skolan')];
      for (const a of done) book.add(a);
      expect(figure()).toBe(2);
      const third = at('2018-03-01', 'foretag');
      book.add(third);
      expect(figure()).toBe(4);
      book.remove(third);
      expect(figure()).toBe(2);
      book.remove(done[2]!);
      // Back to one place: however many visits, one counts.
      expect(figure()).toBe(1);
    });
  });
});
