// Issue 7: the production figures in one run.
// 1. Commands through handleCommand with the real stores: PostgreSQL beside SQLite (latency median/p99
//    one at a time, throughput with several users at once, CPU time per command).
// 2. `loftesbot start` with Slack (HTTP mode, fake Web API) and Teams (TEAMS_LOCAL) both on: time from
//    spawn to /readyz 200 and the resident memory 3 s and 20 s after that (by 20 s V8's memory reducer
//    may have given back what start-up left behind). Targets: ready < 2 s, RSS < 150 MB. Three ways to
//    run it: the TypeScript sources through tsx (`npm start` on a fresh clone), the compiled JavaScript
//    (`npm run build`, which this benchmark runs first), and that with the image's NODE_OPTIONS.
// Run: npx tsx bench/production.ts   (PostgreSQL at BENCH_POSTGRES_URL, default 127.0.0.1:5432/test;
// without it the PostgreSQL rows are left out with a notice). Figures go to docs/benchmarks.md.
// BENCH_PART=commands runs part 1 only, e.g. to compare it under NODE_OPTIONS=--max-semi-space-size=4.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { elapsedMs } from '../src/app/clock.ts';
import { CONSOLE_CHANNEL } from '../src/app/ensure-defaults.ts';
import { handleCommand } from '../src/app/handle-command.ts';
import { createRateLimiter } from '../src/app/rate-limiter.ts';
import { openRuntime } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/config.ts';
import { projectRoot, startBot } from '../test/e2e/production/bot-process.ts';
import { startFakeSlackApi } from '../test/helpers/fake-slack-api.ts';
import { figures, ms, printTable } from './stats.ts';

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const NOW = '2018-07-02T09:00:00';

