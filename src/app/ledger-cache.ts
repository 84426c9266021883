// Keeps each set's activities in memory, kept current by the set's revision counter, so a command
// does not re-read a year of rows to compute status (a replica that missed writes reads only the delta).
import type { Activity } from '../domain/types.ts';
import type { Store } from './ports.ts';

interface Entry {
  revision: number;
  byId: Map<string, Activity>;
  list: Activity[] | null;
}

export interface LedgerCache {
  /** All not-undone activities of the set, as of the store's current revision. */
  getActivities(setKey: string): Promise<Activity[]>;
  /** Applies a write this process just made (revision from the store), avoiding a round trip. */
  noteWrite(setKey: string, revision: number, change: { added?: Activity; removedId?: string }): void;
  forget(setKey?: string): void;
}

export function createLedgerCache(store: Store): LedgerCache {
  const entries = new Map<string, Entry>();

  const snapshot = (e: Entry): Activity[] => {
    e.list ??= [...e.byId.values()];
    return e.list;
  };

  return {
    async getActivities(setKey) {
      const current = await store.getLedgerRevision(setKey);
      let entry = entries.get(setKey);
      if (!entry) {
        const all = await store.findActivities(setKey);
        entry = { revision: current, byId: new Map(all.map((a) => [a.id, a])), list: null };
        // A write landing between the two reads is picked up by the next delta.
        entries.set(setKey, entry);
        return snapshot(entry);
      }
      if (entry.revision < current) {
        const delta = await store.getLedgerDelta(setKey, entry.revision);
        for (const a of delta.added) entry.byId.set(a.id, a);
        for (const id of delta.removed) entry.byId.delete(id);
        entry.revision = delta.revision;
        entry.list = null;
      }
      return snapshot(entry);
    },
    noteWrite(setKey, revision, change) {
      const entry = entries.get(setKey);
      if (!entry) return;
      if (revision !== entry.revision + 1) {
        // Another writer came in between: leave it to the next delta read.
        return;
      }
      if (change.added) entry.byId.set(change.added.id, change.added);
      if (change.removedId) entry.byId.delete(change.removedId);
      entry.revision = revision;
      entry.list = null;
    },
    forget(setKey) {
      if (setKey) entries.delete(setKey);
      else entries.clear();
    },
  };
}
