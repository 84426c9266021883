// The `loftesbot` command as a child process on a test database at a fixed local time (LOFTESBOT_NOW),
// for end-to-end tests of the command line. Each database a test asks for is dropped after the file.
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import type { ExportData } from '../../src/app/ports.ts';
import type { TestBackend, TestDatabase } from './databases.ts';

const execFileAsync = promisify(execFile);

export const loftesbotBin = join(import.meta.dirname, '..', '..', 'bin', 'loftesbot.js');

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface CliRunner {
  /** A new database of the backend's kind, dropped after the file's tests. */
  database(backend: TestBackend): Promise<TestDatabase>;
  /** Runs `loftesbot <args>`; a non-zero exit is a result with its code, not a throw. */
  run(db: TestDatabase, ...args: string[]): Promise<CliResult>;
  /** What `loftesbot export` prints, parsed. */
  exported(db: TestDatabase): Promise<ExportData>;
}

/** `loftesbot console` with `input` on stdin, as a script pipes lines into it. */
export function pipeConsole(
  env: NodeJS.ProcessEnv,
  input: string,
): Promise<{ stdout: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [loftesbotBin, 'console'], { env });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('close', (code) => resolve({ stdout, code }));
    child.stdin.end(input);
  });
}

/** Call at the top of a test file: it registers the `afterAll` that drops the databases. */
export function createCliRunner(now: string): CliRunner {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });
  const run = async (db: TestDatabase, ...args: string[]): Promise<CliResult> => {
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, [loftesbotBin, ...args], {
        env: { ...process.env, DATABASE_URL: db.url, LOFTESBOT_NOW: now },
        // An export of a large import runs to megabytes.
        maxBuffer: 256 * 1024 * 1024,
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as CliResult;
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  };
  return {
    async database(backend) {
      const db = await backend.create();
      databases.push(db);
      return db;
    },
    run,
    exported: async (db) => JSON.parse((await run(db, 'export')).stdout) as ExportData,
  };
}
