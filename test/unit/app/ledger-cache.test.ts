import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import type { NewActivity } from '../../../src/app/ports.ts';
import { loadPromiseFile } from '../../../src/domain/promise-set/load-promise-file.ts';
import { buildActivity, overkalixText } from '../../helpers/build-activity.ts';

const audit = { actor: 'console:anna', platform: 'console' as const, action: 'log' };
const now = new Date('2018-03-19T08:00:00Z');
const entry = (promiseId: string, date: string): NewActivity =>
  buildActivity(promiseId, date, { place: 'centrum' });

describe('ledger cache', () => {
  it('sees writes made by another process (another cache on the same store)', async () => {
    const store = createMemoryStore();
    const def = loadPromiseFile(overkalixText);
    if (!def.ok) throw new Error('invalid');
    await store.savePromiseSet(def.value, audit, now);
    const stored = (await store.getPromiseSet('overkalix-2018'))!;
    const mine = createLedgerCache(store);
    const theirs = createLedgerCache(store);
    await store.createActivity(entry('medborgarkontakt', '2018-03-14'), audit, now);
    expect(await mine.getActivities('overkalix-2018')).toHaveLength(1);
    const written = await store.createActivity(entry('trafikinsats', '2018-03-15'), audit, now);
    // A cache that never loaded the set reads it whole, this write included.
    const book = await theirs.afterWrite(stored, written.revision, { added: written.activity });
    const counts = book.status(now).promises.map((p) => [p.id, p.count]);
    expect(counts).toContainEqual(['medborgarkontakt', 1]);
    expect(counts).toContainEqual(['trafikinsats', 1]);
    expect((await mine.getActivities('overkalix-2018', ['trafikinsats'])).map((a) => a.date)).toEqual([
      '2018-03-15',
    ]);
    const undone = await store.undoLatestActivity('overkalix-2018', 'console:anna', audit, now);
    expect(undone).not.toBeNull();
    expect(await mine.getActivities('overkalix-2018', ['trafikinsats'])).toEqual([]);
    expect(await mine.getActivities('overkalix-2018', ['medborgarkontakt'])).toHaveLength(1);
    // The other cache's tallies take the undo back too, with the delta.
    const after = (await theirs.getStatusBook(stored)).status(now);
    expect(after.promises.find((p) => p.id === 'trafikinsats')?.count).toBe(0);
    expect(after.promises.find((p) => p.id === 'medborgarkontakt')?.count).toBe(1);
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
    const stored = (await store.getPromiseSet('overkalix-2018'))!;
    const cache = createLedgerCache(counting);
    await cache.getStatusBook(stored);
    reads = 0;
    const written = await store.createActivity(entry('medborgarkontakt', '2018-03-14'), audit, now);
    const book = await cache.afterWrite(stored, written.revision, { added: written.activity });
    expect(book.status(now, {}, ['medborgarkontakt']).promises[0]?.count).toBe(1);
    expect(await cache.getActivities('overkalix-2018', ['medborgarkontakt'])).toEqual([written.activity]);
    expect(reads).toBe(1); // the getActivities just above, not the write
  });

  it('counts a row once when a delta brings back a write it already applied', async () => {
    const store = createMemoryStore();
    const def = loadPromiseFile(overkalixText);
    if (!def.ok) throw new Error('invalid');
    await store.savePromiseSet(def.value, audit, now);
    const stored = (await store.getPromiseSet('overkalix-2018'))!;
    const cache = createLedgerCache(store);
    await cache.getStatusBook(stored);
    // Two writes land; this process hears of the second one first, then reads the delta.
    const first = await store.createActivity(entry('medborgarkontakt', '2018-03-14'), audit, now);
    const second = await store.createActivity(entry('medborgarkontakt', '2018-03-15'), audit, now);
    await cache.afterWrite(stored, second.revision, { added: second.activity });
    const book = await cache.afterWrite(stored, first.revision, { added: first.activity });
    expect(book.status(now, {}, ['medborgarkontakt']).promises[0]?.count).toBe(2);
  });
  it('reads one delta at a time per set, so an older answer never lands after a newer one', async () => {
    const store = createMemoryStore();
    const def = loadPromiseFile(overkalixText);
    if (!def.ok) throw new Error('invalid');
    await store.savePromiseSet(def.value, audit, now);
    // Delta reads answer as of when they were asked, but only when released: a slow pool connection.
    const held: (() => void)[] = [];
    let deltas = 0;
    let holding = true;
    const slow = {
      ...store,
      getLedgerDelta: async (key: string, since: number) => {
        deltas++;
        const answer = await store.getLedgerDelta(key, since);
        if (holding) await new Promise<void>((resolve) => held.push(resolve));
        return answer;
      },
    };
    const cache = createLedgerCache(slow);
    expect(await cache.getActivities('overkalix-2018')).toEqual([]);
    // Another replica logs an entry, and a read starts; then the entry is undone and a second read starts.
    const written = await store.createActivity(entry('medborgarkontakt', '2018-03-14'), audit, now);
    const first = cache.getActivities('overkalix-2018');
    await new Promise((resolve) => setImmediate(resolve));
    await store.undoActivity(written.activity.id, 'console:anna', audit, now);
    const second = cache.getActivities('overkalix-2018');
    const third = cache.getActivities('overkalix-2018'); // joins the second
    await new Promise((resolve) => setImmediate(resolve));
    expect(deltas).toBe(1); // the second waits for the first
    holding = false;
    held.shift()!();
    expect((await first).map((a) => a.id)).toEqual([written.activity.id]);
    expect(await second).toEqual([]);
    expect(await third).toEqual([]);
    expect(deltas).toBe(2);
    // The cache stands at the undo's revision: nothing more to read, nothing undone comes back.
    expect(await cache.getActivities('overkalix-2018')).toEqual([]);
    expect(deltas).toBe(2);
  });
});
