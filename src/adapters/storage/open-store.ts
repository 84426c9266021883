// Opens the database named by DATABASE_URL: SQLite for `file:`, PostgreSQL for `postgres(ql)://`.
// Migrations are applied before the store is handed out. Only the configured database's client,
// driver adapter and driver are loaded (each costs memory for the life of the process).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../../app/ports.ts';
import { applyPostgresMigrations, applySqliteMigrations } from './apply-migrations.ts';
import { getProvider, getSqlitePath } from './database-url.ts';
import { type Client, createPrismaStore } from './prisma-store.ts';
import type { DirectWriter } from './sqlite-direct.ts';

export async function openStore(databaseUrl: string): Promise<Store> {
  const provider = getProvider(databaseUrl);
  if (provider === 'sqlite') {
    const path = getSqlitePath(databaseUrl);
    // Migrations and queries use separate connections; an in-memory database would be a different
    // one for each. Unit tests use createMemoryStore() instead.
    if (path === ':memory:') throw new Error('DATABASE_URL file::memory: is not supported: use a file.');
    mkdirSync(dirname(path), { recursive: true });
    applySqliteMigrations(path);
    const { createDirectWriter, createSqliteAdapter } = await import('./sqlite-direct.ts');
    const { createCheckpointer, SAFETY_NET_PAGES } = await import('./sqlite-checkpointer.ts');
    const { PrismaClient } = await import('./generated/sqlite/client.ts');
    // Busy timeout: a writer waits up to 5 s for another process's write transaction.
    const sqlite = createSqliteAdapter(path, 5000);
    const prisma = new PrismaClient({ adapter: sqlite.adapter });
    // Per connection; journal_mode=WAL was set on the file by the migration run.
    await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
    const checkpointer = createCheckpointer(path);
    await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    let writer: { db: object; writer: DirectWriter } | null = null;
    return createPrismaStore(prisma, 'sqlite', {
      direct: () => {
        const db = sqlite.idleConnection();
        if (!db) return null;
        // Prisma may reconnect (a new connection object): the writer's statements belong to one.
        if (writer?.db !== db) writer = { db, writer: createDirectWriter(db, checkpointer) };
        return writer.writer;
      },
      beforeClose: () => checkpointer.stop(),
    });
  }
  if (provider === 'postgresql') {
    await applyPostgresMigrations(databaseUrl);
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { PrismaClient } = await import('./generated/postgresql/client.ts');
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    // Generated from the same models as the SQLite client, so the API is the same; only the
    // nominal provider types differ, hence one cast instead of a second store implementation.
    return createPrismaStore(prisma as unknown as Client, 'postgresql');
  }
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).');
}
