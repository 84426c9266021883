// `npm run build` makes a CLI that answers as the sources do: tsconfig.build.json compiled into a
// folder at dist/'s depth (so the paths to prisma/, promises/ and the packages' data files resolve as
// from dist/), then `status --json` and `digest` from the compiled CLI equal those from the sources
// through tsx, on each database (each loads its own driver and Prisma client on first use).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { projectRoot } from '../production/bot-process.ts';

const run = promisify(execFile);
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(projectRoot, '.build-test-'));
  const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  // --noCheck: the same output, without a second type check (`npm test` runs one).
  await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck', '--outDir', out], {
    cwd: projectRoot,
  });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(await findTestDatabases('compiled CLI'))('the compiled CLI on $name', ({ create }) => {
  it('answers as the sources do, from a fresh database it set up itself', async () => {
    const db = await create();
    try {
      const env = { ...process.env, DATABASE_URL: db.url };
      const cli = (entry: string[], args: string[]) =>
        run(process.execPath, [...entry, ...args], { cwd: projectRoot, env }).then((r) => r.stdout);
      const compiled = [join(out, 'cli', 'main.js')];
      const sources = ['--import', 'tsx', 'src/cli/main.ts'];
      const status = ['status', '--json', '--now', '2018-03-19T08:00:00'];
      // The Tuesday after annandag påsk: the holiday calendar is read from date-holidays' data file.
      const digest = ['digest', '--now', '2018-04-03T08:00:00'];

      const compiledStatus = await cli(compiled, status);
      expect(
        (JSON.parse(compiledStatus) as { promises: { id: string }[] }).promises.map((p) => p.id),
      ).toContain('medborgarkontakt');
      expect(compiledStatus).toBe(await cli(sources, status));
      const compiledDigest = await cli(compiled, digest);
      expect(compiledDigest).toContain('mån 2 april är annandag påsk');
      expect(compiledDigest).toBe(await cli(sources, digest));
    } finally {
      await db.drop();
    }
  }, 60_000);
});
