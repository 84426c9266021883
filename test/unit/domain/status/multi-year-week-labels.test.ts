// issue 19, wording: in a multi-year set every week and date carries its year, in /status and in the
// digest, for every kind that names weeks or dates: every N weeks ("2020: senast v.2" read as if v.2
// of any year), every N months, coverage per year and milestones.
//
// The calendar, worked by hand:
// - v.1 2019 is Monday 31 December 2018 – Sunday 6 January 2019; 2019 has 52 ISO weeks.
// - v.1 2020 is Monday 30 December 2019 – Sunday 5 January 2020; 2020 has 53 weeks (v.53 is
//   28 December 2020 – 3 January 2021).
// - v.2 2020 holds Wednesday 8 January; v.25 2020 is 15–21 June; v.26 2020 is 22–28 June (its weekend
//   27–28 June); v.28 2020 is 6–12 July (its weekend 11–12 July).
// - Tuesday 31 December 2019 lies in v.1 2020 (its Thursday is 2 January 2020).
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { composeDigest } from '../../../../src/domain/digest/compose-digest.ts';
import { renderDigest } from '../../../../src/domain/digest/render-digest.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';

const promise = (id: string, title: string, word: string, rule: string) => `
  - id: ${id}
    category: Trygghet
    title: ${title}
    text: ${title}.
    words: [${word}]
    rule: ${rule}`;

const loaded = loadPromiseFile(`key: flerar
format: 2
title: Medborgarlöften 2019–2020
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: 2020-12-31, resetsEach: year }
reportDue: 2021-01-31
places:
  - { id: aby, name: Aby, group: by }
  - { id: bby, name: Bby, group: by }
  - { id: cby, name: Cby, group: by }
promises:${[
  promise('helg', 'Helg', 'helgbemanning', '{ kind: every-n-weeks, weeks: 3 }'),
  promise(
    'foreningar',
    'Föreningsbesök',
    'föreningsbesök',
    '{ kind: count, target: 1, every: { months: 2 } }',
  ),
  promise('byar', 'Bybesök', 'bybesök', '{ kind: coverage, group: by, per: year }'),
  promise('plan', 'Plan', 'plan', '{ kind: milestone }'),
  promise('rapport', 'Rapport', 'rapport', '{ kind: milestone, due: 2019-12-31 }'),
].join('')}
`);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const set: PromiseSetDef = loaded.value;

const entry = (id: string, date: string, place = 'aby') => buildActivity(id, date, { place });
const ledger: Activity[] = [
  // Helg: v.1 2019, v.49 2019, v.2 2020 and v.25 2020.
  entry('helg', '2019-01-02'),
  entry('helg', '2019-12-04'),
  entry('helg', '2020-01-08'),
  entry('helg', '2020-06-17'),
  entry('foreningar', '2019-02-10'),
  entry('foreningar', '2020-01-10'),
  entry('byar', '2019-03-01', 'aby'),
  entry('byar', '2019-04-01', 'bby'),
  entry('byar', '2020-02-01', 'cby'),
  entry('plan', '2019-05-05'),
];

function at(local: string) {
  const now = parseNow(local, set.timeZone);
  const status = computeStatus(set, ledger, now);
  const lines = renderStatus(set, status).text.split('\n');
  const digest = renderDigest(composeDigest(set, status, now)).text.split('\n');
  return { lines, digest };
}

/** The /status line of a promise (its title first) and its alert lines below it. */
const block = (lines: string[], title: string) => {
  const i = lines.findIndex((l) => l.startsWith(`${title}:`));
  const rest = lines.slice(i + 1);
  const end = rest.findIndex((l) => !l.startsWith('  '));
  return [lines[i], ...rest.slice(0, end < 0 ? rest.length : end).map((l) => l.trim())];
};

