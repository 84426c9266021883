// A year's back-fill piped into `loftesbot console` at once, as an officer catching up in January does:
// every line is stored, whatever the chat rate limit is set to (the console has one local user).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestDatabases, type TestDatabase } from '../../helpers/databases.ts';
import { loftesbotBin, pipeConsole } from '../../helpers/run-cli.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.drop();
});

const env = (db: TestDatabase) => ({
  ...process.env,
  DATABASE_URL: db.url,
  LOFTESBOT_NOW: '2019-01-15T09:00:00',
  // Far below the back-fill's length: the console must not be limited at all.
  LOFTESBOT_RATE_LIMIT: '5',
});

const day = (from: string, plusDays: number) =>
  new Date(Date.parse(`${from}T12:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);

/** 52 weekly citizen contacts (Wednesdays), 18 staffed weekends (every third Saturday), 4 traffic operations. */
function backfill(): string[] {
  const lines: string[] = ['# Efterregistrering 2018'];
  for (let w = 0; w < 52; w++) lines.push(`/logga medborgarkontakt Centrum ${day('2018-01-03', 7 * w)}`);
  for (let k = 0; k < 18; k++) lines.push(`logga helgbemanning ${day('2018-01-06', 21 * k)}`);
  for (const date of ['2018-04-12', '2018-06-20', '2018-09-05', '2018-11-28'])
    lines.push(`logga trafikinsats E4 ${date}`);
  return lines;
}

describe.each(await findTestDatabases('console back-fill'))(
  'a year piped into loftesbot console on $name',
  ({ create }) => {
    it('stores all 74 lines and answers each with what was stored', async () => {
      const db = await create();
      databases.push(db);
      const lines = backfill();
      const { stdout, code } = await pipeConsole(env(db), `${lines.join('\n')}\n`);
      expect(code).toBe(0);
      const replies = stdout.split('\n').filter((l) => /^\S/.test(l));
      expect(replies.filter((l) => l.startsWith('Loggat:'))).toHaveLength(74);
      expect(stdout).not.toMatch(/Inte sparat|Lugn i stormen|förlorat/);

      const { stdout: json } = await promisify(execFile)(process.execPath, [loftesbotBin, 'export'], {
        env: env(db),
      });
      const exported = JSON.parse(json) as {
        activities: { promiseIds: string[]; date: string; undoneAt?: string | null }[];
      };
      const byPromise = (id: string) =>
        exported.activities.filter((a) => a.promiseIds.includes(id)).map((a) => a.date);
      expect(byPromise('medborgarkontakt')).toHaveLength(52);
      expect(byPromise('helgbemanning')).toHaveLength(18);
      expect(byPromise('trafikinsats').sort()).toEqual([
        '2018-04-12',
        '2018-06-20',
        '2018-09-05',
        '2018-11-28',
      ]);
      expect(byPromise('medborgarkontakt')).toContain('2018-12-26');
    });
  },
);
