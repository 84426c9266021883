// Keeps each set's activities in memory, indexed by promise and kept current by the set's revision
// counter, so a command does not re-read a year of rows to compute status (a replica that missed writes
// reads only the delta). Beside the index it keeps the set's status book: tallies that each write and
// undo update in place, so a command's status costs no pass over the ledger either.
import { createStatusBook, type StatusBook } from '../domain/status/compute-status.ts';
import type { Activity } from '../domain/types.ts';
import type { Store, StoredPromiseSet } from './ports.ts';

interface Entry {
  revision: number;
  byId: Map<string, Activity>;
  byPromise: Map<string, Map<string, Activity>>;
  all: Activity[] | null;
  /** Built on first use, for one version of the set's file. */
  book: { version: number; book: StatusBook } | null;
}

export interface LedgerCache {
  /** Not-undone activities of the set as of the store's current revision; only those of `promiseIds` when given. */
  getActivities(setKey: string, promiseIds?: readonly string[]): Promise<Activity[]>;
  /** The set's tallies as of the store's current revision. Use it at once: later writes change it. */
  getStatusBook(set: StoredPromiseSet): Promise<StatusBook>;
  /**
   * Applies a write this process just made (revision from the store) and returns the set's tallies
   * after it. When no other writer came in between, that costs no read at all; otherwise it reads the delta.
   */
  afterWrite(
    set: StoredPromiseSet,
    revision: number,
    change: { added?: Activity; removedId?: string },
  ): Promise<StatusBook>;
  forget(setKey?: string): void;
}

function remove(entry: Entry, id: string): void {
  const a = entry.byId.get(id);
  if (!a) return;
  entry.byId.delete(id);
  for (const promiseId of a.promiseIds) entry.byPromise.get(promiseId)?.delete(id);
  entry.book?.book.remove(a);
  entry.all = null;
}

function add(entry: Entry, a: Activity): void {
  // A delta may bring a row this process already applied: the newer copy replaces it, counted once.
  if (entry.byId.has(a.id)) remove(entry, a.id);
  entry.byId.set(a.id, a);
  for (const id of a.promiseIds) {
    let forPromise = entry.byPromise.get(id);
    if (!forPromise) {
      forPromise = new Map();
      entry.byPromise.set(id, forPromise);
    }
    forPromise.set(a.id, a);
  }
  entry.book?.book.add(a);
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

function bookOf(entry: Entry, set: StoredPromiseSet): StatusBook {
  if (entry.book?.version !== set.version) {
    const book = createStatusBook(set.def);
    for (const a of entry.byId.values()) book.add(a);
    entry.book = { version: set.version, book };
  }
  return entry.book.book;
}

/**
 * Per set: the entry and the one read that may be running. Reads of a set never overlap, so an
 * older answer cannot land after a newer one; a caller that comes while a read is running waits for
 * it and then joins the next read (one for all who came meanwhile), which starts after they came.
 */
interface Slot {
  entry: Entry | null;
  running: Promise<void> | null;
  next: Promise<Entry> | null;
}

export function createLedgerCache(store: Store): LedgerCache {
  const slots = new Map<string, Slot>();
  const slotOf = (setKey: string): Slot => {
    let slot = slots.get(setKey);
    if (!slot) {
      slot = { entry: null, running: null, next: null };
      slots.set(setKey, slot);
    }
    return slot;
  };

  function load(all: readonly Activity[], revision: number): Entry {
    const entry: Entry = { revision, byId: new Map(), byPromise: new Map(), all: null, book: null };
    for (const a of all) add(entry, a);
    return entry;
  }

  /** Brings the slot's entry up to the store's revision. Runs alone for its set. */
  async function refresh(setKey: string, slot: Slot): Promise<Entry> {
    const revision = await store.getLedgerRevision(setKey);
    if (!slot.entry) {
      // A write landing between these two reads comes again in the next delta; add() takes it once.
      const all = await store.findActivities(setKey);
      slot.entry = load(all, revision);
      return slot.entry;
    }
    if (slot.entry.revision >= revision) return slot.entry;
    const since = slot.entry.revision;
    const delta = await store.getLedgerDelta(setKey, since);
    const entry = slot.entry;
    // This process's own write moved the entry on while the delta was read (afterWrite waits only for
    // a read already running): the delta is relative to a state that is gone, so read again.
    if (entry.revision !== since) return refresh(setKey, slot);
    if (delta.revision <= since) return entry;
    if (delta.reset) {
      // Rows were changed in place (retention): the delta holds the whole ledger.
      slot.entry = load(delta.added, delta.revision);
      return slot.entry;
    }
    for (const a of delta.added) add(entry, a);
    for (const id of delta.removed) remove(entry, id);
    entry.revision = delta.revision;
    return entry;
  }

  function current(setKey: string): Promise<Entry> {
    const slot = slotOf(setKey);
    if (slot.next) return slot.next;
    const start = (): Promise<Entry> => {
      slot.next = null;
      const read = refresh(setKey, slot);
      const running = read.then(
        () => undefined,
        () => undefined,
      );
      slot.running = running;
      void running.then(() => {
        if (slot.running === running) slot.running = null;
      });
      return read;
    };
    if (!slot.running) return start();
    const queued = slot.running.then(start);
    slot.next = queued;
    return queued;
  }

  return {
    async getActivities(setKey, promiseIds) {
      return select(await current(setKey), promiseIds);
    },
    async getStatusBook(set) {
      return bookOf(await current(set.key), set);
    },
    async afterWrite(set, revision, change) {
      const slot = slotOf(set.key);
      // A read under way may answer with a state before or after this write: let it land first.
      if (slot.running) await slot.running;
      const entry = slot.entry;
      if (entry && revision <= entry.revision) return bookOf(entry, set); // a delta brought it already
      if (!entry || revision !== entry.revision + 1) return this.getStatusBook(set);
      if (change.added) add(entry, change.added);
      if (change.removedId) remove(entry, change.removedId);
      entry.revision = revision;
      return bookOf(entry, set);
    },
    forget(setKey) {
      if (setKey) slots.delete(setKey);
      else slots.clear();
    },
  };
}
