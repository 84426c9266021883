import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../../../helpers/evaluate-kind.ts';
import { activity, commitmentOf, loadOverkalix } from '../status/fixtures.ts';

const evaluateDeadline = evaluatorFor('deadline');

const set = loadOverkalix();
const summary = commitmentOf(set, 'sammanstallning'); // due 2019-01-31, reminders from 2019-01-01

describe('deadline', () => {
  it('is i fas before the due date, without reminders before January', () => {
    const result = evaluateDeadline(summary, set, [], new Date('2018-12-10T08:00:00+01:00'));
    expect(result).toMatchObject({ status: 'i fas', count: 0, alerts: [] });
  });

  it('reminds in January, after the period itself has ended', () => {
    const result = evaluateDeadline(summary, set, [], new Date('2019-01-14T08:00:00+01:00'));
    expect(result.status).toBe('i fas');
    expect(result.alerts.map((a) => a.message)).toEqual([
      'Sammanställning senast tor 31 januari 2019 (v.5): inte klar än',
    ]);
  });

  it('is uppfyllt when logged on or before the due date', () => {
    const onTheDay = activity('sammanstallning', '2019-01-31');
    const result = evaluateDeadline(summary, set, [onTheDay], new Date('2019-02-04T08:00:00+01:00'));
    expect(result).toMatchObject({ status: 'uppfyllt', outcome: 'uppfyllt', doneDate: '2019-01-31' });
  });

  it('is ej uppfyllt after the due date without one; a late one does not count', () => {
    const late = activity('sammanstallning', '2019-02-01');
    const result = evaluateDeadline(summary, set, [late], new Date('2019-02-04T08:00:00+01:00'));
    expect(result).toMatchObject({ status: 'ej uppfyllt', outcome: 'ej uppfyllt', count: 0 });
  });
});
