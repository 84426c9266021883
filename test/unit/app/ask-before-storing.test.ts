// No silent "Loggat": what a promise needs is asked for and nothing is stored; `ändå` stores it and
// says first that it does not count; an unknown word is never a place; a large count is confirmed.
// Weekend promises take a weekend day. Through the one command entry point, with the seed.
import { describe, expect, it } from 'vitest';
import { createSwedishHolidays } from '../../../src/adapters/scheduler/swedish-holidays.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

async function harness(now: string) {
  const h = await createCoreHarness(now);
  h.deps.holidayName = createSwedishHolidays();
  const run = (line: string) => handleCommand(h.deps, h.ctx, line);
  const stored = () => h.deps.store.findActivities('overkalix-2018');
  return { ...h, run, stored };
}

describe('asking instead of storing what counts for nothing', () => {
  it('asks where, naming the places, and stores nothing', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const reply = await run('logga medborgarkontakt');
    expect(reply.text).toMatch(/^Var\? Medborgarkontakt räknas bara på en plats: Centrum, Skolan/);
    expect(reply.text).toContain('Inget sparades');
    expect(await stored()).toHaveLength(0);
  });

  it('stores with "ändå" and says first that it does not count, and why', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const reply = await run('logga medborgarkontakt ändå');
    expect(reply.text).toMatch(/^Räknas inte: ingen plats, och medborgarkontakt räknas bara på Centrum/);
    expect(reply.text).toContain('Sparat ändå: medborgarkontakt · tis 20 mars (v.12) · 1 st');
    expect(await stored()).toHaveLength(1);
  });

  it('never turns an unknown word into a place: "Menade du …?" and the list', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const reply = await run('logga närvaro Centrm');
    expect(reply.text).toContain('Förstod inte "Centrm": det är ingen plats i listan. Menade du "Centrum"');
    expect(reply.text).toContain('Platser: Centrum, Skolan, Ungdomsgården, Företag');
    const other = await run('logga trafikinsats Kiosken');
    expect(other.text).toContain('Förstod inte "Kiosken"');
    expect(await stored()).toHaveLength(0);
  });

  it('takes a new place where the promise file allows it, and says "ny plats"', async () => {
    const { deps, ctx } = await harness('2018-03-20T10:00:00');
    await importOpenPlaces(deps);
    const reply = await handleCommand(deps, ctx, 'logga närvaro Kiosken vid järnvägen');
    expect(reply.text).toMatch(/^Loggat: närvaro · Kiosken vid järnvägen · /);
    expect(reply.text).toContain('Ny plats: "Kiosken vid järnvägen"');
  });

  it('says "ny plats" once: a place already stored (any case, with or without å/ä/ö) is named plainly', async () => {
    const { deps, ctx } = await harness('2018-03-20T10:00:00');
    await importOpenPlaces(deps);
    const first = await handleCommand(deps, ctx, 'logga närvaro Kiosken vid järnvägen igår');
    expect(first.text).toContain('Ny plats: "Kiosken vid järnvägen"');
    const second = await handleCommand(deps, ctx, 'logga närvaro Kiosken vid järnvägen');
    expect(second.text).toMatch(/^Loggat: närvaro · Kiosken vid järnvägen · tis 20 mars/);
    expect(second.text).not.toContain('Ny plats');
    const folded = await handleCommand(deps, ctx, 'logga närvaro kiosken vid jarnvagen i förrgår');
    expect(folded.text).toMatch(/^Loggat: närvaro · Kiosken vid järnvägen · sön 18 mars/);
    expect(folded.text).toContain(
      'Plats: "Kiosken vid järnvägen" (som tidigare; du skrev "kiosken vid jarnvagen").',
    );
    expect(folded.text).not.toContain('Ny plats');
  });

  it('keeps the first spelling of a free-text place, so the report counts it as one place', async () => {
    const { deps, ctx, stored } = await harness('2018-03-20T10:00:00');
    await importOpenPlaces(deps);
    expect((await handleCommand(deps, ctx, 'logga närvaro Kiosken igår')).text).toContain(
      'Ny plats: "Kiosken"',
    );
    const lower = await handleCommand(deps, ctx, 'logga närvaro kiosken');
    expect(lower.text).toMatch(/^Loggat: närvaro · Kiosken · tis 20 mars/);
    expect(lower.text).toContain('Plats: "Kiosken" (som tidigare; du skrev "kiosken").');
    // The same spelling again says nothing about the place.
    const same = await handleCommand(deps, ctx, 'logga närvaro Kiosken i förrgår');
    expect(same.text).not.toMatch(/Ny plats|som tidigare/);
    expect((await stored()).map((a) => a.place)).toEqual(['Kiosken', 'Kiosken', 'Kiosken']);
    // The report is the working group's: anna gets that role in the console channel.
    await deps.store.setRole(
      ctx.channelId,
      ctx.userId,
      'group',
      { actor: 'console:admin', platform: 'console', action: 'set-role' },
      deps.clock.now(),
    );
    const report = await handleCommand(deps, ctx, 'rapport');
    const perPlace = report.sections?.find((s) => s.heading === 'Aktiviteter per plats');
    // Three entries of 1 st each at the one place: Kiosken 3.
    expect(perPlace?.lines.join(' ')).toContain('Kiosken 3');
    expect(perPlace?.lines.join(' ')).not.toMatch(/kiosken/);
  });

  it('says "ny plats" again when the only entry at that place was undone', async () => {
    const { deps, ctx } = await harness('2018-03-20T10:00:00');
    await importOpenPlaces(deps);
    expect((await handleCommand(deps, ctx, 'logga närvaro Kiosken igår')).text).toContain(
      'Ny plats: "Kiosken"',
    );
    expect((await handleCommand(deps, ctx, 'logga ångra')).text).toMatch(/^Ångrat/);
    const again = await handleCommand(deps, ctx, 'logga närvaro Kiosken');
    expect(again.text).toContain('Ny plats: "Kiosken"');
  });

  it('asks for a partner of a joint promise, naming them', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const reply = await run('logga aktivitetsdag igår');
    expect(reply.text).toMatch(
      /^Med vem\? Aktivitetsdag räknas bara tillsammans med en samverkanspart: Skolan/,
    );
    expect(await stored()).toHaveLength(0);
    expect((await run('logga aktivitetsdag igår med skolan')).text).toMatch(/^Loggat: aktivitetsdag/);
  });

  it('confirms a count above 20 before storing it; "bekräfta" stores the same line', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const asked = await run('logga medborgarkontakt Centrum 500 st');
    expect(asked.text).toContain('500 är ovanligt många för en rad');
    expect(asked.text).toContain('bekräfta');
    expect(await stored()).toHaveLength(0);
    const confirmed = await run('logga medborgarkontakt Centrum 500 st bekräfta');
    expect(confirmed.text).toMatch(/^Loggat: medborgarkontakt · Centrum · tis 20 mars \(v\.12\) · 500 st/);
    expect((await stored()).map((a) => a.count)).toEqual([500]);
    expect((await run('logga medborgarkontakt Skolan 20 st')).text).toMatch(/^Loggat/);
  });
});

