// issue 19: `after` a milestone done once a year, a weekly average, a coverage and a count over the
// period are paced in each year from that year's done day: the weeks before it are not the group's to fill, as no entry in
// them counts.
import { describe, expect, it } from 'vitest';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

/** A 2019–2021 set judged year by year: a mapping once a year, and `dependent` (with `after`) and its places. */
const afterMapping = (key: string, dependent: string, places = '') =>
  createSetFixture(`key: ${key}
format: 2
title: Medborgarlöfte 2019–2021
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: 2021-12-31, resetsEach: year }
reportDue: 2022-01-31
${places}promises:
  - id: kartlaggning
    category: Narkotika
    title: Kartläggning
    text: Varje år en kartläggning av narkotikasituationen.
    words: [kartläggning]
    rule: { kind: milestone }
${dependent}`);

const { set, act, statusOf } = afterMapping(
  'ordning-ar-snitt',
  `  - id: insatser
    category: Narkotika
    title: Insatser efter kartläggningen
    text: Därefter i snitt en riktad insats i veckan.
    words: [riktad insats]
    rule: { kind: weekly-average, target: 1 }
    after: kartlaggning
`,
);

describe('a weekly average after a milestone done once a year', () => {
  it('averages the year over the weeks from its done day', () => {
    const ledger = [
      act('kartlaggning', '2019-03-01'),
      act('kartlaggning', '2020-05-04'),
      ...['05-05', '05-12', '05-19', '05-26', '06-02', '06-09', '06-16', '06-23'].map((d) =>
        act('insatser', `2020-${d}`),
      ),
    ];
    const ps = statusOf(ledger, '2020-07-01T12:00', 'insatser');
    // 1 July 2020 (Wednesday of v.27), mapped 4 May (Monday of v.19), one operation each week v.19–26:
    // 8 over the 8 completed weeks since, 8/8 = 1,0 a week, the target: i fas. Averaged from 1 January
    // it would be 8 over 26 weeks, 0,3 a week, and släpar.
    expect(lineAt(set, '2020-07-01', ps)).toBe(
      'efter Kartläggning (klar 4 maj 2020) · 2020: 8 på 8 veckor, snitt 1,0/v (mål 1/v), i fas',
    );
    expect(ps.status).toBe('i fas');
  });
});

const coverage = afterMapping(
  'ordning-ar-platser',
  `  - id: besok
    category: Narkotika
    title: Besök efter kartläggningen
    text: Därefter varje plats varje år.
    words: [besök]
    places: { fromList: true }
    rule: { kind: coverage, places: [metro, kaken], per: year }
    after: kartlaggning
`,
  `places:
  - { id: metro, name: Metro }
  - { id: kaken, name: Kåken }
`,
);

describe('coverage after a milestone done once a year', () => {
  it('paces the year’s visits over the weeks from its done day', () => {
    const ledger = [
      coverage.act('kartlaggning', '2019-03-01'),
      coverage.act('kartlaggning', '2020-10-12'),
      { ...coverage.act('besok', '2020-10-13'), place: 'metro' },
    ];
    const ps = coverage.statusOf(ledger, '2020-12-09T12:00', 'besok');
    // 9 December 2020 (Wednesday of v.50), mapped 12 October (Monday of v.42), Metro visited, Kåken
    // not: the year is paced over v.42–53, 12 weeks, 8 completed, 4 left. Few weeks left in 12 is
    // min(4, ceil(12/4) = 3) = 3; 4 left is more, and 1 visit fits 4 weeks: i fas, no alert. Paced
    // from 1 January (53 weeks, few is min(4, 14) = 4) the same 4 weeks left would be few: släpar.
    expect(lineAt(coverage.set, '2020-12-09', ps)).toBe(
      'efter Kartläggning (klar 12 oktober 2020) · 2020: 1 av 2 täckta · i fas',
    );
    expect(ps.alerts).toEqual([]);
  });
});

const plain = afterMapping(
  'ordning-ar-antal',
  `  - id: insatser
    category: Narkotika
    title: Insatser efter kartläggningen
    text: Därefter minst tjugo riktade insatser under perioden.
    words: [riktad insats]
    rule: { kind: count, target: 20, per: period }
    after: kartlaggning
`,
);

describe('a count over the period after a milestone done once a year', () => {
  it('is paced over each year’s weeks from its done day', () => {
    const ledger = [
      plain.act('kartlaggning', '2019-01-01'),
      plain.act('kartlaggning', '2020-05-04'),
      ...['02-05', '03-05', '04-02', '05-07', '06-04', '08-06', '09-03', '10-01'].map((d) =>
        plain.act('insatser', `2019-${d}`),
      ),
    ];
    const ps = plain.statusOf(ledger, '2020-07-01T12:00', 'insatser');
    // 1 July 2020 (v.27). Weeks paced: 2019 all 52 (mapped 1 January); 2020 v.19–53 from the 4 May
    // mapping, 35 (v.1–18 left out); 2021 all 52, still ahead: 139, of which 52 + 8 (v.19–26) = 60
    // completed, 79 left. Expected 20 × 60/139 = 8,6; 8 logged is less than a whole one behind: i fas.
    // Paced from 1 January 2020 it would be 20 × 78/157 = 9,9, almost 2 behind: släpar.
    expect(lineAt(plain.set, '2020-07-01', ps)).toBe(
      'efter Kartläggning (klar 4 maj 2020) · 8 av 20 · 12 kvar på 79 veckor · i fas',
    );
    expect(ps.alerts).toEqual([]);
  });
});
