// Outcomes for each rule kind at the end of a year, against hand-computed cases. 2020 has 53 ISO
// weeks: week 1 starts Monday 30 December 2019 and week 53 ends Sunday 3 January 2021, so its
// first and last days lie outside the period and must not count.
import { describe, expect, it } from 'vitest';
import { type PromiseSetDef, promiseSetSchema } from '../../../../src/domain/promise-set/schema.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import type { Activity } from '../../../../src/domain/types.ts';

const set2020: PromiseSetDef = promiseSetSchema.parse({
  key: 'test-2020',
  title: 'Medborgarlöfte 2020',
  municipality: 'Testby kommun',
  policeArea: 'Lokalpolisområde Test',
  period: { start: '2020-01-01', end: '2020-12-31' },
  reportDue: '2021-01-31',
  places: [{ id: 'torget', name: 'Torget' }],
  promises: [
    {
      id: 'kontakt',
      category: 'Närvaro',
      title: 'Medborgarkontakt',
      text: 't',
      words: ['medborgarkontakt'],
      rule: { kind: 'weekly-average', target: 1 },
    },
    {
      id: 'helg',
      category: 'Närvaro',
      title: 'Helgbemanning',
      text: 't',
      words: ['helgbemanning'],
      rule: { kind: 'every-n-weeks', weeks: 3 },
    },
    {
      id: 'trafik',
      category: 'Trafik',
      title: 'Trafikinsatser',
      text: 't',
      words: ['trafikinsats'],
      rule: { kind: 'count', target: 4 },
    },
    {
      id: 'patrull',
      category: 'Närvaro',
      title: 'Fotpatrull',
      text: 't',
      words: ['fotpatrull'],
      rule: { kind: 'regular', weeks: 4 },
    },
    {
      id: 'summering',
      category: 'Uppföljning',
      title: 'Sammanställning',
      text: 't',
      words: ['sammanställning'],
      rule: { kind: 'deadline', due: '2021-01-31' },
    },
  ],
});

/** Local date of a weekday (0 = Monday) of an ISO week of 2020 (week 1 starts 2019-12-30). */
function day2020(week: number, weekday: number): string {
  return new Date(Date.UTC(2019, 11, 30 + (week - 1) * 7 + weekday)).toISOString().slice(0, 10);
}

let n = 0;
function act(promise: string, date: string, extra: Partial<Activity> = {}): Activity {
  n++;
  return {
    id: `x${String(n).padStart(4, '0')}`,
    setKey: 'test-2020',
    promiseIds: [promise],
    date,
    time: null,
    place: 'torget',
    count: 1,
    partners: [],
    targetGroups: [],
    methods: [],
    participants: ['console:anna'],
    note: null,
    planned: false,
    figures: {},
    userId: 'console:anna',
    platform: 'console',
    loggedAt: `${date}T18:00:00Z`,
    ...extra,
  };
}

const afterYear = new Date('2021-01-15T08:00:00Z');
const afterDue = new Date('2021-02-01T08:00:00Z');
const report = (activities: Activity[], now = afterYear) => buildReport(set2020, activities, now);
const promise = (activities: Activity[], id: string, now = afterYear) =>
  report(activities, now).promises.find((p) => p.id === id)!;

