// Issue 19, wording: `/loften schema` says when the next digest comes as every other date of the set
// is worded (DateWords): without a year in a one-year set read in its year, with it in a set of
// several years, for the day and for the holiday that moves it.
import { describe, expect, it } from 'vitest';
import { createSwedishHolidays } from '../../../src/adapters/scheduler/swedish-holidays.ts';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { importPromiseSet } from '../../../src/app/import-promise-set.ts';
import { exampleText } from '../../integration/promise-kinds/example-harness.ts';
import { createHarness, ENV_ADMIN } from './app-harness.ts';

const HAPARANDA = 'slack:T1:CHAP';

async function harness(now: string) {
  const store = createMemoryStore();
  const h = await createHarness({ store, now });
  h.deps.holidayName = createSwedishHolidays();
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

describe('the next digest in the answer to /loften schema', () => {
  it('in a one-year set (Överkalix 2018), read in its year: day and holiday without a year', async () => {
    // Wednesday 28 March 2018; Friday 30 March is långfredagen and Monday 2 April annandag påsk, so
    // this week's Friday digest comes on Tuesday 3 April.
    const h = await harness('2018-03-28T10:00:00');
    const reply = await h.run(ENV_ADMIN, '/loften schema fredag 08:00');
    expect(reply.text).toContain('Nästa: tis 3 april kl 08:00 (fre 30 mars är långfredagen).');
  });

  it('in a set of three years (Haparanda 2020–2022): day and holiday with their year', async () => {
    // Wednesday 8 April 2020; Friday 10 April is långfredagen, Monday 13 April annandag påsk.
    const h = await harness('2020-04-08T10:00:00');
    const reply = await h.run(ENV_ADMIN, '/loften schema fredag 08:00', HAPARANDA);
    expect(reply.text).toContain('Nästa: tis 14 april 2020 kl 08:00 (fre 10 april 2020 är långfredagen).');
  });

  it('in a set of three years: this week’s digest not yet sent names its week with the year', async () => {
    // Thursday 9 April 2020, week 15; the Monday digest of the week has not been sent.
    const h = await harness('2020-04-09T10:00:00');
    const reply = await h.run(ENV_ADMIN, '/loften schema måndag 08:00', HAPARANDA);
    expect(reply.text).toContain('Veckans översikt (v.15 2020) har inte kommit än');
  });
});
