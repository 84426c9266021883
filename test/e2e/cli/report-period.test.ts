// `loftesbot report` on a multi-year set (Piteå 2023–2025): one year's report, as JSON, from a fresh
// SQLite file; a bad period gets the same Swedish message as /rapport, naming the CLI form.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'loftesbot.js');
const dir = mkdtempSync(join(tmpdir(), 'loftesbot-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = {
  ...process.env,
  DATABASE_URL: `file:${join(dir, 'pitea.db')}`,
  LOFTESBOT_NOW: '2025-01-15T09:00:00',
  LOFTESBOT_PROMISES: join(root, 'promises', 'examples', 'pitea-2023.yml'),
};
const run = promisify(execFile);

function runConsole(input: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'console'], { env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('close', () => resolve(out));
    child.stdin.end(input);
  });
}

describe('loftesbot report <år> on a multi-year set', () => {
  it('gives that year’s targets and counts', async () => {
    const out = await runConsole(
      [
        '/logga medborgarmöte Centrum 2023-05-10 med kommun',
        '/logga medborgarmöte Centrum 2024-03-05 med kommun',
        '/logga medborgarmöte Öjebyn 2024-06-11 med förening',
        '/logga medborgarmöte Norrfjärden 2024-10-08 med kommun',
        '/logga bedrägeriinformation 2024-04-18',
        '',
      ].join('\n'),
    );
    expect(out.match(/^Loggat:/gm)).toHaveLength(5);
    const { stdout } = await run(process.execPath, [bin, 'report', '2024', '--format', 'json'], { env });
    const model = JSON.parse(stdout) as {
      title: string;
      period: { start: string; end: string };
      scope: { heading: string };
      promises: { id: string; outcome: string; figures: string[]; activities: unknown[] }[];
    };
    expect(model.scope.heading).toBe('År 2024');
    expect(model.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    const moten = model.promises.find((p) => p.id === 'medborgarmoten')!;
    expect(moten.outcome).toBe('uppfyllt');
    expect(moten.figures[0]).toBe('3 av 3 medborgarmöten');
    expect(moten.activities).toHaveLength(3);
    const bedr = model.promises.find((p) => p.id === 'bedragerier')!;
    expect(bedr.figures[0]).toBe('Under 2024: 1 bedrägeriinformation (pro rata 1,0 av 3 under perioden)');

    const { stdout: md } = await run(process.execPath, [bin, 'report', 'T2', '2024'], { env });
    expect(md).toContain('# Tertial 2 (maj–augusti) 2024: uppföljning av medborgarlöfte 2023–2025');
  });

  it('refuses a period that does not exist, and a year outside the set, in Swedish', async () => {
    const bad = await run(process.execPath, [bin, 'report', 'T4'], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in bad && bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'Tertial 4 finns inte: året har tre tertial. Skriv T1, T2 eller T3, t.ex. loftesbot report T2 2019.',
    );
    const outside = await run(process.execPath, [bin, 'report', '2026'], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in outside && outside.code).toBe(1);
    expect(outside.stderr).toContain(
      'Någon rapport för 2026 finns inte här; skriv loftesbot report 2023, 2024 eller 2025 för ett år, eller loftesbot report för hela perioden.',
    );
  });
});
