import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import { activities, activity, commitmentOf, loadOverkalix, MONDAY_W12 } from '../status/fixtures.ts';

const evaluateRegular = evaluatorFor('regular');

const set = loadOverkalix();
const presence = commitmentOf(set, 'narvaro'); // warn after 4 silent weeks

describe('regular', () => {
  it('is i fas within the limit and says when the next is due', () => {
    const result = evaluateRegular(
      presence,
      set,
      activities('narvaro', ['2018-01-10', '2018-02-21']),
      MONDAY_W12,
    );
    expect(result.status).toBe('i fas');
    expect(result.lastWeek?.label).toBe('v.8');
    expect(result.nextDueWeek).toMatchObject({ label: 'v.12', dates: '19–25 mars' });
    expect(result.alerts).toEqual([]);
  });

  it('warns after the configured number of silent completed weeks', () => {
    const result = evaluateRegular(
      presence,
      set,
      activities('narvaro', ['2018-01-10', '2018-02-14']),
      MONDAY_W12,
    );
    expect(result.status).toBe('släpar');
    expect(result.alerts.map((a) => a.message)).toEqual([
      'Inget loggat för närvaro på 4 veckor (senast v.7): gör en denna vecka, v.12 (19–25 mars)',
    ]);
  });

  it('is i fas again as soon as one is logged this week, and a plan silences the warning', () => {
    const done = activities('narvaro', ['2018-01-10', '2018-02-14', '2018-03-19']);
    expect(evaluateRegular(presence, set, done, new Date('2018-03-19T12:00:00+01:00')).status).toBe('i fas');
    const planned = activity('narvaro', '2018-03-22', { planned: true });
    const result = evaluateRegular(presence, set, [...done.slice(0, 2), planned], MONDAY_W12);
    expect(result.status).toBe('släpar');
    expect(result.alerts).toEqual([]);
  });

  it('judges the year by its silences: kept, or delvis uppfyllt from half the windows', () => {
    const after = new Date('2019-01-07T08:00:00+01:00');
    const monthly = Array.from({ length: 13 }, (_, i) => activity('narvaro', isoDay('2018-01-03', 28 * i)));
    expect(evaluateRegular(presence, set, monthly, after)).toMatchObject({
      status: 'uppfyllt',
      outcome: 'uppfyllt',
    });
    const firstHalf = monthly.slice(0, 7); // up to 2018-06-20, week 25
    const result = evaluateRegular(presence, set, firstHalf, after);
    expect(result.outcome).toBe('delvis uppfyllt');
    expect(result.longestGap).toBe(27);
  });
});

function isoDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
