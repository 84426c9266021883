// Issue 19, wording: `/logga mina`, `/logga ändra` and `/logga ångra` word an entry's day at the
// moment of the reply (DateWords): without a year in a one-year set in its own year, with it for an
// entry of last year (28 december 2018 read on 2 januari 2019), and always in a set of several years.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { importPromiseSet } from '../../../src/app/import-promise-set.ts';
import { exampleText } from '../../integration/promise-kinds/example-harness.ts';
import { createHarness } from './app-harness.ts';

const HAPARANDA = 'slack:T1:CHAP';

describe('Överkalix 2018, a one-year set', () => {
  it('in its own year: the day without a year in the list, the edit and the undo', async () => {
    const h = await createHarness({ now: '2018-12-28T10:00:00' });
    await h.run('U1', '/logga medborgarkontakt Centrum 2018-12-27');
    expect((await h.run('U1', '/logga mina')).text.split('\n')[1]).toBe(
      '1. medborgarkontakt · Centrum · tor 27 december (v.52) · 1 st',
    );
    const edited = await h.run('U1', '/logga ändra 2 st');
    expect(edited.text.split('\n').slice(0, 2)).toEqual([
      'Ändrat: medborgarkontakt · Centrum · tor 27 december (v.52) · 1 st',
      '→ medborgarkontakt · Centrum · tor 27 december (v.52) · 2 st',
    ]);
    const undone = await h.run('U1', '/logga ångra');
    expect(undone.text.split('\n')[0]).toBe(
      'Ångrat: medborgarkontakt · Centrum · tor 27 december (v.52) · 2 st.',
    );
  });

  it('an entry of last year, read on 2 januari 2019: the day with its year everywhere', async () => {
    const h = await createHarness({ now: '2018-12-28T10:00:00' });
    await h.run('U1', '/logga medborgarkontakt Centrum 2018-12-28');
    h.setNow('2019-01-02T09:00:00');
    expect((await h.run('U1', '/logga mina')).text.split('\n')[1]).toBe(
      '1. medborgarkontakt · Centrum · fre 28 december 2018 (v.52) · 1 st',
    );
    const edited = await h.run('U1', '/logga ändra Skolan');
    expect(edited.text.split('\n').slice(0, 2)).toEqual([
      'Ändrat: medborgarkontakt · Centrum · fre 28 december 2018 (v.52) · 1 st',
      '→ medborgarkontakt · Skolan · fre 28 december 2018 (v.52) · 1 st',
    ]);
    const undone = await h.run('U1', '/logga ångra');
    expect(undone.text.split('\n')[0]).toBe(
      'Ångrat: medborgarkontakt · Skolan · fre 28 december 2018 (v.52) · 1 st.',
    );
  });

  it('31 december read in its year lies in week 1 of next year, and the week says so', async () => {
    const h = await createHarness({ now: '2018-12-31T10:00:00' });
    await h.run('U1', '/logga medborgarkontakt Centrum idag');
    expect((await h.run('U1', '/logga ändra 2 st')).text.split('\n')[0]).toBe(
      'Ändrat: medborgarkontakt · Centrum · mån 31 december (v.1 2019) · 1 st',
    );
  });
});

describe('Haparanda 2020–2022, a set of three years', () => {
  async function haparanda(now: string) {
    const store = createMemoryStore();
    const h = await createHarness({ store, now });
    const seed = { actor: 'system:test', platform: 'console' as const, action: 'import' };
    const imported = await importPromiseSet(h.deps, exampleText('haparanda-2020'), seed);
    if (!imported.ok) throw new Error(imported.message);
    await store.bindChannel(
      { channelId: HAPARANDA, platform: 'slack', setKey: 'haparanda-2020', postTarget: null },
      { ...seed, action: 'bind' },
      h.deps.clock.now(),
    );
    return h;
  }

  it('words every day with its year, this year’s too, in the edit and the undo', async () => {
    const h = await haparanda('2021-06-03T10:00:00');
    await h.run('U1', '/logga riktad insats IKEA 2021-06-02', HAPARANDA);
    const edited = await h.run('U1', '/logga ändra Coop', HAPARANDA);
    expect(edited.text.split('\n').slice(0, 2)).toEqual([
      'Ändrat: riktad insats · IKEA · ons 2 juni 2021 (v.22) · 1 st',
      '→ riktad insats · COOP · ons 2 juni 2021 (v.22) · 1 st',
    ]);
    const undone = await h.run('U1', '/logga ångra', HAPARANDA);
    expect(undone.text.split('\n')[0]).toBe('Ångrat: riktad insats · COOP · ons 2 juni 2021 (v.22) · 1 st.');
  });
});
