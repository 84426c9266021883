// The real CLI as a child process (`node bin/loftesbot.js …`), as operators run it: one-shot commands,
// and `start` as a long-running bot on its own PORT, probed over HTTP.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = 'bin/loftesbot.js';

/** Settings from the developer's shell must not leak into a test's bot. */
const scrubbed = [
  'DATABASE_URL',
  'PORT',
  'LOG_LEVEL',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_API_URL',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'TENANT_ID',
  'SERVICE_URL',
  'TEAMS_LOCAL',
  'HOST',
];

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(base)) {
    if (scrubbed.includes(key) || key.startsWith('LOFTESBOT_')) delete base[key];
  }
  return { ...base, ...env };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one CLI command to its end. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  options: { input?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: projectRoot,
      env: childEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`loftesbot ${args.join(' ')} did not finish; stderr: ${stderr.slice(-500)}`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BotProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything written so far (stdout and stderr, interleaved). */
  output(): string;
  /** pino lines (on stderr), parsed. */
  logs(): Record<string, unknown>[];
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  /** Polls /readyz until 200; returns the milliseconds from spawn. */
  waitReady(timeoutMs?: number): Promise<number>;
  /** Waits until a log line matches. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  /** SIGKILL if still running (cleanup). */
  dispose(): Promise<void>;
}

/**
 * `loftesbot start` on its own port (a free one unless PORT is given). `entry`: node's arguments
 * before `start` (the benchmark runs `dist/cli/main.js` or the sources through tsx directly).
 */
export async function startBot(env: Record<string, string>, entry: string[] = [bin]): Promise<BotProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...entry, 'start'], {
    cwd: projectRoot,
    env: childEnv({ LOG_LEVEL: 'info', ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
    stderr += d;
  });
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      running = false;
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const logs = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          return {};
        }
      });
  return {
    port,
    url,
    child,
    output: () => out,
    logs,
    exited,
    async waitReady(timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        if (!running) throw new Error(`the bot exited before it was ready:\n${out.slice(-1500)}`);
        const ok = await fetch(`${url}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return performance.now() - spawnedAt;
        if (Date.now() > until)
          throw new Error(`the bot was not ready in ${timeoutMs} ms:\n${out.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async waitForLog(match, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!logs().some(match)) {
        if (Date.now() > until)
          throw new Error(`no matching log line in ${timeoutMs} ms:\n${out.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    kill: (signal) => {
      if (running) child.kill(signal);
    },
    async dispose() {
      if (running) child.kill('SIGKILL');
      await exited;
    },
  };
}
