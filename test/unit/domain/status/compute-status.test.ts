import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { renderStatusLine } from '../../../../src/domain/status/render-status-line.ts';
import { statusWords } from '../../../../src/domain/status/status-words.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { activities, activity, loadOverkalix, MONDAY_W12 } from './fixtures.ts';

const set = loadOverkalix();

function promise(status: ReturnType<typeof computeStatus>, id: string) {
  const found = status.promises.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

// The acceptance scenario: ten weeks of contacts in Centrum, staffing in weeks 2, 5 and 8.
const tenWeeks: Activity[] = [
  ...activities('medborgarkontakt', [
    '2018-01-03',
    '2018-01-10',
    '2018-01-17',
    '2018-01-24',
    '2018-01-31',
    '2018-02-07',
    '2018-02-14',
    '2018-02-21',
    '2018-02-28',
    '2018-03-07',
  ]),
  ...activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24']),
];

describe('computeStatus', () => {
  it('gives every promise of the set, with the week and the period', () => {
    const status = computeStatus(set, tenWeeks, MONDAY_W12);
    expect(status.promises.map((p) => p.id)).toEqual(set.promises.map((p) => p.id));
    expect(status).toMatchObject({
      asOf: '2018-03-19T07:00:00.000Z',
      today: '2018-03-19',
      setKey: 'overkalix-2018',
      period: { start: '2018-01-01', end: '2018-12-31' },
      currentWeek: { year: 2018, week: 12, label: 'v.12', start: '2018-03-19', end: '2018-03-25' },
      ended: false,
    });
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });

  it('alerts on the slipping average and the broken staffing window, naming weeks', () => {
    const status = computeStatus(set, tenWeeks, MONDAY_W12);
    const contact = promise(status, 'medborgarkontakt');
    expect(contact).toMatchObject({
      status: 'släpar',
      count: 10,
      target: 1,
      needed: 1,
      unit: 'medborgarkontakter',
    });
    expect(renderStatusLine(contact, statusWords(status))).toBe(
      '10 på 11 veckor, snitt 0,9/v (mål 1/v), släpar',
    );
    const staffing = promise(status, 'helgbemanning');
    expect(staffing.status).toBe('släpar');
    expect(staffing.alerts[0]?.message).toMatch(/v\.12 \(24–25 mars\)/);
    expect(renderStatusLine(staffing, statusWords(status))).toBe(
      'senast v.8, nästa senast v.12 (24–25 mars) · 1 av 50 perioder missade · släpar',
    );
  });

  it('reports watched places and flags the silent ones', () => {
    const contact = promise(computeStatus(set, tenWeeks, MONDAY_W12), 'medborgarkontakt');
    expect(contact.watchedPlaces.map((p) => [p.place, p.weeks])).toEqual([
      ['centrum', 1],
      ['skolan', 11],
      ['ungdomsgarden', 11],
      ['foretag', 11],
    ]);
    expect(contact.silentPlaces.map((p) => p.name)).toEqual(['Skolan', 'Ungdomsgården', 'Företag']);
    expect(contact.alerts.map((a) => a.message)).toContain(
      'Ingen medborgarkontakt i Skolan på 11 veckor: gör en där denna vecka (v.12, 19–25 mars)',
    );
  });

  it("lets a place planned this week silence that place's warning", () => {
    const planned = activity('medborgarkontakt', '2018-03-22', { planned: true, place: 'skolan' });
    const contact = promise(computeStatus(set, [...tenWeeks, planned], MONDAY_W12), 'medborgarkontakt');
    expect(contact.silentPlaces.map((p) => p.place)).toContain('skolan');
    expect(contact.alerts.map((a) => a.message).filter((m) => m.includes('Skolan'))).toEqual([]);
    expect(contact.alerts.map((a) => a.message).filter((m) => m.includes('Företag'))).toHaveLength(1);
  });

  it('lists planned activities without counting them', () => {
    const planned = activity('narkotikainsats', '2018-04-14', { planned: true, place: 'ungdomsgarden' });
    const past = activity('narkotikainsats', '2018-03-01', { planned: true });
    const narcotics = promise(computeStatus(set, [planned, past], MONDAY_W12), 'narkotikainsats');
    expect(narcotics.count).toBe(0);
    expect(narcotics.planned).toEqual([{ date: '2018-04-14', place: 'ungdomsgarden' }]);
  });

  it('says when logged activities lack the required partner', () => {
    const risk = promise(computeStatus(set, [activity('riskkvall', '2018-02-16')], MONDAY_W12), 'riskkvall');
    expect(risk.count).toBe(0);
    expect(risk.missingPartner).toBe(1);
    expect(risk.alerts.map((a) => a.code)).toEqual(['missing-partner']);
    expect(risk.alerts[0]?.message).toContain('Socialtjänsten');
  });

  it('sums result figures of the counted activities', () => {
    const done = [
      activity('trafikinsats', '2018-02-01', { figures: { fordon: 40, alkotest: 38 } }),
      activity('trafikinsats', '2018-03-01', { figures: { fordon: 25 } }),
    ];
    expect(promise(computeStatus(set, done, MONDAY_W12), 'trafikinsats').figureTotals).toEqual({
      fordon: 65,
      alkotest: 38,
    });
  });

  it('turns statuses into outcomes once the period has ended, the summary still running', () => {
    const year = [
      ...activities('trafikinsats', ['2018-04-01', '2018-09-01']),
      ...activities('narkotikainsats', ['2018-04-01', '2018-12-31']),
    ];
    const status = computeStatus(set, year, new Date('2019-01-10T08:00:00+01:00'));
    expect(status.ended).toBe(true);
    expect(promise(status, 'trafikinsats')).toMatchObject({
      status: 'ej uppfyllt',
      outcome: 'delvis uppfyllt',
    });
    expect(promise(status, 'narkotikainsats')).toMatchObject({ status: 'uppfyllt', outcome: 'uppfyllt' });
    expect(promise(status, 'aktivitetsdag')).toMatchObject({ status: 'ej uppfyllt', outcome: 'ej uppfyllt' });
    expect(promise(status, 'sammanstallning').status).toBe('i fas');
    expect(renderStatusLine(promise(status, 'trafikinsats'), statusWords(status))).toBe(
      '2 av 4 · delvis uppfyllt',
    );
    for (const p of status.promises.filter((q) => q.kind !== 'deadline')) {
      expect(['uppfyllt', 'ej uppfyllt']).toContain(p.status);
    }
  });

  it('moves from i fas to släpar to uppfyllt as weeks pass and work is logged', () => {
    const one = activities('trafikinsats', ['2018-02-01']);
    expect(promise(computeStatus(set, one, MONDAY_W12), 'trafikinsats').status).toBe('i fas');
    // Monday of week 27: 4 × 26/52 = 2 expected, a whole one more than done.
    expect(
      promise(computeStatus(set, one, new Date('2018-07-02T08:00:00+02:00')), 'trafikinsats').status,
    ).toBe('släpar');
    const four = [...one, ...activities('trafikinsats', ['2018-07-03', '2018-07-04', '2018-07-05'])];
    expect(
      promise(computeStatus(set, four, new Date('2018-07-09T08:00:00+02:00')), 'trafikinsats').status,
    ).toBe('uppfyllt');
  });
});
