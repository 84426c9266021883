// Keeps each set's activities in memory, indexed by promise and kept current by the set's revision
// counter, so a command does not re-read a year of rows to compute status (a replica that missed writes
// reads only the delta).
import type { Activity } from '../domain/types.ts';
import type { Store } from './ports.ts';

interface Entry {
  revision: number;
  byId: Map<string, Activity>;
  byPromise: Map<string, Map<string, Activity>>;
  all: Activity[] | null;
}

export interface LedgerCache {
  /** Not-undone activities of the set as of the store's current revision; only those of `promiseIds` when given. */
  getActivities(setKey: string, promiseIds?: readonly string[]): Promise<Activity[]>;
  /**
   * Applies a write this process just made (revision from the store) and returns the activities after
   * it. When no other writer came in between, that costs no read at all; otherwise it reads the delta.
   */
  afterWrite(
    setKey: string,
    revision: number,
    change: { added?: Activity; removedId?: string },
    promiseIds?: readonly string[],
  ): Promise<Activity[]>;
  forget(setKey?: string): void;
}

function add(entry: Entry, a: Activity): void {
  entry.byId.set(a.id, a);
  for (const id of a.promiseIds) {
    let forPromise = entry.byPromise.get(id);
    if (!forPromise) {
      forPromise = new Map();
      entry.byPromise.set(id, forPromise);
    }
    forPromise.set(a.id, a);
  }
  entry.all = null;
}

function remove(entry: Entry, id: string): void {
  const a = entry.byId.get(id);
  if (!a) return;
  entry.byId.delete(id);
  for (const promiseId of a.promiseIds) entry.byPromise.get(promiseId)?.delete(id);
  entry.all = null;
}

function select(entry: Entry, promiseIds?: readonly string[]): Activity[] {
  if (!promiseIds) {
    entry.all ??= [...entry.byId.values()];
    return entry.all;
  }
  if (promiseIds.length === 1) return [...(entry.byPromise.get(promiseIds[0]!)?.values() ?? [])];
  const union = new Map<string, Activity>();
  for (const id of promiseIds) for (const [key, a] of entry.byPromise.get(id) ?? []) union.set(key, a);
  return [...union.values()];
}

export function createLedgerCache(store: Store): LedgerCache {
  const entries = new Map<string, Entry>();

  return {
    async getActivities(setKey, promiseIds) {
      const current = await store.getLedgerRevision(setKey);
      let entry = entries.get(setKey);
      if (!entry) {
        // A write landing between these two reads comes again in the next delta; applying it twice is harmless.
        const all = await store.findActivities(setKey);
        entry = { revision: current, byId: new Map(), byPromise: new Map(), all: null };
        for (const a of all) add(entry, a);
        entries.set(setKey, entry);
      } else if (entry.revision < current) {
        const delta = await store.getLedgerDelta(setKey, entry.revision);
        for (const a of delta.added) add(entry, a);
        for (const id of delta.removed) remove(entry, id);
        entry.revision = delta.revision;
      }
      return select(entry, promiseIds);
    },
    async afterWrite(setKey, revision, change, promiseIds) {
      const entry = entries.get(setKey);
      if (!entry || revision !== entry.revision + 1) return this.getActivities(setKey, promiseIds);
      if (change.added) add(entry, change.added);
      if (change.removedId) remove(entry, change.removedId);
      entry.revision = revision;
      return select(entry, promiseIds);
    },
    forget(setKey) {
      if (setKey) entries.delete(setKey);
      else entries.clear();
    },
  };
}
