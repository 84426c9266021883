// Lines an attacker (or a careless copy-paste) sends through the one command entry point: what is stored
// must read the same to every later reader as it did to the personal-data guard.
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe('bidirectional control characters', () => {
  it('are taken out of a note, so a personnummer typed backwards behind a right-to-left override is not stored to show as one', async () => {
    const { deps, ctx } = await createCoreHarness('2018-03-19T08:00:00');
    // "2321-901056" behind U+202E is shown right to left: as 650109-1232, a valid personnummer.
    const reply = await handleCommand(deps, ctx, `/logga medborgarkontakt Centrum "${RLO}2321-901056${PDF}"`);
    expect(reply.text).toMatch(/^Loggat: medborgarkontakt · Centrum/);
    expect(reply.text).not.toMatch(BIDI);
    const [stored] = await deps.store.findActivities('overkalix-2018');
    expect(stored?.note).toBe('2321-901056');
  });

  it('are taken out of an activity word, so an override inside one still matches it', async () => {
    const { deps, ctx } = await createCoreHarness('2018-03-19T08:00:00');
    const reply = await handleCommand(deps, ctx, `/logga medborgar${RLO}kontakt\u2066 Centrum\u2069`);
    expect(reply.text).toMatch(/^Loggat: medborgarkontakt · Centrum · mån 19 mars/);
  });
});