interface Database {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgres(): Promise<Database | null> {
  const name = `loftesbot_bench_${randomBytes(5).toString('hex')}`;
  try {
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    console.warn(`⚠ PostgreSQL at ${serverUrl} unreachable (${(error as Error).message}): SQLite only.`);
    return null;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

function sqlite(): Database {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-bench-prod-'));
  return {
    name: 'SQLite',
    url: `file:${join(dir, 'bench.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

// Distinct lines: the same line from the same user within 30 s is answered "Redan loggat", unwritten.
const words = ['medborgarkontakt', 'närvaro', 'trafikinsats', 'helgbemanning', 'narkotikainsats'];
const places = ['Centrum', 'Skolan', 'Ungdomsgården', 'Företag'];
// A count above 20 must be confirmed (`bekräfta`), helgbemanning on a weekday stored with `ändå`.
const line = (i: number) =>
  `/logga ${words[i % words.length]} ${places[i % places.length]} ${i % 3 === 0 ? 'igår' : 'idag'} ${1 + (i % 997)} st${1 + (i % 997) > 20 ? ' bekräfta' : ''}${i % words.length === 3 ? ' ändå' : ''}`;

async function commandFigures(db: Database) {
  const rt = await openRuntime(
    loadConfig({ DATABASE_URL: db.url, LOFTESBOT_NOW: NOW, LOG_LEVEL: 'silent' }),
    ['console:bench'],
  );
  const deps = { ...rt.deps, rateLimiter: createRateLimiter(Number.MAX_SAFE_INTEGER, elapsedMs) };
  const ctx = (user: number) => ({
    channelId: CONSOLE_CHANNEL,
    platform: 'console' as const,
    userId: `console:polis${user}`,
    platformUserId: `console:polis${user}`,
  });
  const run = async (i: number, user: number) => {
    const reply = await handleCommand(deps, ctx(user), line(i));
    if (!/^(Loggat|Räknas inte)/.test(reply.text))
      throw new Error(`${db.name}: unexpected reply: ${reply.text}`);
  };
  await run(COMMANDS * 3, 0); // warm-up: loads the ledger and the prepared statements

  // CPU time (all of the process's threads, GC included) per command: steadier than wall time on a
  // shared machine, and what a Node flag that changes garbage collection would move.
  const cpu0 = process.cpuUsage();
  const single: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < COMMANDS; i++) {
    const t = performance.now();
    await run(i, i % 40);
    single.push(performance.now() - t);
  }
  const singleRate = COMMANDS / ((performance.now() - t0) / 1000);

  // Several users at once, as replicas or one busy process see them.
  const parallel: number[] = [];
  let next = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      while (next < COMMANDS) {
        const i = COMMANDS + next++;
        const t = performance.now();
        await run(i, 100 + worker);
        parallel.push(performance.now() - t);
      }
    }),
  );
  const parallelRate = COMMANDS / ((performance.now() - t1) / 1000);
  const cpu = process.cpuUsage(cpu0);
  const cpuPerCommand = (cpu.user + cpu.system) / 1000 / (2 * COMMANDS);
  await rt.close();
  return { single: figures(single), singleRate, parallel: figures(parallel), parallelRate, cpuPerCommand };
}

interface StartCase {
  label: string;
  /** node's arguments before `start`. */
  entry: string[];
  nodeOptions: string;
}

/** The image's setting (Dockerfile). */
const IMAGE_NODE_OPTIONS = '--max-semi-space-size=4';
const startCases: StartCase[] = [
  { label: 'sources through tsx', entry: ['--import', 'tsx', 'src/cli/main.ts'], nodeOptions: '' },
  { label: 'compiled', entry: ['dist/cli/main.js'], nodeOptions: '' },
  {
    label: `compiled, ${IMAGE_NODE_OPTIONS} (the image)`,
    entry: ['dist/cli/main.js'],
    nodeOptions: IMAGE_NODE_OPTIONS,
  },
];

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;

async function startFigures(db: Database, c: StartCase) {
  const slack = await startFakeSlackApi();
  const ready: number[] = [];
  const rssSoon: number[] = [];
  const rssIdle: number[] = [];
  try {
    for (let i = 0; i < STARTS; i++) {
      const bot = await startBot(
        {
          DATABASE_URL: db.url,
          LOFTESBOT_NOW: NOW,
          LOG_LEVEL: 'warn',
          SLACK_BOT_TOKEN: 'xoxb-bench',
          SLACK_SIGNING_SECRET: 'bench-secret',
          SLACK_API_URL: slack.apiUrl,
          // Teams with made-up credentials: TEAMS_LOCAL is refused beside a Slack configuration.
          CLIENT_ID: '00000000-0000-0000-0000-00000000be4c',
          CLIENT_SECRET: 'bench-not-a-secret',
          SERVICE_URL: slack.baseUrl,
          NODE_OPTIONS: c.nodeOptions,
        },
        c.entry,
      );
      try {
        ready.push(await bot.waitReady());
        // 3 s: the start-up catch-up tick is over. 20 s: idle, after V8's memory reducer has run.
        await new Promise((r) => setTimeout(r, 3000));
        rssSoon.push(rssOf(bot.child.pid!));
        await new Promise((r) => setTimeout(r, 17_000));
        rssIdle.push(rssOf(bot.child.pid!));
        bot.kill('SIGTERM');
        const code = await bot.exited;
        if (code !== 0) throw new Error(`${db.name}: the bot exited ${code} on SIGTERM`);
      } finally {
        await bot.dispose();
      }
    }
  } finally {
    await slack.close();
  }
  return { ready: figures(ready), rssSoon: figures(rssSoon), rssIdle: figures(rssIdle) };
}

// BENCH_PART=commands: only the command figures (e.g. to compare NODE_OPTIONS for the process itself).
const startsOn = process.env.BENCH_PART !== 'commands';
// The compiled cases run what `npm run build` makes of the current sources.
if (startsOn) execFileSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: 'inherit' });

const dbs = [sqlite(), await postgres()].filter((d): d is Database => d !== null);
const commandRows: [string, ReturnType<typeof figures>][] = [];
const rates: string[] = [];
const startRows: [string, ReturnType<typeof figures>][] = [];
const memory: string[] = [];
try {
  for (const db of dbs) {
    const c = await commandFigures(db);
    commandRows.push([`${db.name}: /logga one at a time`, c.single]);
    commandRows.push([`${db.name}: /logga, ${CONCURRENCY} users at once`, c.parallel]);
    rates.push(
      `| ${db.name} | ${c.singleRate.toFixed(0)} | ${c.parallelRate.toFixed(0)} | ${ms(c.single.p99)} | ${ms(c.parallel.p99)} | ${c.cpuPerCommand.toFixed(2)} ms |`,
    );
  }
  for (const c of startsOn ? startCases : []) {
    for (const db of dbs) {
      const s = await startFigures(db, c);
      const label = `${db.name}, ${c.label}`;
      startRows.push([`${label}: spawn → /readyz 200`, s.ready]);
      memory.push(
        `| ${label} | ${s.ready.median.toFixed(0)} ms (${s.ready.max.toFixed(0)}) | ${s.rssSoon.median.toFixed(1)} MB (${s.rssSoon.max.toFixed(1)}) | ${s.rssIdle.median.toFixed(1)} MB (${s.rssIdle.max.toFixed(1)}) | ${
          s.ready.max < 2000 ? 'met' : 'NOT met'
        } | ${Math.max(s.rssSoon.max, s.rssIdle.max) < 150 ? 'met' : 'NOT met'} |`,
      );
    }
  }
} finally {
  for (const db of dbs) await db.drop();
}

printTable(
  `Commands through handleCommand with the real stores (${COMMANDS} per case, Node ${process.version})`,
  commandRows,
);
console.log(
  `\n| database | commands/s one at a time | commands/s concurrent | p99 one at a time | p99 concurrent | CPU per command |   NODE_OPTIONS=${process.env.NODE_OPTIONS ?? ''}`,
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rates) console.log(r);
if (!startsOn) process.exit(0);
printTable(`Start-up to ready with Slack (HTTP) and Teams (local) on, ${STARTS} starts per case`, startRows);
console.log(
  '\n| case | ready, median (max) | RSS 3 s after ready, median (max) | RSS 20 s after ready, median (max) | ready < 2 s | RSS < 150 MB |',
);
console.log('| --- | ---: | ---: | ---: | :---: | :---: |');
for (const m of memory) console.log(m);
