// `loftesbot export -o -` and `loftesbot copy-set … -o -`: the dash names stdout, as for `report -o -`,
// not a file named "-".
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loftesbotBin } from '../../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'loftesbot-dash-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = {
  ...process.env,
  DATABASE_URL: `file:${join(dir, 'overkalix.db')}`,
  LOFTESBOT_NOW: '2018-03-19T08:00:00',
};
const run = promisify(execFile);
const promiseFile = join(import.meta.dirname, '..', '..', '..', 'promises', 'overkalix-2018.yml');

describe('-o - writes to stdout', () => {
  it('export -o - prints the export as JSON and writes no file named "-"', async () => {
    const { stdout } = await run(process.execPath, [loftesbotBin, 'export', '-o', '-'], { env, cwd: dir });
    const data = JSON.parse(stdout) as { version: number };
    expect(data.version).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it("copy-set -o - prints next year's file, with what to check on stderr, and writes no file", async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [loftesbotBin, 'copy-set', promiseFile, '2019', '-o', '-'],
      { env, cwd: dir },
    );
    expect(stdout).toContain('key: overkalix-2019');
    expect(stdout).not.toContain('Kontrollera innan du importerar');
    expect(stderr).toContain('Kontrollera innan du importerar (overkalix-2019)');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});
