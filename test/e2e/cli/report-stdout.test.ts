// `loftesbot report -o -`: the dash names stdout, as for other command-line tools, not a file named "-".
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { reportTarget } from '../../../src/cli/report-command.ts';
import { loftesbotBin } from '../../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'loftesbot-report-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = {
  ...process.env,
  DATABASE_URL: `file:${join(dir, 'overkalix.db')}`,
  LOFTESBOT_NOW: '2018-03-19T08:00:00',
};
const run = promisify(execFile);

describe('loftesbot report -o -', () => {
  it('writes a text report to stdout and no file named "-"', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [loftesbotBin, 'report', '--format', 'md', '-o', '-'],
      { env, cwd: dir },
    );
    expect(stdout).toContain('Minst en medborgarkontakt');
    expect(stderr).not.toContain('Skrev');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('writes an Excel report to stdout when stdout is a pipe', async () => {
    const { stdout } = await run(process.execPath, [loftesbotBin, 'report', '--format', 'xlsx', '-o', '-'], {
      env,
      cwd: dir,
      encoding: 'buffer',
    });
    // An xlsx file is a zip archive: it starts with "PK".
    expect(stdout.subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('refuses Word and Excel to a terminal with a Swedish message, and writes no file', () => {
    expect(reportTarget('-', 'docx', 'rapport.docx', true)).toEqual({
      refused:
        '-o - skriver till skärmen, men Word-filen är inte text. Skicka den vidare (loftesbot report --format docx -o - > rapport.docx) eller ange ett filnamn: -o rapport.docx.',
    });
    expect(reportTarget('-', 'md', 'rapport.md', true)).toEqual({ stdout: true });
    expect(reportTarget('ut.docx', 'docx', 'rapport.docx', true)).toEqual({
      file: 'ut.docx',
      inReportDir: false,
    });
  });
});