describe('weekend promises (helgbemanning on Saturday and Sunday)', () => {
  it('takes the latest weekend day when no date is given', async () => {
    const { run, stored } = await harness('2018-03-19T08:00:00');
    expect((await run('logga helgbemanning')).text).toMatch(/^Loggat: helgbemanning · sön 18 mars \(v\.11\)/);
    expect((await stored())[0]?.date).toBe('2018-03-18');
  });

  it('takes today on a Saturday', async () => {
    const { run, stored } = await harness('2018-03-24T15:00:00');
    await run('logga helgbemanning');
    expect((await stored())[0]?.date).toBe('2018-03-24');
  });

  it('reads "i helgen" and "förra helgen" as the weekend, never as a place', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const reply = await run('logga helgbemanning i helgen');
    expect(reply.text).toMatch(/^Loggat: helgbemanning · helgen 17–18 mars \(v\.11\)/);
    const [entry] = await stored();
    expect(entry).toMatchObject({ place: null });
    expect(['2018-03-17', '2018-03-18']).toContain(entry?.date);
  });

  it('refuses another explicit day, naming the weekend', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    const reply = await run('logga helgbemanning igår');
    expect(reply.text).toContain('Helgbemanning räknas bara på helgen (lördagar och söndagar)');
    expect(reply.text).toContain('"igår" är mån 19 mars');
    expect(await stored()).toHaveLength(0);
    const anyway = await run('logga helgbemanning igår ändå');
    expect(anyway.text).toMatch(/^Räknas inte: mån 19 mars är ingen av dagarna löftet gäller/);
  });

  it('names the year of last year’s day it refuses (read on 2 January 2019)', async () => {
    const { run, stored } = await harness('2019-01-02T10:00:00');
    const reply = await run('logga helgbemanning 2018-12-27');
    expect(reply.text).toContain('"2018-12-27" är tor 27 december 2018.');
    expect(await stored()).toHaveLength(0);
    const anyway = await run('logga helgbemanning 2018-12-27 ändå');
    expect(anyway.text).toMatch(/^Räknas inte: tor 27 december 2018 är ingen av dagarna löftet gäller/);
  });

  it('plans the Saturday of a week, and never a public holiday unless the date is named', async () => {
    const { run, stored } = await harness('2018-03-20T10:00:00');
    expect((await run('planera helgbemanning v.14')).text).toMatch(/^Planerat: helgbemanning · lör 7 april/);
    // Easter Monday 2 April: a plan for week 14 goes to Tuesday.
    expect((await run('planera närvaro Centrum v.14')).text).toMatch(
      /^Planerat: närvaro · Centrum · tis 3 april/,
    );
    expect((await run('planera närvaro Skolan 2/4')).text).toMatch(
      /^Planerat: närvaro · Skolan · mån 2 april/,
    );
    // Midsommardagen is Saturday 23 June: week 25's weekend plan goes to the Sunday.
    expect((await run('planera helgbemanning v.25')).text).toMatch(/sön 24 juni/);
    expect((await stored()).map((a) => a.date)).toEqual([
      '2018-04-07',
      '2018-04-03',
      '2018-04-02',
      '2018-06-24',
    ]);
  });
});

