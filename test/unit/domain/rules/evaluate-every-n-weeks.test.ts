import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import { activities, activity, commitmentOf, loadOverkalix, MONDAY_W12 } from '../status/fixtures.ts';

const evaluateEveryNWeeks = evaluatorFor('every-n-weeks');

const set = loadOverkalix();
const staffing = commitmentOf(set, 'helgbemanning'); // every 3 weeks

describe('every N weeks', () => {
  it('is a breach when a run of N weeks had none, naming the weeks', () => {
    // Staffed weekends in weeks 2, 5 and 8; weeks 9–11 had none.
    const done = activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24']);
    const result = evaluateEveryNWeeks(staffing, set, done, MONDAY_W12);
    expect(result.status).toBe('släpar');
    expect(result.lastWeek?.label).toBe('v.8');
    expect(result.nextDueWeek).toMatchObject({ label: 'v.12', weekendDates: '24–25 mars' });
    expect(result).toMatchObject({ windowsKept: 8, windowsBroken: 1, windowsTotal: 50, longestGap: 3 });
    expect(result.gaps?.map((g) => [g.from.label, g.to.label, g.weeks])).toEqual([['v.9', 'v.11', 3]]);
    expect(result.alerts).toEqual([
      {
        code: 'window-overdue',
        severity: 'breach',
        message:
          'Ingen helgbemanning sedan v.8: senast v.11 har passerat. Nästa helgbemanning behövs denna vecka, v.12 (24–25 mars)',
        by: '2018-03-25',
      },
    ]);
  });

  it('is i fas with every window kept, and warns when the latest week is next week', () => {
    const done = activities('helgbemanning', ['2018-01-13', '2018-01-27', '2018-02-17', '2018-03-10']);
    const result = evaluateEveryNWeeks(staffing, set, done, MONDAY_W12);
    expect(result.status).toBe('i fas');
    expect(result.lastWeek?.label).toBe('v.10');
    expect(result.nextDueWeek?.label).toBe('v.13');
    expect(result.alerts.map((a) => a.message)).toEqual([
      'Nästa helgbemanning senast v.13 (31 mars–1 april)',
    ]);
  });

  it('says "senast v.14 (7–8 april)" when week 14 is next', () => {
    const done = activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24', '2018-03-17']);
    const result = evaluateEveryNWeeks(staffing, set, done, new Date('2018-03-26T08:00:00+02:00'));
    expect(result.status).toBe('i fas');
    expect(result.alerts.map((a) => a.message)).toEqual(['Nästa helgbemanning senast v.14 (7–8 april)']);
  });

  it('does not warn while the latest week is further away, nor when one is planned', () => {
    const done = activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24', '2018-03-17']);
    expect(evaluateEveryNWeeks(staffing, set, done, MONDAY_W12).alerts).toEqual([]);
    const planned = activity('helgbemanning', '2018-04-07', { planned: true });
    const result = evaluateEveryNWeeks(
      staffing,
      set,
      [...done, planned],
      new Date('2018-03-26T08:00:00+02:00'),
    );
    expect(result.alerts).toEqual([]);
    expect(result.lastWeek?.label).toBe('v.11');
  });

  it('counts from the week before the period when nothing is done yet', () => {
    const result = evaluateEveryNWeeks(staffing, set, [], new Date('2018-01-08T08:00:00+01:00'));
    expect(result.nextDueWeek?.label).toBe('v.3');
    expect(result.status).toBe('i fas');
    expect(result.alerts.map((a) => a.message)).toEqual(['Nästa helgbemanning senast v.3 (20–21 januari)']);
  });

  it('stays släpar after a breach even when resumed, and a back-dated entry repairs it', () => {
    const done = activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24', '2018-03-24']);
    const now = new Date('2018-03-26T08:00:00+02:00');
    const broken = evaluateEveryNWeeks(staffing, set, done, now);
    expect(broken.status).toBe('släpar');
    expect(broken.alerts.map((a) => a.code)).toEqual(['window-broken']);
    expect(broken.alerts[0]?.message).toBe(
      'Helgbemanning saknades v.9–11: 1 av 50 perioder om 3 veckor utan',
    );
    const repaired = evaluateEveryNWeeks(
      staffing,
      set,
      [...done, activity('helgbemanning', '2018-03-10')],
      now,
    );
    expect(repaired.status).toBe('i fas');
  });

  it('gives the outcome at the end: all windows kept, or delvis from half of them', () => {
    const after = new Date('2019-01-07T08:00:00+01:00');
    // Saturdays of weeks 3, 6, …, 51.
    const all = Array.from({ length: 17 }, (_, i) =>
      activity('helgbemanning', saturdayOfWeek2018(3 + 3 * i)),
    );
    expect(evaluateEveryNWeeks(staffing, set, all, after)).toMatchObject({
      status: 'uppfyllt',
      windowsKept: 50,
    });
    const firstHalf = all.slice(0, 9); // up to week 27: windows starting in weeks 1–27 kept
    expect(evaluateEveryNWeeks(staffing, set, firstHalf, after)).toMatchObject({
      status: 'ej uppfyllt',
      outcome: 'delvis uppfyllt',
      windowsKept: 27,
    });
    expect(evaluateEveryNWeeks(staffing, set, all.slice(0, 5), after).outcome).toBe('ej uppfyllt');
  });
});

function saturdayOfWeek2018(week: number): string {
  return new Date(Date.parse('2018-01-06T00:00:00Z') + (week - 1) * 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
