// Applies prisma/<provider>/migrations/*/migration.sql in name order and records them in one table.
//
// A tiny own runner rather than Prisma Migrate or umzug: `migrate deploy` cannot read PostgreSQL through
// the driver adapter (prisma/orm#27403), and umzug would still need a custom storage and a custom lock
// per database. What we need is small: ordered SQL files, one bookkeeping table, and a lock so that two
// processes starting at once apply each migration exactly once (PostgreSQL: advisory lock; SQLite: the
// whole run in one BEGIN IMMEDIATE write transaction, which other writers wait for via busy_timeout).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';
import type { Provider } from './database-url.ts';

// Each driver is loaded by the first migration run that needs it: a bot on SQLite never loads pg,
// one on PostgreSQL never loads the native SQLite module.
const require = createRequire(import.meta.url);

export const MIGRATIONS_TABLE = '_loftesbot_migrations';
/** Arbitrary constant shared by every Löftesbot process on the same PostgreSQL database. */
const PG_LOCK_ID = 7_420_180;

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function getMigrationsDir(provider: Provider): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'prisma', provider, 'migrations');
}

export function readMigrations(provider: Provider): Migration[] {
  const dir = getMigrationsDir(provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}_/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

function checkApplied(applied: Map<string, string>, migrations: Migration[]): Migration[] {
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum !== undefined && sum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

/** Returns the names of the migrations this call applied. */
export function applySqliteMigrations(path: string): string[] {
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  const db = new Database(path, { timeout: 5000 });
  try {
    // WAL is a property of the database file: set once, every later connection uses it.
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(
        `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
      );
      const rows = db.prepare(`SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`).all() as {
        name: string;
        checksum: string;
      }[];
      const pending = checkApplied(new Map(rows.map((r) => [r.name, r.checksum])), readMigrations('sqlite'));
      const record = db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" VALUES (?, ?, ?)`);
      for (const m of pending) {
        db.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
      }
      db.exec('COMMIT');
      return pending.map((m) => m.name);
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.close();
  }
}

export async function applyPostgresMigrations(connectionString: string): Promise<string[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PG_LOCK_ID]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL)`,
    );
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`,
    );
    const pending = checkApplied(
      new Map(rows.map((r) => [r.name, r.checksum])),
      readMigrations('postgresql'),
    );
    for (const m of pending) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" VALUES ($1, $2, now())`, [m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return pending.map((m) => m.name);
  } finally {
    // Ending the session releases the advisory lock even if unlock is never reached.
    await client.end();
  }
}
