// Moving from the embedded SQLite default to PostgreSQL with the real CLI: export, import-data into
// an empty database, and the same `status --json` on both.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  findTestDatabases,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';
import { runCli } from './bot-process.ts';

const withPostgres = await isPostgresAvailable('export SQLite → import PostgreSQL (CLI)');
const NOW = '2018-12-20T08:00:00';

let dir: string;
let sqlite: TestDatabase;
const dbs: TestDatabase[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loftesbot-move-'));
  sqlite = await createSqliteDatabase();
  dbs.push(sqlite);
  const env = { DATABASE_URL: sqlite.url, LOFTESBOT_NOW: NOW };
  // A realistic year, plus console lines that add an undone activity and a changed role.
  expect((await runCli(['demo'], env)).code).toBe(0);
  const lines = [
    '/logga medborgarkontakt Centrum 2018-12-18 "lugnt vid kiosken"',
    '/logga trafikinsats 2018-12-19',
    '/ångra',
  ].join('\n');
  const consoleRun = await runCli(['console'], env, { input: `${lines}\n` });
  expect(consoleRun.code).toBe(0);
  expect(consoleRun.stdout).toMatch(/Loggat/);
}, 60_000);

afterAll(async () => {
  for (const db of dbs) await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function exportFrom(url: string, file: string) {
  const result = await runCli(['export', '-o', file], { DATABASE_URL: url, LOFTESBOT_NOW: NOW });
  expect(result.code, result.stderr).toBe(0);
  return file;
}

describe.runIf(withPostgres)('SQLite → PostgreSQL with loftesbot export / import-data', () => {
  it('gives the same status --json and the same export on PostgreSQL', async () => {
    const file = await exportFrom(sqlite.url, join(dir, 'sqlite-export.json'));
    const pg = await createPostgresDatabase();
    dbs.push(pg);

    const imported = await runCli(['import-data', file], { DATABASE_URL: pg.url });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Importerade all data \(\d+ rader\)\.\n$/);

    const status = (url: string) => runCli(['status', '--json'], { DATABASE_URL: url, LOFTESBOT_NOW: NOW });
    const [fromSqlite, fromPg] = await Promise.all([status(sqlite.url), status(pg.url)]);
    expect(fromSqlite.code).toBe(0);
    expect(fromPg.code).toBe(0);
    expect(JSON.parse(fromSqlite.stdout).promises.length).toBeGreaterThan(0);
    expect(fromPg.stdout).toBe(fromSqlite.stdout);

    // Not just the status: every row (undone activities, audit, revisions) made the move.
    const back = await exportFrom(pg.url, join(dir, 'pg-export.json'));
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.activities.some((x: { undoneAt: string | null }) => x.undoneAt)).toBe(true);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(exported);

    // A second import into the now filled database is refused in Swedish and writes nothing.
    const again = await runCli(['import-data', file], { DATABASE_URL: pg.url });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'Importen avbröts: Databasen är inte tom. Importera bara till en ny, tom databas.\n',
    );
    const after = await exportFrom(pg.url, join(dir, 'pg-export-2.json'));
    expect(JSON.parse(readFileSync(after, 'utf8'))).toEqual(exported);
  }, 120_000);
});

describe.each(await findTestDatabases('import-data with a bad file'))(
  'loftesbot import-data with a bad file into $name',
  ({ create }) => {
    it('names a missing file in Swedish and exits 1', async () => {
      const target = await create();
      dbs.push(target);
      const result = await runCli(['import-data', join(dir, 'finns-inte.json')], {
        DATABASE_URL: target.url,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Filen .*finns-inte\.json går inte att läsa\.\n$/);
    });

    it('refuses a file that is not an export', async () => {
      const target = await create();
      dbs.push(target);
      const file = join(dir, 'fel.json');
      writeFileSync(file, '{"hej": 1}');
      const result = await runCli(['import-data', file], { DATABASE_URL: target.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/inte en export från loftesbot export/);
    });
  },
);

describe.each(await findTestDatabases('import-data with personal data'))(
  'loftesbot import-data with personal data in a row, into $name',
  ({ create }) => {
    it('refuses the whole file, naming the row, and imports nothing', async () => {
      const exported = JSON.parse(
        readFileSync(await exportFrom(sqlite.url, join(dir, 'clean.json')), 'utf8'),
      );
      // Rows written before the guard covered every field, or an export edited by hand.
      const tampered = [
        (d: typeof exported) => {
          d.activities[3].note = 'pojken 811218 – 9876 hämtades';
        },
        (d: typeof exported) => {
          d.activities[5].place = 'Björkstigen 14';
        },
        (d: typeof exported) => {
          d.roles.push({
            channelId: 'console:lokal',
            userId: 'console:x',
            role: 'chief',
            setAt: NOW,
            name: '070/123 45 67',
          });
        },
      ];
      for (const [i, tamper] of tampered.entries()) {
        const data = structuredClone(exported);
        tamper(data);
        const file = join(dir, `tampered-${i}.json`);
        writeFileSync(file, JSON.stringify(data));
        const target = await create();
        dbs.push(target);
        const result = await runCli(['import-data', file], { DATABASE_URL: target.url });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          /^Importen avbröts: Rad \d+ i (activities|roles) \(fältet (note|place|name)\) ser ut att innehålla personuppgifter/,
        );
        expect(result.stderr).toMatch(/Inget har importerats\.\n$/);
        const back = await runCli(['export'], { DATABASE_URL: target.url });
        expect(JSON.parse(back.stdout).activities).toEqual([]);
      }
    }, 120_000);
  },
);

// Into PostgreSQL: the second import in the move test above.
describe('loftesbot import-data into a database that is not empty', () => {
  it('refuses an export into a SQLite database that is not empty', async () => {
    const file = await exportFrom(sqlite.url, join(dir, 'again.json'));
    const result = await runCli(['import-data', file], { DATABASE_URL: sqlite.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Databasen är inte tom/);
  }, 60_000);
});
