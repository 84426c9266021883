// SQLite and PostgreSQL must hold the same model. Both migration folders are applied to real databases,
// each is introspected into one normalised shape, and the shapes are compared. Also: the committed
// per-provider schemas are what scripts/generate-clients.mjs writes, and no model change lacks a migration.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  getMigrationsDir,
  MIGRATIONS_TABLE,
  readMigrations,
} from '../../../src/adapters/storage/apply-migrations.ts';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';

type Shape = Record<
  string,
  {
    columns: Record<string, { type: string; nullable: boolean }>;
    primaryKey: string[];
    unique: string[][];
    indexes: string[][];
  }
>;

/** Provider column types → one vocabulary. */
const TYPES: Record<string, string> = {
  TEXT: 'text',
  INTEGER: 'int',
  DATETIME: 'datetime',
  BOOLEAN: 'bool',
  text: 'text',
  integer: 'int',
  'timestamp without time zone': 'datetime',
  boolean: 'bool',
};
const normaliseType = (t: string) => TYPES[t] ?? `unknown:${t}`;
const sortLists = (lists: string[][]) => lists.sort((a, b) => a.join().localeCompare(b.join()));

function describeSqlite(path: string): Shape {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?`,
      )
      .all(MIGRATIONS_TABLE) as { name: string }[];
    const shape: Shape = {};
    for (const { name } of tables) {
      const cols = db.pragma(`table_info("${name}")`) as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      const indexes = db.pragma(`index_list("${name}")`) as {
        name: string;
        unique: number;
        origin: string;
      }[];
      const columnsOf = (index: string) =>
        (db.pragma(`index_info("${index}")`) as { seqno: number; name: string }[])
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name);
      shape[name] = {
        columns: Object.fromEntries(
          cols.map((c) => [c.name, { type: normaliseType(c.type), nullable: c.notnull === 0 }]),
        ),
        primaryKey: cols
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        unique: sortLists(
          indexes.filter((i) => i.unique === 1 && i.origin !== 'pk').map((i) => columnsOf(i.name)),
        ),
        indexes: sortLists(indexes.filter((i) => i.unique === 0).map((i) => columnsOf(i.name))),
      };
    }
    return shape;
  } finally {
    db.close();
  }
}

async function describePostgres(url: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: cols } = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> $1 ORDER BY table_name, ordinal_position`,
      [MIGRATIONS_TABLE],
    );
    const { rows: indexes } = await client.query<{
      table: string;
      columns: string[];
      unique: boolean;
      primary: boolean;
    }>(
      `SELECT t.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
       WHERE s.nspname = 'public' AND t.relname <> $1`,
      [MIGRATIONS_TABLE],
    );
    const shape: Shape = {};
    for (const c of cols) {
      shape[c.table_name] ??= { columns: {}, primaryKey: [], unique: [], indexes: [] };
      shape[c.table_name]!.columns[c.column_name] = {
        type: normaliseType(c.data_type),
        nullable: c.is_nullable === 'YES',
      };
    }
    for (const i of indexes) {
      const table = shape[i.table]!;
      if (i.primary) table.primaryKey = i.columns;
      else if (i.unique) table.unique.push(i.columns);
      else table.indexes.push(i.columns);
    }
    for (const t of Object.values(shape)) {
      sortLists(t.unique);
      sortLists(t.indexes);
    }
    return shape;
  } finally {
    await client.end();
  }
}

const root = join(import.meta.dirname, '..', '..', '..');
const withPostgres = await isPostgresAvailable('schema drift');

describe('Generated schemas', () => {
  it('are what scripts/generate-clients.mjs writes from prisma/models.prisma', async () => {
    const result = await promisify(execFile)(process.execPath, [
      join(root, 'scripts', 'generate-clients.mjs'),
      '--check',
    ])
      .then(() => 'up to date')
      .catch((error: { stderr: string }) => error.stderr);
    expect(result).toBe('up to date');
  });

  it.each(['sqlite', 'postgresql'] as const)('have a migration for every model change (%s)', (provider) => {
    const latest = readMigrations(provider).at(-1)!.name;
    const migrated = readFileSync(join(getMigrationsDir(provider), latest, 'schema.prisma'), 'utf8');
    const current = readFileSync(join(root, 'prisma', provider, 'schema.prisma'), 'utf8');
    expect(migrated, 'run: npm run db:migration -- <name>').toBe(current);
  });
});

// Registered only with PostgreSQL (the notice says so), so no test shows up as skipped.
if (withPostgres) {
  describe('SQLite and PostgreSQL', () => {
    const dbs: TestDatabase[] = [];
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });

    it('describe the same tables, columns, nullability and indexes after all migrations', async () => {
      const sqliteDb = await createSqliteDatabase();
      const pgDb = await createPostgresDatabase();
      dbs.push(sqliteDb, pgDb);
      for (const db of [sqliteDb, pgDb]) await (await openStore(db.url)).close();
      const sqlite = describeSqlite(getSqlitePath(sqliteDb.url));
      const postgres = await describePostgres(pgDb.url);
      expect(Object.keys(sqlite).sort()).toEqual(
        [
          'activity',
          'audit_entry',
          'channel_binding',
          'channel_role',
          'imported_row',
          'judgement',
          'ledger_revision',
          'personal_chat',
          'promise_comment',
          'promise_set',
          'report_adoption',
          'run_claim',
          'slack_installation',
        ].sort(),
      );
      expect(JSON.stringify(sqlite)).not.toContain('unknown:');
      expect(postgres).toEqual(sqlite);
    });
  });
}
