// The console writes the files a reply names (the report's Word, Markdown, CSV and chart) into
// ./rapporter/, or the folder -o names, and says where; `report --format docx` to a terminal never
// prints the bytes (tested where stdout is a pipe: there the bytes go to the pipe, as before).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'loftesbot.js');

function consoleIn(cwd: string, input: string, args: string[] = []): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'console', ...args], {
      cwd,
      env: {
        ...process.env,
        DATABASE_URL: `file:${join(cwd, 'b.db')}`,
        LOFTESBOT_NOW: '2019-01-15T09:00:00',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('close', () => resolve(out));
    child.stdin.end(input);
  });
}

describe('console files', () => {
  it('writes the report files it names into ./rapporter/ and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-files-'));
    const out = await consoleIn(dir, 'logga trafikinsats 2018-05-15\nrapport 2018\n');
    expect(out).toContain(`Skrev ${join('rapporter', 'medborgarkontakter-2018.png')}`);
    expect(out).toContain(`Skrev ${join('rapporter', 'uppfoljning-overkalix-2018.docx')}`);
    const docx = readFileSync(join(dir, 'rapporter', 'uppfoljning-overkalix-2018.docx'));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(join(dir, 'rapporter', 'uppfoljning-overkalix-2018.md'), 'utf8')).toContain(
      '# Uppföljning av medborgarlöfte 2018',
    );
    expect(existsSync(join(dir, 'rapporter', 'uppfoljning-overkalix-2018.csv'))).toBe(true);
  }, 60_000);

  it('writes them into the folder -o names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-files-'));
    const out = await consoleIn(dir, 'rapport 2018 xlsx\n', ['-o', 'ut']);
    expect(out).toContain(`Skrev ${join('ut', 'uppfoljning-overkalix-2018.xlsx')}`);
    expect(
      readFileSync(join(dir, 'ut', 'uppfoljning-overkalix-2018.xlsx'))
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    expect(existsSync(join(dir, 'rapporter'))).toBe(false);
  }, 60_000);
});
