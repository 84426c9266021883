// Every Store a storage test runs on: the in-memory fake, SQLite (a temporary file) and PostgreSQL (a
// fresh database) when it answers. The stores a test opens are closed, and their databases dropped,
// after the test.
import { afterEach } from 'vitest';
import { createMemoryStore } from '../../src/adapters/storage/memory-store.ts';
import { openStore } from '../../src/adapters/storage/open-store.ts';
import type { Store } from '../../src/app/ports.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from './databases.ts';

export interface StoreBackend {
  name: 'memory' | 'sqlite' | 'postgresql';
  /** A fresh database; null for the memory store. */
  create(): Promise<TestDatabase | null>;
}

export async function findStoreBackends(suite: string): Promise<StoreBackend[]> {
  const withPostgres = await isPostgresAvailable(suite);
  return [
    { name: 'memory', create: async () => null },
    { name: 'sqlite', create: createSqliteDatabase },
    ...(withPostgres ? [{ name: 'postgresql' as const, create: createPostgresDatabase }] : []),
  ];
}

export interface OpenedStore {
  store: Store;
  /** Another replica on the same database (the memory store has no second process: the same one). */
  replica(): Promise<Store>;
}

/** Call at the top of a test file: it registers the `afterEach` that closes the stores and drops. */
export function createStoreOpener(): (backend: StoreBackend) => Promise<OpenedStore> {
  const stores: Store[] = [];
  const dbs: TestDatabase[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0).reverse()) await store.close();
    for (const db of dbs.splice(0)) await db.drop();
  });
  return async (backend) => {
    const db = await backend.create();
    if (db) dbs.push(db);
    const store = db ? await openStore(db.url) : createMemoryStore();
    stores.push(store);
    return {
      store,
      async replica() {
        if (!db) return store;
        const other = await openStore(db.url);
        stores.push(other);
        return other;
      },
    };
  };
}
