// Issue 19: `/logga ändra` never makes an entry stop counting unsaid, `after` included. An operation
// of "Insatser efter kartläggningen" counts from the day the mapping was done; moved to a day before
// it, the reply says it no longer counts and why, as the report's entry list does.
import { describe, expect, it } from 'vitest';
import { importPromiseSet } from '../../../src/app/import-promise-set.ts';
import { createHarness } from './app-harness.ts';

const CHANNEL = 'slack:T1:CEFTER';

const SET = `key: ordning-efter
format: 2
title: Medborgarlöfte
municipality: Testkommun
policeArea: LPO Test
period: { start: 2025-01-01, end: 2025-12-31 }
reportDue: 2026-01-31
promises:
  - id: kartlaggning
    category: Narkotika
    title: Kartläggning
    text: En kartläggning av narkotikasituationen.
    words: [kartläggning]
    rule: { kind: milestone }
  - id: insatser
    category: Narkotika
    title: Insatser efter kartläggningen
    text: Därefter minst tre riktade insatser.
    words: [riktad insats]
    rule: { kind: count, target: 3, per: period }
    after: kartlaggning
`;

async function harness() {
  const h = await createHarness({ now: '2025-07-01T12:00:00' });
  const seed = { actor: 'system:test', platform: 'console' as const, action: 'import' };
  const imported = await importPromiseSet(h.deps, SET, seed);
  if (!imported.ok) throw new Error(imported.message);
  await h.deps.store.bindChannel(
    { channelId: CHANNEL, platform: 'slack', setKey: 'ordning-efter', postTarget: null },
    { ...seed, action: 'bind' },
    h.deps.clock.now(),
  );
  return h;
}

describe('editing an entry of a promise after another', () => {
  it('moved to before the mapping was done: the reply says it no longer counts, and why', async () => {
    const h = await harness();
    await h.run('U1', '/logga kartläggning 2025-03-14', CHANNEL);
    // Mapped 14 March; the operation of 10 April counts: 1 of 3.
    const logged = await h.run('U1', '/logga riktad insats 2025-04-10', CHANNEL);
    expect(logged.text).not.toContain('räknas inte');
    const edited = await h.run('U1', '/logga ändra 2025-02-03', CHANNEL);
    // Moved to 3 February, before 14 March: it counts no longer, 0 of 3.
    expect(edited.text).toContain(
      'Insatser efter kartläggningen: efter Kartläggning (klar 14 mars 2025) · 0 av 3',
    );
    expect(edited.text).toContain(
      'Obs: räknas inte längre för "Insatser efter kartläggningen": före "Kartläggning" var klart (14 mars 2025).',
    );
  });

  it('moved to another day after the mapping: nothing to warn of', async () => {
    const h = await harness();
    await h.run('U1', '/logga kartläggning 2025-03-14', CHANNEL);
    await h.run('U1', '/logga riktad insats 2025-04-10', CHANNEL);
    // 14 March itself is on the done day: it still counts.
    const edited = await h.run('U1', '/logga ändra 2025-03-14', CHANNEL);
    expect(edited.text).toContain('→ riktad insats');
    expect(edited.text).not.toContain('räknas inte');
  });
});
