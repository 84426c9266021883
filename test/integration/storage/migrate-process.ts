// Child process for apply-migrations.test.ts: applies migrations to the database given as argument
// and prints what it applied. Not a test file on its own.
import {
  applyPostgresMigrations,
  applySqliteMigrations,
} from '../../../src/adapters/storage/apply-migrations.ts';
import { getProvider, getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';

const url = process.argv[2]!;
const applied =
  getProvider(url) === 'sqlite'
    ? applySqliteMigrations(getSqlitePath(url))
    : await applyPostgresMigrations(url);
const store = await openStore(url);
const ready = await store.isReady();
await store.close();
process.stdout.write(JSON.stringify({ applied, ready }));
