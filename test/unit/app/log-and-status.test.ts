import { describe, expect, it } from 'vitest';
import { createBindingCache } from '../../../src/app/get-bound-set.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

describe('logging through the one command entry point', () => {
  it('echoes how the line was understood, with the promise progress, and offers an undo', async () => {
    const { deps, ctx } = await createCoreHarness('2018-03-20T18:00:00');
    for (let week = 1; week <= 10; week++) {
      const day = String(1 + (week - 1) * 7 + 2).padStart(2, '0');
      const date = week <= 4 ? `2018-01-${day}` : null;
      if (date) await handleCommand(deps, ctx, `/logga medborgarkontakt Centrum ${date}`);
    }
    const reply = await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum');
    expect(reply.ok).toBe(true);
    expect(reply.text).toMatch(/^Loggat: medborgarkontakt · Centrum · tis 20 mars \(v\.12\) · 1 st — /);
    expect(reply.actions).toEqual([
      { kind: 'undo', activityId: expect.any(String) },
      { kind: 'edit', activityId: expect.any(String) },
    ]);
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(5);
  });

  it('says when a back-dated entry repairs a promise that slipped', async () => {
    const { deps, ctx } = await createCoreHarness('2018-02-05T09:00:00');
    // Three staffed-weekend windows: nothing in weeks 1–3 is a breach; a back-dated weekend in week 3 (inside windows 1–3, 2–4 and 3–5) repairs it.
    const before = await handleCommand(deps, ctx, '/status');
    expect(before.text).toMatch(/Helgbemanning[^\n]*släpar/);
    const reply = await handleCommand(deps, ctx, '/logga helgbemanning 2018-01-20');
    expect(reply.text).toContain('Efterregistreringen lagade det som släpade');
  });

  it('still says so when the slip was seen by an earlier entry, or an undo came in between', async () => {
    const { deps, ctx } = await createCoreHarness('2018-02-05T09:00:00');
    // A staffed weekend in week 1 leaves windows 2–4 and 3–5 broken: still slipping.
    expect((await handleCommand(deps, ctx, '/logga helgbemanning 2018-01-06')).text).toMatch(/släpar/);
    const repaired = await handleCommand(deps, ctx, '/logga helgbemanning 2018-01-20');
    expect(repaired.text).toContain('Efterregistreringen lagade det som släpade');

    await handleCommand(deps, ctx, '/logga ångra');
    const again = await handleCommand(deps, ctx, '/logga helgbemanning 2018-01-21');
    expect(again.text).toContain('Efterregistreringen lagade det som släpade');
    const nothingToRepair = await handleCommand(deps, ctx, '/logga helgbemanning 2018-01-27');
    expect(nothingToRepair.text).not.toContain('Efterregistreringen');
  });

  it('writes the same line from the same user once within 30 seconds', async () => {
    const { deps, ctx, setNow } = await createCoreHarness();
    await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum');
    setNow('2018-03-19T08:00:20');
    const again = await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum');
    expect(again.text).toMatch(/^Redan loggat: medborgarkontakt · Centrum/);
    setNow('2018-03-19T08:01:00');
    await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum');
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(2);
  });

  it('asks for a required partner, and with "ändå" says first that the entry does not count', async () => {
    const { deps, ctx } = await createCoreHarness();
    const asked = await handleCommand(deps, ctx, '/logga riskkväll Centrum 2018-03-16');
    expect(asked.text).toMatch(
      /^Med vem\? Riskkväll räknas bara tillsammans med en samverkanspart: Socialtjänsten/,
    );
    expect(asked.text).toContain('Inget sparades');
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(0);
    const reply = await handleCommand(deps, ctx, '/logga riskkväll Centrum 2018-03-16 ändå');
    expect(reply.text).toMatch(
      /^Räknas inte: ingen samverkanspart, och riskkväll räknas bara med Socialtjänsten/,
    );
    expect(reply.text).toContain('Sparat ändå: riskkväll · Centrum · fre 16 mars (v.11)');
    expect(reply.text).toMatch(/0 av 2/);
    const withPartner = await handleCommand(
      deps,
      ctx,
      '/logga riskkväll Centrum 2018-03-17 med socialtjänsten',
    );
    expect(withPartner.text).toMatch(/1 av 2/);
  });

  it('undoes the latest entry and keeps it out of the status', async () => {
    const { deps, ctx } = await createCoreHarness();
    await handleCommand(deps, ctx, '/logga trafikinsats E4 2018-03-14');
    const undo = await handleCommand(deps, ctx, '/logga ångra');
    expect(undo.text).toMatch(/^Ångrat: trafikinsats · E4 · ons 14 mars \(v\.11\)/);
    expect(undo.text).toMatch(/0 av 4/);
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(0);
    const nothing = await handleCommand(deps, ctx, '/logga ångra');
    expect(nothing.text).toBe('Det finns inget av dig att ångra i den här kanalens löften.');
  });

  it('explains how to bind a channel that has no promises, and writes nothing', async () => {
    const { deps, ctx } = await createCoreHarness();
    const reply = await handleCommand(
      deps,
      { ...ctx, channelId: 'slack:T1:C9' },
      '/logga medborgarkontakt Centrum',
    );
    expect(reply.ok).toBe(false);
    expect(reply.text).toContain('/loften koppla <nyckel>');
    // Which municipalities' sets exist is not shown in a channel that is not bound.
    expect(reply.text).not.toContain('overkalix-2018');
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(0);
  });

  it('answers a storage failure with a clear Swedish message', async () => {
    const { deps, ctx } = await createCoreHarness();
    const store = { ...deps.store, getChannel: () => Promise.reject(new Error('disk gone')) };
    const broken = { ...deps, store, bindings: createBindingCache(store) };
    const reply = await handleCommand(broken, ctx, '/status');
    expect(reply.text).toMatch(/kommer inte åt databasen/);
  });
});
