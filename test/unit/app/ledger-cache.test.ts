import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import type { NewActivity } from '../../../src/app/ports.ts';
import { loadPromiseFile } from '../../../src/domain/promise-set/load-promise-file.ts';
import { buildActivity, overkalixText } from '../../helpers/build-activity.ts';

const audit = { actor: 'console:anna', platform: 'console' as const, action: 'log' };
const now = new Date('2018-03-19T08:00:00Z');
const entry = (promiseId: string, date: string): NewActivity => buildActivity(promiseId, date);

describe('ledger cache', () => {
  it('sees writes made by another process (another cache on the same store)', async () => {
    const store = createMemoryStore();
    const def = loadPromiseFile(overkalixText);
    if (!def.ok) throw new Error('invalid');
    await store.savePromiseSet(def.value, audit, now);
    const mine = createLedgerCache(store);
    const theirs = createLedgerCache(store);
    await store.createActivity(entry('medborgarkontakt', '2018-03-14'), audit, now);
    expect(await mine.getActivities('overkalix-2018')).toHaveLength(1);
    const written = await store.createActivity(entry('trafikinsats', '2018-03-15'), audit, now);
    // A cache that never loaded the set reads it whole, this write included.
    expect(
      await theirs.afterWrite('overkalix-2018', written.revision, { added: written.activity }),
    ).toHaveLength(2);
    expect((await mine.getActivities('overkalix-2018', ['trafikinsats'])).map((a) => a.date)).toEqual([
      '2018-03-15',
    ]);
    const undone = await store.undoLatestActivity('overkalix-2018', 'console:anna', audit, now);
    expect(undone).not.toBeNull();
    expect(await mine.getActivities('overkalix-2018', ['trafikinsats'])).toEqual([]);
    expect(await mine.getActivities('overkalix-2018', ['medborgarkontakt'])).toHaveLength(1);
  });

  it('applies its own write without reading the store again', async () => {
    const store = createMemoryStore();
    const def = loadPromiseFile(overkalixText);
    if (!def.ok) throw new Error('invalid');
    await store.savePromiseSet(def.value, audit, now);
    let reads = 0;
    const counting = {
      ...store,
      getLedgerRevision: (key: string) => {
        reads++;
        return store.getLedgerRevision(key);
      },
      getLedgerDelta: (key: string, since: number) => {
        reads++;
        return store.getLedgerDelta(key, since);
      },
    };
    const cache = createLedgerCache(counting);
    await cache.getActivities('overkalix-2018');
    reads = 0;
    const written = await store.createActivity(entry('medborgarkontakt', '2018-03-14'), audit, now);
    const after = await cache.afterWrite('overkalix-2018', written.revision, { added: written.activity }, [
      'medborgarkontakt',
    ]);
    expect(after.map((a) => a.id)).toEqual([written.activity.id]);
    expect(reads).toBe(0);
  });
});
