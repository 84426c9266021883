// Real databases for storage tests: a temporary SQLite file, and a fresh PostgreSQL database on the
// server named by TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test).
// Without a reachable PostgreSQL the PostgreSQL suites are left out with a notice, unless
// LOFTESBOT_REQUIRE_PG=1 (CI), where that is an error.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const isPostgresRequired = process.env.LOFTESBOT_REQUIRE_PG === '1';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresServerUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let reachable: Promise<boolean> | undefined;

/**
 * True when PostgreSQL answers. False (with a console notice) when it does not and it is optional;
 * throws when LOFTESBOT_REQUIRE_PG=1.
 */
export function isPostgresAvailable(suite: string): Promise<boolean> {
  reachable ??= withAdmin((c) => c.query('SELECT 1')).then(
    () => true,
    (error: Error) => {
      if (isPostgresRequired) {
        throw new Error(
          `LOFTESBOT_REQUIRE_PG=1 but PostgreSQL at ${postgresServerUrl} is unreachable: ${error.message}`,
        );
      }
      return false;
    },
  );
  return reachable.then((ok) => {
    if (!ok) {
      console.warn(
        `\n⚠ PostgreSQL at ${postgresServerUrl} is unreachable: "${suite}" runs WITHOUT its PostgreSQL part. ` +
          'Set LOFTESBOT_REQUIRE_PG=1 to make this an error.\n',
      );
    }
    return ok;
  });
}

export interface TestBackend {
  name: 'SQLite' | 'PostgreSQL';
  create(): Promise<TestDatabase>;
}

/**
 * The databases a suite runs on, for `describe.each`: SQLite always, PostgreSQL when it answers (and
 * always with LOFTESBOT_REQUIRE_PG=1, where an unreachable server fails the suite). Each `create()` is
 * a database of its own, so tests and parallel vitest workers never share one.
 */
export async function findTestDatabases(suite: string): Promise<TestBackend[]> {
  const sqlite: TestBackend = { name: 'SQLite', create: createSqliteDatabase };
  if (!(await isPostgresAvailable(suite))) return [sqlite];
  return [sqlite, { name: 'PostgreSQL', create: createPostgresDatabase }];
}

/** A new, empty database on the test server; `drop()` removes it. */
export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `loftesbot_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A database file in a new temporary folder (a subfolder, to show openStore creates it). */
export async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-test-'));
  return {
    url: `file:${join(dir, 'data', 'loftesbot.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
