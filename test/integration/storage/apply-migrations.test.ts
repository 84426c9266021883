// Two processes starting at once against a new database: each migration is applied exactly once.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_TABLE, readMigrations } from '../../../src/adapters/storage/apply-migrations.ts';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';

const run = promisify(execFile);
const child = join(dirname(fileURLToPath(import.meta.url)), 'migrate-process.ts');
const withPostgres = await isPostgresAvailable('migrations');

const providers = [
  {
    name: 'sqlite' as const,
    create: async () => {
      const db = await createSqliteDatabase();
      // The runner itself does not create folders (openStore does); both children need the file's folder.
      mkdirSync(dirname(getSqlitePath(db.url)), { recursive: true });
      return db;
    },
    appliedNames: async (url: string) => {
      const db = new Database(getSqlitePath(url), { readonly: true });
      const rows = db.prepare(`SELECT "name" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`).all() as {
        name: string;
      }[];
      db.close();
      return rows.map((r) => r.name);
    },
  },
  ...(withPostgres
    ? [
        {
          name: 'postgresql' as const,
          create: createPostgresDatabase,
          appliedNames: async (url: string) => {
            const client = new pg.Client({ connectionString: url });
            await client.connect();
            const { rows } = await client.query<{ name: string }>(
              `SELECT "name" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`,
            );
            await client.end();
            return rows.map((r) => r.name);
          },
        },
      ]
    : []),
];

const dbs: TestDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.drop();
});

describe.each(providers)('Migrations on $name', (provider) => {
  it('are applied once when two processes start at the same time', async () => {
    const db = await provider.create();
    dbs.push(db);
    const start = () => run(process.execPath, ['--import', 'tsx', child, db.url], { timeout: 60_000 });
    const outputs = (await Promise.all([start(), start()])).map(
      (r) => JSON.parse(r.stdout) as { applied: string[]; ready: boolean },
    );
    const expected = readMigrations(provider.name).map((m) => m.name);
    expect(outputs.every((o) => o.ready)).toBe(true);
    expect(outputs.flatMap((o) => o.applied).sort()).toEqual(expected);
    expect(await provider.appliedNames(db.url)).toEqual(expected);
  });
});
