// `/logga ändra … utan <fält>` through the command path on every store: a partner, a note or a place
// written by mistake is removed, audited as an edit; removing what a promise needs asks first, and
// with "ändå" the reply says the entry no longer counts.
import { describe, expect, it } from 'vitest';
import { createCoreHarness } from '../../helpers/core-deps.ts';
import { createStoreOpener, findStoreBackends, type StoreBackend } from '../../helpers/store-backends.ts';

const backends = (await findStoreBackends('clear a field')).filter((b) => b.name !== 'memory');
const openStores = createStoreOpener();
const SET = 'overkalix-2018';

async function channel(backend: StoreBackend) {
  const { store } = await openStores(backend);
  const h = await createCoreHarness('2018-03-20T10:00:00', { store });
  const run = (line: string) => h.run('anna', line);
  const only = async () => {
    const all = await store.findActivities(SET);
    expect(all).toHaveLength(1);
    return all[0]!;
  };
  return { run, store, only };
}

describe.each(backends)('logga ändra utan <fält> on $name', (backend) => {
  it('removes a partner and a note written by mistake, and the audit keeps both versions', async () => {
    const { run, store, only } = await channel(backend);
    await run('/logga medborgarkontakt Centrum igår med socialtjänsten "fel rad"');
    const partnerGone = await run('/logga ändra utan part');
    expect(partnerGone.text).toMatch(
      /^Ändrat: medborgarkontakt · Centrum · mån 19 mars \(v\.12\) · 1 st · med Socialtjänsten · "fel rad"\n→ medborgarkontakt · Centrum · mån 19 mars \(v\.12\) · 1 st · "fel rad"\nNu: /,
    );
    expect(partnerGone.text).not.toContain('räknas inte');
    expect((await only()).partners).toEqual([]);
    const [audit] = await store.findAudit(1);
    expect(audit).toMatchObject({ action: 'edit', entity: 'activity' });
    expect(audit?.before).toMatchObject({ partners: ['socialtjansten'] });
    expect(audit?.after).toMatchObject({ partners: [] });

    const noteGone = await run('/logga ändra 1 ingen anteckning');
    expect(noteGone.text).toContain('→ medborgarkontakt · Centrum · mån 19 mars (v.12) · 1 st\nNu: ');
    expect((await only()).note).toBeNull();
    const nothing = await run('/logga ändra utan anteckning');
    expect(nothing.text).toMatch(/^Inget att ändra: posten är redan medborgarkontakt · Centrum/);
  });

  it('asks before removing a place the promise needs, and with "ändå" says it no longer counts', async () => {
    const { run, store, only } = await channel(backend);
    await run('/logga medborgarkontakt Centrum igår');
    const asked = await run('/logga ändra utan plats');
    expect(asked.ok).toBe(false);
    expect(asked.text).toMatch(
      /^Utan plats räknas posten inte längre för "[^"]+": saknar plats\. Inget har ändrats\. Ska plats ändå bort\? Skriv samma rad med ordet "ändå"\./,
    );
    expect((await only()).place).toBe('centrum');
    const auditsBefore = (await store.findAudit(100)).length;

    const done = await run('/logga ändra utan plats ändå');
    expect(done.ok).toBe(true);
    expect(done.text).toContain('→ medborgarkontakt · mån 19 mars (v.12) · 1 st\nNu: ');
    expect(done.text).toMatch(/\nObs: räknas inte längre för "[^"]+": saknar plats\.$/);
    expect((await only()).place).toBeNull();
    const audits = await store.findAudit(100);
    expect(audits.length).toBe(auditsBefore + 1);
    expect(audits[0]).toMatchObject({ action: 'edit', before: { place: 'centrum' }, after: { place: null } });
  });

  it('asks before removing the partner of a joint promise, naming what it needs', async () => {
    const { run, only } = await channel(backend);
    await run('/logga riskkväll igår med socialtjänsten');
    const asked = await run('/logga ändra ingen samverkanspart');
    expect(asked.text).toContain(
      'Utan samverkanspart räknas posten inte längre för "Minst två insatser på riskkvällar med socialtjänsten": samverkanspart saknas (Socialtjänsten, Kommunen, BRÅ-gruppen, Skolan, Nattvandrare). Inget har ändrats.',
    );
    expect((await only()).partners).toEqual(['socialtjansten']);
  });

  it('refuses a line that both removes and gives the same field', async () => {
    const { run, only } = await channel(backend);
    await run('/logga medborgarkontakt Centrum igår');
    const both = await run('/logga ändra utan plats Skolan');
    expect(both.text).toContain('Både "utan plats" och en ny plats på samma rad: skriv det ena.');
    expect(both.text).toContain('Inget har ändrats.');
    expect((await only()).place).toBe('centrum');
  });
});