describe('editing an entry to a free-text place (logga ändra)', () => {
  it('says "ny plats" once for a place the set has not used', async () => {
    const { deps, ctx, stored } = await harness('2018-03-20T10:00:00');
    await importOpenPlaces(deps);
    await handleCommand(deps, ctx, 'logga närvaro Skolan igår');
    const edited = await handleCommand(deps, ctx, 'logga ändra 1 Kiosken');
    expect(edited.text).toContain('→ närvaro · Kiosken · mån 19 mars');
    expect(edited.text).toContain('Ny plats: "Kiosken" finns inte i listan och sparades som den skrevs.');
    expect((await stored()).map((a) => a.place)).toEqual(['Kiosken']);
    // A second entry moved there is at a place already used: named plainly.
    await handleCommand(deps, ctx, 'logga närvaro Skolan');
    const second = await handleCommand(deps, ctx, 'logga ändra 1 Kiosken');
    expect(second.text).toContain('→ närvaro · Kiosken · tis 20 mars');
    expect(second.text).not.toMatch(/Ny plats|som tidigare/);
  });

  it('takes the spelling already used when the edit writes it another way', async () => {
    const { deps, ctx, stored } = await harness('2018-03-20T10:00:00');
    await importOpenPlaces(deps);
    await handleCommand(deps, ctx, 'logga närvaro Kiosken igår');
    await handleCommand(deps, ctx, 'logga närvaro Skolan');
    const edited = await handleCommand(deps, ctx, 'logga ändra 1 KIÖSKEN');
    expect(edited.text).toContain('→ närvaro · Kiosken · tis 20 mars');
    expect(edited.text).toContain('Plats: "Kiosken" (som tidigare; du skrev "KIÖSKEN").');
    expect(edited.text).not.toContain('Ny plats');
    expect((await stored()).map((a) => a.place).sort()).toEqual(['Kiosken', 'Kiosken']);
    // Writing the same place again in another case changes nothing.
    const again = await handleCommand(deps, ctx, 'logga ändra 1 kiosken');
    expect(again.text).toMatch(/^Inget att ändra: posten är redan närvaro · Kiosken/);
  });
});

/** The seed with free-text places allowed for "närvaro" (regular presence). */
async function importOpenPlaces(deps: Awaited<ReturnType<typeof harness>>['deps']): Promise<void> {
  const { overkalixText } = await import('../../helpers/core-deps.ts');
  const { importPromiseSet } = await import('../../../src/app/import-promise-set.ts');
  const open = overkalixText.replace(
    'rule: { kind: regular, weeks: 4 }\n    places: {',
    'rule: { kind: regular, weeks: 4 }\n    places: { open: true,',
  );
  expect(open).not.toBe(overkalixText);
  const imported = await importPromiseSet(deps, open, {
    actor: 'console:admin',
    platform: 'console',
    action: 'import',
  });
  expect(imported.ok).toBe(true);
}
