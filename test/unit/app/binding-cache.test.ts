// The channel's binding is read once for the commands that arrive together, not once per command:
// under load every command after an expiry would otherwise read the binding and the set again.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { createBindingCache } from '../../../src/app/get-bound-set.ts';
import type { Store } from '../../../src/app/ports.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

/** The store, counting reads of bindings; the next read fails when `failNext` is set. */
function counting(store: Store) {
  const counts = { reads: 0, failNext: false };
  const wrapped: Store = {
    ...store,
    async getChannel(channelId) {
      counts.reads++;
      if (counts.failNext) {
        counts.failNext = false;
        throw new Error('connection terminated unexpectedly');
      }
      return store.getChannel(channelId);
    },
  };
  return { wrapped, counts };
}

describe('the binding cache', () => {
  it('reads a channel once for commands that arrive at the same moment', async () => {
    const { deps } = await createCoreHarness('2018-03-19T08:00:00', { store: createMemoryStore() });
    const { wrapped, counts } = counting(deps.store);
    const cache = createBindingCache(wrapped);
    const found = await Promise.all(Array.from({ length: 50 }, () => cache.getBoundSet('console:lokal')));
    expect(counts.reads).toBe(1);
    expect(new Set(found.map((f) => f?.set.key))).toEqual(new Set(['overkalix-2018']));
  });

  it('keeps no failed read: the next command reads again', async () => {
    const { deps } = await createCoreHarness('2018-03-19T08:00:00', { store: createMemoryStore() });
    const { wrapped, counts } = counting(deps.store);
    const cache = createBindingCache(wrapped);
    counts.failNext = true;
    await expect(cache.getBoundSet('console:lokal')).rejects.toThrow('connection terminated');
    expect((await cache.getBoundSet('console:lokal'))?.set.key).toBe('overkalix-2018');
    expect(counts.reads).toBe(2);
  });
});
