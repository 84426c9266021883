// Issue 3: signed /logga slash commands per second through Bolt's HTTP receiver with storage (SQLite
// temp file, every request a new entry), beside a bare Bolt app that only acks, in the same run;
// then latency at a fixed 200 requests/s. The load comes from a worker thread so it does not share
// the servers' event loop. Run: npx tsx bench/slack-throughput.ts   (figures go to docs/benchmarks.md)
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { startSlack } from '../src/adapters/slack/index.ts';
import { openRuntime } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/config.ts';
import { figures, printTable } from './stats.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const RATE = 200;
const SECRET = 'bench-signing-secret';

async function listen(
  handler:
    | express.Express
    | ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void),
): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

// Bolt calls auth.test before the first command; nothing else reaches the Web API here.
const fakeApi = await listen((_req: unknown, res: import('node:http').ServerResponse) => {
  res.setHeader('content-type', 'application/json');
  res.end(
    JSON.stringify({
      ok: true,
      user_id: 'UBOT',
      bot_id: 'BBOT',
      team_id: 'T1',
      user: { id: 'U1', name: 'x' },
    }),
  );
});
const apiUrl = `http://127.0.0.1:${fakeApi.port}/api/`;

// The real adapter, with storage.
const dir = mkdtempSync(join(tmpdir(), 'loftesbot-slack-bench-'));
const config = loadConfig({
  DATABASE_URL: `file:${join(dir, 'bench.db')}`,
  LOFTESBOT_NOW: '2018-03-19T08:00:00',
  LOFTESBOT_ADMINS: 'UADMIN',
  LOFTESBOT_RATE_LIMIT: '1000000',
  LOG_LEVEL: 'silent',
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: apiUrl,
});
const rt = await openRuntime(config);
const fullApp = express();
const slack = await startSlack(rt.deps, rt.log, fullApp, config.slack!);
const full = await listen(fullApp);
await rt.deps.store.bindChannel(
  {
    channelId: 'slack:T1:C1',
    platform: 'slack',
    setKey: 'overkalix-2018',
    postTarget: { teamId: 'T1', channelId: 'C1' },
  },
  { actor: 'slack:T1:UADMIN', platform: 'slack', action: 'bind' },
  rt.deps.clock.now(),
);

// The bare baseline: the same receiver and signature check, a handler that only acks.
const bareExpress = express();
const bare = new App({
  token: 'xoxb-bench',
  clientOptions: { slackApiUrl: apiUrl },
  logLevel: undefined,
  receiver: new ExpressReceiver({ signingSecret: SECRET, app: bareExpress }),
});
bare.command('/logga', async ({ ack }) => {
  await ack();
});
const bareServer = await listen(bareExpress);

// The load generator, in its own thread. Every line is new (a numbered note), so each request
// writes an entry instead of taking the "Redan loggat" shortcut; 200 users, as in a big county.
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { url, secret, mode, seconds, connections, rate, prefix } = workerData;
let n = 0;
function request() {
  const id = prefix + (n++);
  const body = new URLSearchParams({ token: 'x', team_id: 'T1', team_domain: 'bench', channel_id: 'C1', channel_name: 'bench',
    user_id: 'U' + (n % 200), user_name: 'u' + (n % 200), command: '/logga', text: 'medborgarkontakt Centrum "pass ' + id + '"', api_app_id: 'A1',
    response_url: 'http://127.0.0.1:9/unused', trigger_id: '1.2.3' }).toString();
  const ts = Math.floor(Date.now() / 1000).toString();
  const sig = 'v0=' + createHmac('sha256', secret).update('v0:' + ts + ':' + body).digest('hex');
  const t0 = performance.now();
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': ts, 'x-slack-signature': sig } })
    .then(async (r) => { await r.arrayBuffer(); if (r.status !== 200) throw new Error('status ' + r.status); return performance.now() - t0; });
}
(async () => {
  const latencies = []; let errors = 0;
  const until = performance.now() + seconds * 1000;
  const start = performance.now();
  if (mode === 'closed') {
    await Promise.all(Array.from({ length: connections }, async () => {
      while (performance.now() < until) { try { latencies.push(await request()); } catch { errors++; } }
    }));
  } else {
    const pending = []; const total = Math.round(seconds * rate);
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(request().then((ms) => latencies.push(ms), () => errors++));
    }
    await Promise.all(pending);
  }
  parentPort.postMessage({ latencies, errors, elapsed: (performance.now() - start) / 1000 });
})();
`;

let runNo = 0;
function load(
  port: number,
  mode: 'closed' | 'rate',
  seconds: number,
): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerCode, {
      eval: true,
      workerData: {
        url: `http://127.0.0.1:${port}/slack/events`,
        secret: SECRET,
        mode,
        seconds,
        connections: CONNECTIONS,
        rate: RATE,
        prefix: `R${runNo++}X`,
      },
    });
    worker.once('message', (m) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm up both (JIT, auth.test, SQLite pages): the first rounds ran faster one after another.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
await load(bareServer.port, 'closed', WARMUP);
await load(full.port, 'closed', WARMUP);

const rps = { bare: [] as number[], full: [] as number[] };
let errors = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, port] of [
    ['bare', bareServer.port],
    ['full', full.port],
  ] as const) {
    const r = await load(port, 'closed', SECONDS);
    rps[name].push(r.latencies.length / r.elapsed);
    errors += r.errors;
  }
}
const fixedBare = await load(bareServer.port, 'rate', SECONDS);
const fixedFull = await load(full.port, 'rate', SECONDS);
errors += fixedBare.errors + fixedFull.errors;
const stored = (await rt.deps.store.findActivities('overkalix-2018')).length;

console.log(
  `\nSlack HTTP receiver, signed /logga, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each`,
);
console.log(`| app | requests/s per round | median requests/s |`);
console.log(`| --- | --- | ---: |`);
for (const name of ['bare', 'full'] as const) {
  console.log(
    `| ${name === 'bare' ? 'bare Bolt, ack only' : 'Löftesbot with SQLite'} | ${rps[name].map((x) => x.toFixed(0)).join(', ')} | ${median(rps[name]).toFixed(0)} |`,
  );
}
const ratio = median(rps.full) / median(rps.bare);
printTable(`Latency at a fixed ${RATE} requests/s for ${SECONDS} s`, [
  ['bare Bolt, ack only', figures(fixedBare.latencies)],
  ['Löftesbot with SQLite', figures(fixedFull.latencies)],
]);
const p99 = figures(fixedFull.latencies).p99;
console.log(
  `\nratio Löftesbot / bare: ${ratio.toFixed(2)} (target ≥ 0.70) · p99 at ${RATE}/s: ${p99.toFixed(1)} ms (target < 50 ms)`,
);
console.log(`entries stored: ${stored} · failed requests: ${errors}`);
console.log(
  `machine: ${availableParallelism()} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} at the end`,
);

await slack.stop();
for (const s of [full.server, bareServer.server, fakeApi.server]) {
  s.closeAllConnections();
  s.close();
}
await rt.close();
rmSync(dir, { recursive: true, force: true });