describe('a two-year set names the year of every week and date', () => {
  it('every N weeks: the last and next week and the weeks without, in /status and the digest', () => {
    // Monday 22 June 2020 (v.26): 2020's completed weeks are v.1–25. Three-week runs ending by v.25:
    // v.1–3 … v.23–25 = 23; kept are those holding v.2 (v.1–3, v.2–4) or v.25 (v.23–25): 3, so
    // 20 broken, of 53 − 3 + 1 = 51 in the year. Last one v.25, next due by v.25 + 3 = v.28.
    // 2019: 52 − 3 + 1 = 50 runs; kept are those holding v.1 (v.1–3) or v.49 (v.47–49, v.48–50,
    // v.49–51): 4 of 50, under half → ej uppfyllt.
    const { lines, digest } = at('2020-06-22T08:00');
    expect(block(lines, 'Helg')).toEqual([
      'Helg: 2020: senast v.25 2020, nästa senast v.28 2020 (11–12 juli) · 20 av 51 perioder missade · släpar · 2019: ej uppfyllt (4 av 50 perioder om 3 veckor)',
      '⚠ Helgbemanning saknades v.3–24 2020: 20 av 51 perioder om 3 veckor utan',
    ]);
    // The broken runs cannot be repaired: the digest lists them under "Att känna till".
    expect(digest).toContain(
      'Helg: 2020: senast v.25 2020, nästa senast v.28 2020 (11–12 juli) · 20 av 51 perioder missade · släpar',
    );
    expect(digest).toContain('  Helgbemanning saknades v.3–24 2020: 20 av 51 perioder om 3 veckor utan');
  });

  it('every N weeks overdue: "sedan v.2 2020", "senast v.5 2020", "denna vecka, v.26 2020"', () => {
    // Without the v.25 entry the last one is v.2 2020: due by v.2 + 3 = v.5, passed; the one due
    // now is this week's, v.26 (its weekend 27–28 June).
    const now = parseNow('2020-06-22T08:00', set.timeZone);
    const status = computeStatus(
      set,
      ledger.filter((a) => a.date !== '2020-06-17'),
      now,
    );
    const text = renderStatus(set, status).text;
    expect(text).toContain(
      'Ingen helgbemanning sedan v.2 2020: senast v.5 2020 har passerat. Nästa helgbemanning behövs denna vecka, v.26 2020 (27–28 juni)',
    );
    expect(renderDigest(composeDigest(set, status, now)).text).toContain(
      '⚠ Helg — 2020: senast v.2 2020, nästa senast v.26 2020 (27–28 juni)',
    );
  });

  it('every N months: each run of months with its year', () => {
    // 2019: runs Jan–Feb … Nov–Dec = 11, kept those holding February (Jan–Feb, Feb–Mar): 2 of 11.
    // 2020: kept Jan–Feb (10 January); ended and short by 22 June: Feb–Mar, Mar–Apr, Apr–May; the
    // current run May–June holds 0 of 1. Both years: 3 of 22.
    const { lines, digest } = at('2020-06-22T08:00');
    expect(block(lines, 'Föreningsbesök')).toEqual([
      'Föreningsbesök: maj–juni 2020: 0 av 1 · 3 av 22 uppfyllda · släpar · 2019: ej uppfyllt (2 av 11 perioder om 2 månader)',
      '⚠ För få föreningsbesök under februari–mars 2020, mars–april 2020, april–maj 2020: minst 1 föreningsbesök på 2 månader i följd',
    ]);
    expect(digest).toContain('Föreningsbesök: maj–juni 2020: 0 av 1 · 3 av 22 uppfyllda · släpar');
  });

  it('coverage per year and a milestone: the members’ year and the due day with its year', () => {
    // Monday 21 December 2020 (v.52): 2020 has seen Cby only (1 of 3), ten days left → släpar;
    // 2019 saw Aby and Bby (2 of 3, at least half) → delvis uppfyllt. The year's plan (a milestone
    // without due: one each year, by 31 December) was done 5 May 2019, not yet in 2020.
    const { lines, digest } = at('2020-12-21T08:00');
    expect(block(lines, 'Bybesök')).toEqual([
      'Bybesök: 2020: 1 av 3 täckta · släpar · 2019: delvis uppfyllt (2 av 3 täckta)',
      '→ Kvar att täcka: Aby (2020), Bby (2020), senast tor 31 december 2020',
    ]);
    expect(digest).toContain(
      '• Kvar att täcka: Aby (2020), Bby (2020), senast tor 31 december 2020 (v.53 2020)',
    );
    // The year is said once, with the day; 31 December 2020 lies in v.53 2020.
    expect(block(lines, 'Plan')).toEqual([
      'Plan: senast tor 31 december 2020 · släpar · 2019: uppfyllt (klar 5 maj 2019)',
      '→ Plan senast tor 31 december 2020 (v.53): inte klar än',
    ]);
    expect(digest).toContain('• Plan senast tor 31 december 2020 (v.53): inte klar än');
  });

  it('a milestone due on a day whose week is the next year’s names that week’s year', () => {
    // Monday 23 December 2019: the report is due Tuesday 31 December 2019, which lies in v.1 2020.
    const { lines, digest } = at('2019-12-23T08:00');
    expect(block(lines, 'Rapport')).toEqual([
      'Rapport: senast tis 31 december 2019 · släpar',
      '→ Rapport senast tis 31 december 2019 (v.1 2020): inte klar än',
    ]);
    expect(digest).toContain('• Rapport senast tis 31 december 2019 (v.1 2020): inte klar än');
  });
});
