// Opens the database named by DATABASE_URL: SQLite for `file:`, PostgreSQL for `postgres(ql)://`.
// Migrations are applied before the store is handed out. Only the configured database's client,
// driver adapter and driver are loaded (each costs memory for the life of the process).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../../app/ports.ts';
import { applyPostgresMigrations, applySqliteMigrations } from './apply-migrations.ts';
import { getProvider, getSqlitePath } from './database-url.ts';
import { type Client, createPrismaStore } from './prisma-store.ts';
import type { DirectClaims, DirectWriter } from './sqlite-direct.ts';

/**
 * PostgreSQL pool per process (docs/operations.md, "PostgreSQL pool", from measurements): 50 users
 * logging at once kept at most 3 connections busy (the hot write commits a batch per call), so 10
 * leave room for reports and digests. Two stay open when idle: a connection opened anew costs a
 * connect and, on its first write, compiling the log function and preparing its statements, which
 * is what a command after a quiet half minute would otherwise pay. Idle ones beyond two close after
 * 30 s; a connection is awaited at most 10 s (then the command answers that the database cannot
 * be reached).
 */
export const POSTGRES_POOL = { max: 10, min: 2, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 };

export async function openStore(databaseUrl: string): Promise<Store> {
  const provider = getProvider(databaseUrl);
  if (provider === 'sqlite') {
    const path = getSqlitePath(databaseUrl);
    // Migrations and queries use separate connections; an in-memory database would be a different
    // one for each. Unit tests use createMemoryStore() instead.
    if (path === ':memory:') throw new Error('DATABASE_URL file::memory: is not supported: use a file.');
    mkdirSync(dirname(path), { recursive: true });
    applySqliteMigrations(path);
    const { createDirectClaims, createDirectWriter, createSqliteAdapter } = await import(
      './sqlite-direct.ts'
    );
    const { createCheckpointer, SAFETY_NET_PAGES } = await import('./sqlite-checkpointer.ts');
    const { PrismaClient } = await import('./generated/sqlite/client.ts');
    // Busy timeout 0: a writer that meets another process's write lock fails at once instead of
    // sleeping inside the driver (which stops the event loop); guard-store.ts waits for it on timers.
    const sqlite = createSqliteAdapter(path, 0);
    const prisma = new PrismaClient({ adapter: sqlite.adapter });
    // Per connection; journal_mode=WAL was set on the file by the migration run.
    await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
    const checkpointer = createCheckpointer(path);
    await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    let writer: { db: object; writer: DirectWriter } | null = null;
    let claims: { db: object; claims: DirectClaims } | null = null;
    // Prisma may reconnect (a new connection object): each one's statements belong to one.
    const directClaims = () => {
      const db = sqlite.idleConnection();
      if (!db) return null;
      if (claims?.db !== db) claims = { db, claims: createDirectClaims(db, checkpointer) };
      return claims.claims;
    };
    return createPrismaStore(prisma, 'sqlite', {
      direct: () => {
        const db = sqlite.idleConnection();
        if (!db) return null;
        if (writer?.db !== db) writer = { db, writer: createDirectWriter(db, checkpointer) };
        return writer.writer;
      },
      claims: {
        claimRun: (key, claimedBy, now, staleMs) =>
          directClaims()?.claimRun(key, claimedBy, now, staleMs) ?? Promise.resolve(null),
      },
      judgements: (setKey) => directClaims()?.judgements(setKey) ?? null,
      beforeClose: () => checkpointer.stop(),
    });
  }
  if (provider === 'postgresql') {
    await applyPostgresMigrations(databaseUrl);
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { default: pg } = await import('pg');
    const { PrismaClient } = await import('./generated/postgresql/client.ts');
    const { createPostgresClaims, createPostgresReader, createPostgresWriter } = await import(
      './postgres-direct.ts'
    );
    // One pool for Prisma's adapter and the hot write (sizes: docs/operations.md).
    const pool = new pg.Pool({ connectionString: databaseUrl, ...POSTGRES_POOL });
    // An idle connection the server closed (restart, failover) is dropped by the pool and opened
    // anew on next use; without a listener its error would end the process.
    pool.on('error', () => {});
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const writer = createPostgresWriter(pool);
    // Generated from the same models as the SQLite client, so the API is the same; only the
    // nominal provider types differ, hence one cast instead of a second store implementation.
    return createPrismaStore(prisma as unknown as Client, 'postgresql', {
      direct: () => writer,
      reader: createPostgresReader(pool),
      claims: createPostgresClaims(pool),
      afterClose: () => pool.end(),
    });
  }
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).');
}
