// `logga mina` and `logga ändra` as an officer uses them after a shift: find the entry, fix the part
// that was wrong, see before → after and the promise's new status. The audit keeps both versions.
import { describe, expect, it } from 'vitest';
import { createHarness, SET_KEY } from './app-harness.ts';

async function withEntries() {
  const h = await createHarness({ now: '2018-03-20T10:00:00' });
  await h.run('U1', '/logga medborgarkontakt Centrum igår');
  await h.run('U1', '/logga trafikinsats E4 2018-03-14 2 st');
  await h.run('U1', '/logga närvaro Skolan 2018-03-12 "lugnt"');
  // Another officer's entry is never one of U1's.
  await h.run('U2', '/logga medborgarkontakt Skolan 2018-03-13');
  return h;
}

describe('logga mina', () => {
  it('lists your latest entries in this set, numbered, newest first', async () => {
    const h = await withEntries();
    const reply = await h.run('U1', '/logga mina');
    expect(reply.text.split('\n').slice(0, 4)).toEqual([
      'Dina 3 senaste poster, nyast först:',
      '1. närvaro · Skolan · mån 12 mars (v.11) · 1 st · "lugnt"',
      '2. trafikinsats · E4 · ons 14 mars (v.11) · 2 st',
      '3. medborgarkontakt · Centrum · mån 19 mars (v.12) · 1 st',
    ]);
    expect(reply.text).toContain('/logga ändra 2 Skolan');
  });

  it('shows at most ten', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    for (let day = 1; day <= 12; day++)
      await h.run('U1', `/logga medborgarkontakt Centrum 2018-03-${String(day).padStart(2, '0')}`);
    const lines = (await h.run('U1', '/logga mina')).text.split('\n');
    expect(lines[0]).toBe('Dina 10 senaste poster, nyast först:');
    expect(lines[1]).toMatch(/^1\. medborgarkontakt · Centrum · mån 12 mars/);
    expect(lines[10]).toMatch(/^10\. medborgarkontakt · Centrum · lör 3 mars/);
  });

  it('says so when there is nothing', async () => {
    const h = await createHarness();
    expect((await h.run('U9', '/logga mina')).text).toMatch(/^Du har inga poster/);
  });
});

describe('logga ändra', () => {
  it('changes your latest entry by default, only the parts given, and shows before → after and the status', async () => {
    const h = await withEntries();
    const reply = await h.run('U1', '/logga ändra Centrum');
    expect(reply.ok).toBe(true);
    expect(reply.text).toBe(
      [
        'Ändrat: närvaro · Skolan · mån 12 mars (v.11) · 1 st · "lugnt"',
        '→ närvaro · Centrum · mån 12 mars (v.11) · 1 st · "lugnt"',
        'Nu: Regelbunden närvaro på publika platser: senast v.11, nästa senast v.15 (9–15 april) · i fas',
      ].join('\n'),
    );
    expect(reply.actions?.map((a) => a.kind)).toEqual(['edit', 'undo']);
  });

  it('reads a bare number right after ändra as the entry, and the parts with the logga grammar', async () => {
    const h = await withEntries();
    const reply = await h.run(
      'U1',
      '/logga ändra 3 Skolan i lördags 3 st med Socialtjänsten "efter matchen"',
    );
    expect(reply.text.split('\n').slice(0, 2)).toEqual([
      'Ändrat: medborgarkontakt · Centrum · mån 19 mars (v.12) · 1 st',
      '→ medborgarkontakt · Skolan · lör 17 mars (v.11) · 3 st · med Socialtjänsten · "efter matchen"',
    ]);
    expect(reply.text).toMatch(/Minst en medborgarkontakt i snitt per vecka: 4 på 11 veckor/);
    const stored = (await h.deps.store.findActivities(SET_KEY)).filter((a) => a.userId === 'slack:T1:U1');
    expect(stored.find((a) => a.promiseIds.includes('medborgarkontakt'))).toMatchObject({
      place: 'skolan',
      date: '2018-03-17',
      count: 3,
      partners: ['socialtjansten'],
      note: 'efter matchen',
    });
    // Numbers stay: the changed entry is still number 3.
    expect((await h.run('U1', '/logga mina')).text).toContain('3. medborgarkontakt · Skolan · lör 17 mars');
  });

  it('reads a count written with stycken', async () => {
    const h = await withEntries();
    const counted = await h.run('U1', '/logga ändra 2 4 stycken');
    expect(counted.text).toContain('→ trafikinsats · E4 · ons 14 mars (v.11) · 4 st');
  });

  it('keeps both versions in the audit and the status of the status command follows', async () => {
    const h = await withEntries();
    await h.run('U1', '/logga ändra 3 5 st');
    const [entry] = await h.deps.store.findAudit(1);
    expect(entry).toMatchObject({
      action: 'edit',
      entity: 'activity',
      before: { count: 1, place: 'centrum' },
      after: { count: 5, place: 'centrum' },
    });
    expect((await h.run('U1', '/status')).text).toMatch(
      /Minst en medborgarkontakt i snitt per vecka: 1 på 11 veckor \+ 5 denna vecka/,
    );
  });

  it('refuses personal data, a future date, an activity word, an unknown number and nothing new; nothing changes', async () => {
    const h = await withEntries();
    const before = await h.deps.store.exportAll();
    const cases: [string, RegExp][] = [
      ['/logga ändra "ring 070-123 45 67"', /telefonnummer.*Inget har ändrats\.$/],
      ['/logga ändra 2030-01-01', /har inte varit än.*Inget har ändrats\.$/],
      ['/logga ändra 2 medborgarkontakt', /^Aktiviteten går inte att ändra/],
      ['/logga ändra 7 Skolan', /^Du har bara 3 poster, så nummer 7 finns inte\. Inget har ändrats\./],
      ['/logga ändra 11 Skolan', /^Det finns ingen post nummer 11/],
      ['/logga ändra 1 Skolan "lugnt"', /^Inget att ändra: posten är redan närvaro · Skolan/],
      ['/logga ändra', /^Skriv vad som ska ändras/],
      ['/logga ändra 2 ABC 123', /registreringsnummer/],
    ];
    for (const [line, expected] of cases) {
      const reply = await h.run('U1', line);
      expect(reply.ok, line).toBe(false);
      expect(reply.text, line).toMatch(expected);
    }
    expect(await h.deps.store.exportAll()).toEqual(before);
  });

  it('never changes another officer’s entry', async () => {
    const h = await withEntries();
    const reply = await h.run('U3', '/logga ändra Centrum');
    expect(reply.ok).toBe(false);
    expect(reply.text).toMatch(/^Du har inga poster att ändra/);
    const others = (await h.deps.store.findActivities(SET_KEY)).filter((a) => a.userId !== 'slack:T1:U3');
    expect(others.map((a) => a.place).sort()).toEqual(['centrum', 'e4', 'skolan', 'skolan']);
  });
});