describe('report outcomes at the end of 2020 (53 ISO weeks)', () => {
  it('week 1 of 2020 opens on 2019-12-30 and week 53 closes on 2021-01-03', () => {
    expect(day2020(1, 0)).toBe('2019-12-30');
    expect(day2020(53, 3)).toBe('2020-12-31');
    const weeks = report([]).contacts!.weeks;
    expect(weeks).toHaveLength(53);
    expect(weeks.at(-1)).toMatchObject({ year: 2020, week: 53, start: '2020-12-28' });
  });

  describe('weekly average', () => {
    const everyWednesday = Array.from({ length: 53 }, (_, i) => act('kontakt', day2020(i + 1, 2)));

    it('53 contacts in 53 weeks (1 January and 30 December included) is uppfyllt', () => {
      const p = promise(everyWednesday, 'kontakt');
      expect(p.outcome).toBe('uppfyllt');
      expect(p.figures[0]).toBe('53 medborgarkontakter på 53 veckor, snitt 1 per vecka (mål 1)');
    });

    it('52 in 53 weeks is 0,98 a week: delvis uppfyllt, and days of week 53 in 2021 do not count', () => {
      const activities = [
        ...everyWednesday.slice(1),
        act('kontakt', '2021-01-02'),
        act('kontakt', '2019-12-31'),
      ];
      const p = promise(activities, 'kontakt');
      expect(p.outcome).toBe('delvis uppfyllt');
      expect(p.figures[0]).toBe('52 medborgarkontakter på 53 veckor, snitt 0,98 per vecka (mål 1)');
    });

    it('26 in 53 weeks is under half the target: ej uppfyllt', () => {
      const p = promise(everyWednesday.slice(0, 26), 'kontakt');
      expect(p.outcome).toBe('ej uppfyllt');
      expect(p.figures[0]).toContain('snitt 0,49 per vecka');
    });
  });

  describe('every third week', () => {
    const third = (weeks: number[]) => weeks.map((w) => act('helg', day2020(w, w === 53 ? 3 : 5)));
    const everyThird = [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51];

    it('weeks 3, 6, …, 51 keep all 51 windows: uppfyllt', () => {
      const p = promise(third(everyThird), 'helg');
      expect(p.outcome).toBe('uppfyllt');
      expect(p.figures).toEqual([
        '17 bemannade helger, längsta glapp två veckor',
        '51 av 51 perioder om 3 veckor hölls',
      ]);
    });

    it('stopping at week 50 breaks the last window, weeks 51–53: delvis uppfyllt', () => {
      const p = promise(third([...everyThird.slice(0, -1), 50]), 'helg');
      expect(p.outcome).toBe('delvis uppfyllt');
      expect(p.figures).toContain('50 av 51 perioder om 3 veckor hölls');
      // A report on 2020 is worded in 2020's frame: the span into 2021 names both years.
      expect(p.figures).toContain('Utan helgbemanning: v.51–53 (14 december 2020–3 januari 2021)');
    });

    it('week 53 is covered by its Thursday, 31 December, the last day of the period', () => {
      const p = promise(third([...everyThird.slice(0, -1), 50, 53]), 'helg');
      expect(p.outcome).toBe('uppfyllt');
    });
  });

  describe('count', () => {
    const dates = ['2020-03-13', '2020-06-12', '2020-09-18', '2020-12-31'];
    it.each([
      [4, 'uppfyllt', '4 av 4 trafikinsatser'],
      [2, 'delvis uppfyllt', '2 av 4 trafikinsatser'],
      [1, 'ej uppfyllt', '1 av 4 trafikinsatser'],
    ])('%i of 4 (the last on 31 December) is %s', (k, outcome, figure) => {
      const p = promise(
        dates.slice(4 - k).map((d) => act('trafik', d)),
        'trafik',
      );
      expect(p.outcome).toBe(outcome);
      expect(p.figures[0]).toBe(figure);
    });

    it('one on 1 January 2021 is outside the period', () => {
      const p = promise(
        [...dates.slice(1), '2021-01-01'].map((d) => act('trafik', d)),
        'trafik',
      );
      expect(p.outcome).toBe('delvis uppfyllt');
      expect(p.count).toBe(3);
    });
  });

  describe('regular (never four weeks without)', () => {
    it('every fourth week through week 53 is uppfyllt', () => {
      const weeks = [1, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52];
      const p = promise(
        weeks.map((w) => act('patrull', day2020(w, 2))),
        'patrull',
      );
      expect(p.outcome).toBe('uppfyllt');
      expect(p.figures[0]).toBe(
        '14 tillfällen med fotpatrull under 14 av 53 veckor, längsta uppehåll tre veckor (gräns 4 veckor)',
      );
    });

    it('stopping in week 49 leaves weeks 50–53 silent: delvis uppfyllt', () => {
      const weeks = [1, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 49];
      const p = promise(
        weeks.map((w) => act('patrull', day2020(w, 2))),
        'patrull',
      );
      expect(p.outcome).toBe('delvis uppfyllt');
      expect(p.figures[0]).toContain('längsta uppehåll fyra veckor');
    });
  });

  describe('deadline after the period', () => {
    it('still running on 15 January 2021, then ej uppfyllt after 31 January', () => {
      expect(promise([], 'summering').verdict).toBe('i fas, pågår till 31 januari 2021');
      expect(promise([], 'summering', afterDue).outcome).toBe('ej uppfyllt');
    });

    it('delivered on 20 January 2021 is uppfyllt at once', () => {
      const p = promise([act('summering', '2021-01-20')], 'summering', new Date('2021-01-25T08:00:00Z'));
      expect(p.verdict).toBe('uppfyllt');
      expect(p.figures[0]).toBe('Klar ons 20 januari 2021 (senast 31 januari 2021)');
    });
  });
});
