// Golden digests for hand-made situations. The expected texts in test/fixtures/digest/ were read and
// checked by hand; regenerate with UPDATE_GOLDEN=1 only after a deliberate wording change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { composeDigest } from '../../../../src/domain/digest/compose-digest.ts';
import { renderDigest } from '../../../../src/domain/digest/render-digest.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { Activity, Platform } from '../../../../src/domain/types.ts';
import { activities, activity, loadOverkalix } from '../../../fixtures/digest/build-activities.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'digest');

function only(ids: string[], responsible: Record<string, string[]> = {}) {
  return loadOverkalix((set) => {
    set.promises = set.promises.filter((p) => ids.includes(p.id));
    for (const p of set.promises) p.responsible = responsible[p.id] ?? [];
  });
}

function digestText(
  set: PromiseSetDef,
  ledger: Activity[],
  now: string,
  platform: Platform = 'console',
  postponed = null as null | { from: string; holiday: string },
) {
  const instant = parseNow(now, 'Europe/Stockholm');
  const digest = composeDigest(set, computeStatus(set, ledger, instant), instant, { postponed });
  return renderDigest(digest, { platform }).text;
}

function expectGolden(name: string, text: string) {
  const file = join(fixtures, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${text}\n`);
  expect(existsSync(file), `golden file ${name}.txt`).toBe(true);
  expect(`${text}\n`).toBe(readFileSync(file, 'utf8'));
}

/** Weekly contacts on Wednesdays of the given ISO weeks of 2018, rotating through the watched places. */
function weeklyContacts(weeks: number[]): Activity[] {
  const places = ['centrum', 'skolan', 'ungdomsgarden', 'foretag'];
  return weeks.map((w, i) => {
    const day = new Date(Date.UTC(2018, 0, 3 + (w - 1) * 7)).toISOString().slice(0, 10);
    return activity('medborgarkontakt', day, { place: places[i % places.length]! });
  });
}

describe('digest content', () => {
  it('slipping average: says how many are needed this week, the pace, who, and what is planned', () => {
    const set = only(['medborgarkontakt'], { medborgarkontakt: ['slack:T1:U0AB12', 'Anna Berg'] });
    const ledger = [
      ...weeklyContacts([1, 2, 3, 4, 5, 6, 7, 8]),
      activity('medborgarkontakt', '2018-03-22', { place: 'skolan', planned: true }),
    ];
    const text = digestText(set, ledger, '2018-03-19T08:00:00', 'slack');
    expect(text).toContain('<@U0AB12>');
    expect(text).toContain('v.12');
    expectGolden('slipping-average', text);
  });

  it('closing staffing window: the next staffed weekend by week and Saturday–Sunday', () => {
    const set = only(['helgbemanning'], { helgbemanning: ['Kommunpolisen'] });
    const text = digestText(
      set,
      activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24', '2018-03-10']),
      '2018-03-19T08:00:00',
    );
    expect(text).toContain('v.13 (31 mars–1 april)');
    expectGolden('closing-window', text);
  });

  it('breach: a missed staffing window comes first, with the weekend that must be staffed now', () => {
    const set = only(['helgbemanning', 'narkotikainsats']);
    const ledger = [
      ...activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24']),
      activity('narkotikainsats', '2018-02-15'),
    ];
    const text = digestText(set, ledger, '2018-03-19T08:00:00');
    expect(text.indexOf('⚠ Helgbemanning')).toBeGreaterThan(0);
    expectGolden('breach', text);
  });

  it('behind count and few weeks left: the pace still needed, and by when', () => {
    const set = only(['trafikinsats', 'narkotikainsats'], { trafikinsats: ['Lasse Trafik'] });
    const ledger = [activity('narkotikainsats', '2018-03-01')];
    expectGolden('behind-count', digestText(set, ledger, '2018-07-02T08:00:00'));
    expectGolden('few-weeks-left', digestText(set, ledger, '2018-12-10T08:00:00'));
  });

  it('the last day of the period is said plainly, never as a next week', () => {
    const set = only(['trafikinsats', 'narkotikainsats'], { trafikinsats: ['Lasse Trafik'] });
    const ledger = [activity('narkotikainsats', '2018-03-01')];
    // Monday 31 December 2018 is the period's last day, in ISO week 1 of 2019.
    const text = digestText(set, ledger, '2018-12-31T08:00:00');
    expect(text).toContain(
      '• 1 narkotikainsats kvar de sista dagarna: senast 31 december 2018 (sista dagen: i dag)',
    );
    expect(text).not.toContain('(v.1');
  });

  it('silent regular promise: weeks of silence and the week to act in', () => {
    const set = only(['trafikarbete']);
    const text = digestText(set, activities('trafikarbete', ['2018-01-09']), '2018-03-19T08:00:00');
    expect(text).toContain('9 veckor');
    expectGolden('silent-regular', text);
  });

  it('all on track: one short line per promise, nothing to act on', () => {
    const set = only(['medborgarkontakt', 'helgbemanning', 'narkotikainsats']);
    const ledger = [
      ...weeklyContacts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
      ...activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24', '2018-03-17']),
      activity('narkotikainsats', '2018-02-15'),
    ];
    const text = digestText(set, ledger, '2018-03-19T08:00:00');
    expect(text).toContain('Alla 3 löften är i fas');
    expectGolden('all-on-track', text);
  });

  it('met promises: under "Klart" after "I fas", counted apart in the summary line', () => {
    const set = only(['medborgarkontakt', 'helgbemanning', 'narkotikainsats']);
    const ledger = [
      ...weeklyContacts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
      ...activities('helgbemanning', ['2018-01-13', '2018-02-03', '2018-02-24', '2018-03-17']),
      // Two of two narkotikainsatser by mid-March: met while the period runs.
      ...activities('narkotikainsats', ['2018-02-15', '2018-03-08']),
    ];
    const text = digestText(set, ledger, '2018-03-19T08:00:00');
    // 3 promises, none to act on: medborgarkontakt and helgbemanning on track, narkotikainsats met.
    expect(text).toContain('Inget av 3 löften behöver åtgärd denna vecka: 2 i fas, 1 klart.');
    expect(text).toContain('I fas (2)\n');
    expect(text).toContain('Klart (1)\nMinst två riktade narkotikainsatser: 2 av 2');
    expect(text.indexOf('Klart (1)')).toBeGreaterThan(text.indexOf('I fas (2)'));
    expectGolden('met-promise', text);
  });

  it('met promises beside one that needs action: "0 i fas, 2 klara"; all met: "Alla 2 löften är klara"', () => {
    const set = only(['trafikinsats', 'narkotikainsats']);
    const met = activities('narkotikainsats', ['2018-02-15', '2018-03-08']);
    // trafikinsats has nothing by July: it needs action; narkotikainsats (2 of 2) is met.
    const mixed = digestText(set, met, '2018-07-02T08:00:00');
    expect(mixed).toContain('1 av 2 löften behöver åtgärd denna vecka, 0 i fas, 1 klart.');
    expect(mixed).not.toContain('I fas (');
    expect(mixed).toContain('Klart (1)');
    const onlyMet = only(['narkotikainsats']);
    expect(digestText(onlyMet, met, '2018-07-02T08:00:00')).toContain(
      'Löftet är klart: inget behöver åtgärdas denna vecka.',
    );
  });

  it('January: the written summary reminder names the due date and the command', () => {
    const text = digestText(loadOverkalix(), weeklyContacts([1, 2, 3]), '2019-01-07T08:00:00');
    expect(text).toContain('tor 31 januari 2019');
    expect(text).toContain('/rapport 2018');
    expectGolden('january-reminder', text);
  });

  it('a holiday Monday: the digest says why it comes on Tuesday', () => {
    const set = only(['narkotikainsats']);
    const text = digestText(
      set,
      [activity('narkotikainsats', '2018-02-15')],
      '2018-04-03T08:00:00',
      'console',
      {
        from: '2018-04-02',
        holiday: 'annandag påsk',
      },
    );
    expectGolden('easter-tuesday', text);
  });
});
