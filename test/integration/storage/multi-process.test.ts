// Several bot processes on one database log the same lines at the same time (replicas, or a retry
// reaching another process): each line is written once, and every write gets its own revision.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';

const run = promisify(execFile);
const child = join(dirname(fileURLToPath(import.meta.url)), 'log-process.ts');
const withPostgres = await isPostgresAvailable('multi-process');
const backends = [
  { name: 'sqlite', create: createSqliteDatabase },
  ...(withPostgres ? [{ name: 'postgresql', create: createPostgresDatabase }] : []),
];

const dbs: TestDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.drop();
});

describe.each(backends)('Three processes on one $name database', (backend) => {
  it('write each de-duplicated line exactly once', async () => {
    const db = await backend.create();
    dbs.push(db);
    // Create the schema first, so the children race on logging, not on migrating.
    await (await openStore(db.url)).close();
    const [keys, lines] = [30, 90];
    const outputs = await Promise.all(
      [1, 2, 3].map(() =>
        run(process.execPath, ['--import', 'tsx', child, db.url, String(keys), String(lines)]),
      ),
    );
    const written = outputs.map((o) => (JSON.parse(o.stdout) as { written: number }).written);
    expect(written.reduce((a, b) => a + b, 0)).toBe(keys);
    const store = await openStore(db.url);
    try {
      expect(await store.findActivities('overkalix-2018')).toHaveLength(keys);
      expect(await store.getLedgerRevision('overkalix-2018')).toBe(keys);
    } finally {
      await store.close();
    }
  });
});
