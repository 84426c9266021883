// Issue 19, wording: "behöver åtgärd denna vecka" lists only what someone can act on now, and the last
// days of a period are said plainly, never as a week that runs past it.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { composeDigest } from '../../../../src/domain/digest/compose-digest.ts';
import { renderDigest } from '../../../../src/domain/digest/render-digest.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { loadExample } from '../../../integration/promise-kinds/example-harness.ts';
import { activity, loadOverkalix } from '../status/fixtures.ts';

function digestText(set: PromiseSetDef, ledger: Activity[], local: string): string {
  const now = parseNow(local, set.timeZone);
  return renderDigest(composeDigest(set, computeStatus(set, ledger, now), now)).text;
}

/** The lines of the section `heading` (up to the next blank line). */
function section(text: string, heading: string): string[] {
  const block = text.split('\n\n').find((b) => b.startsWith(heading));
  return block ? block.split('\n').slice(1) : [];
}

describe('Överkalix 2018: a "räknas inte" note on a promise already met', () => {
  const set = loadOverkalix();
  // Two risk evenings with social services meet "minst 2 … med socialtjänsten"; a third logged
  // without a partner did not count, and no longer needs anyone to act.
  const ledger = [
    activity('riskkvall', '2018-04-30', { partners: ['socialtjansten'] }),
    activity('riskkvall', '2018-06-06', { partners: ['socialtjansten'] }),
    activity('riskkvall', '2018-08-17'),
  ];

  it('is neither an action in the digest nor a line in /status', () => {
    const text = digestText(set, ledger, '2018-09-03T08:00');
    const action = text.split('\n').filter((l) => /^[⚠→] /.test(l));
    expect(action.some((l) => l.includes('riskkväll'))).toBe(false);
    expect(text).not.toContain('räknas inte: samverkanspart saknas');
    const now = parseNow('2018-09-03T08:00', set.timeZone);
    const status = renderStatus(set, computeStatus(set, ledger, now)).text;
    expect(status).not.toContain('räknas inte: samverkanspart saknas');
  });

  it('is still said while the promise needs the entry', () => {
    const short = [activity('riskkvall', '2018-04-30', { partners: ['socialtjansten'] }), ledger[2]!];
    const text = digestText(set, short, '2018-09-03T08:00');
    expect(text).toContain('1 loggad räknas inte: samverkanspart saknas');
  });
});

describe('Malå 2024: the last week and the last day of the period (Tuesday 31 December)', () => {
  const set = loadExample('mala-2024');

  it('lists parents’ meetings already past apart, not as this week’s action', () => {
    const text = digestText(set, [], '2024-10-07T08:00');
    expect(section(text, 'Att känna till (1)')).toEqual([
      'ANDTS-information vid föräldramöten: 0 av 2 täckta · ej täckt: Föräldramöte vt (20 februari), Föräldramöte ht (17 september) · släpar',
      '  Ingen andts vid Föräldramöte vt (20 februari), Föräldramöte ht (17 september)',
    ]);
    expect(text).not.toMatch(/^[⚠→] ANDTS-information/m);
    expect(text).toMatch(/löften behöver åtgärd denna vecka.*, 1 att känna till\./);
  });

  it('names the last day, not week 1 of the next year, on Monday 30 December', () => {
    const text = digestText(set, [], '2024-12-30T08:00');
    expect(text).not.toContain('5 januari');
    expect(text).toContain('senast tis 31 december (v.1 2025, sista veckan)');
  });

  it('says "i dag, periodens sista dag" on the last day', () => {
    const need = activity('trygghetsvandring-vid-onskemal', '2024-12-02', { count: 0, setKey: set.key });
    const text = digestText(set, [need], '2024-12-31T08:00');
    expect(text).not.toContain('5 januari');
    expect(text).not.toMatch(/nästa vecka|denna vecka, v\./);
    expect(text).toContain('(sista dagen: i dag)');
  });
});

describe('Haparanda 2020–2022: last year’s miss is not this year’s action', () => {
  const set = loadExample('haparanda-2020');

  it('names no week of 2021 in the digest of February 2022', () => {
    // Foot patrols every week of 2021 but none in its last two weeks, then none in 2022 yet.
    const weeks: Activity[] = [];
    for (let d = new Date('2021-01-06T12:00:00Z'); d < new Date('2021-12-15T00:00:00Z'); ) {
      weeks.push(
        activity('fotpatrullering', d.toISOString().slice(0, 10), { place: 'coop', setKey: set.key }),
      );
      d = new Date(d.getTime() + 7 * 86_400_000);
    }
    const text = digestText(set, weeks, '2022-02-07T08:00');
    expect(text).not.toMatch(/v\.\d+(–\d+)? 2021/);
    expect(text).toMatch(/För få fotpatruller i v\.1–5 2022/);
  });
});
