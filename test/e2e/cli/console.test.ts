// The loftesbot command as a newcomer and a script use it: a fresh database (SQLite, and PostgreSQL),
// lines on stdin.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestDatabases, type TestDatabase } from '../../helpers/databases.ts';
import { loftesbotBin, pipeConsole } from '../../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'loftesbot-cli-'));
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const env = (db: TestDatabase) => ({
  ...process.env,
  DATABASE_URL: db.url,
  LOFTESBOT_NOW: '2018-03-19T08:00:00',
});

const runConsole = (db: TestDatabase, input: string) => pipeConsole(env(db), input);

const run = promisify(execFile);

describe.each(await findTestDatabases('loftesbot console and CLI'))(
  'loftesbot console and CLI on $name',
  ({ create }) => {
    /** A new database of this kind for one test, dropped after the suite. */
    const fresh = async () => {
      const db = await create();
      databases.push(db);
      return db;
    };

    it('logs a line in line mode, answers each command, and exits at end of input', async () => {
      const { stdout, code } = await runConsole(
        await fresh(),
        '/logga medborgarkontakt Centrum 2018-03-14\n/status\n',
      );
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^Loggat: medborgarkontakt · Centrum · ons 14 mars \(v\.11\) · 1 st — 1 på 11 veckor/m,
      );
      for (const title of [
        'Helgbemanning',
        'Minst en medborgarkontakt',
        'Minst fyra trafiksäkerhetsinsatser',
        'Skriftlig sammanställning',
      ]) {
        expect(stdout).toContain(title);
      }
    });

    it('refuses a bad line with a Swedish message and writes nothing', async () => {
      const db = await fresh();
      const { stdout } = await runConsole(
        db,
        '/logga medborgarkontakt Centrum 2018-02-30\n/logga medborgarkontakt Centrum "ring 070-123 45 67"\n',
      );
      expect(stdout).toContain('2018-02-30');
      expect(stdout).toMatch(/telefonnummer/);
      const { stdout: json } = await run(process.execPath, [loftesbotBin, 'status', '--json'], {
        env: env(db),
      });
      const status = JSON.parse(json) as { promises: { id: string; count: number; status: string }[] };
      expect(status.promises.find((p) => p.id === 'medborgarkontakt')?.count).toBe(0);
    });

    it('prints status as JSON with every promise of the seed document', async () => {
      const db = await fresh();
      await runConsole(db, '/logga helgbemanning 2018-03-10\n');
      const { stdout } = await run(process.execPath, [loftesbotBin, 'status', '--json'], { env: env(db) });
      const status = JSON.parse(stdout) as {
        asOf: string;
        promises: { id: string; status: string; count: number }[];
      };
      expect(status.asOf).toBe('2018-03-19T07:00:00.000Z');
      expect(status.promises.map((p) => p.id)).toEqual([
        'helgbemanning',
        'narvaro',
        'medborgarkontakt',
        'narkotikainsats',
        'natdroger',
        'riskkvall',
        'aktivitetsdag',
        'trafikinsats',
        'trafikarbete',
        'sammanstallning',
      ]);
      expect(status.promises.find((p) => p.id === 'helgbemanning')).toMatchObject({ count: 1 });
      for (const p of status.promises)
        expect(['uppfyllt', 'i fas', 'släpar', 'ej uppfyllt']).toContain(p.status);
    });

    it('imports a promise file, and refuses a broken one naming field and line, importing nothing', async () => {
      const db = await fresh();
      const good = join(dir, 'good.yml');
      const text = (await import('node:fs')).readFileSync(
        join(import.meta.dirname, '..', '..', '..', 'promises', 'overkalix-2018.yml'),
        'utf8',
      );
      writeFileSync(good, text.replace('key: overkalix-2018', 'key: overkalix-2019'));
      const ok = await run(process.execPath, [loftesbotBin, 'import', good], { env: env(db) });
      expect(ok.stdout).toContain('Importerade overkalix-2019 (version 1)');

      const bad = join(dir, 'bad.yml');
      writeFileSync(
        bad,
        text
          .replace('key: overkalix-2018', 'key: trasig-2018')
          .replace('rule: { kind: count, target: 4 }', 'rule: { kind: count, target: -4 }'),
      );
      const refused = await run(process.execPath, [loftesbotBin, 'import', bad], { env: env(db) }).catch(
        (e: { stderr: string; code: number }) => e,
      );
      expect('code' in refused && refused.code).toBe(1);
      expect(refused.stderr).toMatch(/rad \d+, promises\[7\]\.rule\.target: ska vara större än 0/);
      const { stdout: audit } = await run(process.execPath, [loftesbotBin, 'audit', '--json'], {
        env: env(db),
      });
      expect(audit).not.toContain('trasig-2018');
    });
  },
);
