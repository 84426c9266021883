// `loftesbot audit` as an administrator reads it: every write from the console, newest first, with
// who, platform, what and which entity; undo keeps the original entry in the trail.
import { execFile, spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'loftesbot.js');

function runConsole(env: NodeJS.ProcessEnv, input: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'console'], { env });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('close', () => resolve(stdout));
    child.stdin.end(input);
  });
}

describe.each(await findTestDatabases('loftesbot audit'))('loftesbot audit on $name', ({ create }) => {
  it('lists every write with actor, platform, action and entity, newest first', async () => {
    const db = await create();
    const env = { ...process.env, DATABASE_URL: db.url, LOFTESBOT_NOW: '2018-03-19T08:00:00' };
    const out = await runConsole(
      env,
      [
        '/logga medborgarkontakt Centrum 2018-03-14 "lugnt vid kiosken"',
        '/planera trafikinsats 2018-03-24',
        '/logga ångra',
        '/loften roll @kollega chef',
        '/logga medborgarkontakt Centrum 2018-03-14 "pratade med 811218-9876"',
      ].join('\n'),
    );
    expect(out).toContain('Loggat:');
    expect(out).toContain('Ångrat:');

    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'audit'], { env });
    const me = `console:${userInfo().username || 'lokal'}`;
    const lines = stdout.trim().split('\n');
    const actions = lines.map((l) => l.split(/\s{2}/)[3]);
    // Newest first: role, undo, plan, log, then the seeding import and bind at start.
    expect(actions.slice(0, 4)).toEqual(['set-role', 'undo', 'plan', 'log']);
    expect(actions).toContain('seed');
    for (const line of lines.slice(0, 4)) {
      expect(line).toMatch(new RegExp(`^2018-03-19T07:00:00\\.000Z  ${me}  console  `));
    }
    expect(lines[0]).toContain('role console:lokal console:kollega');
    // The refused line with a personal identity number wrote nothing, not even to the trail.
    expect(lines).toHaveLength(6);
    await db.drop();
  }, 60_000);
});
