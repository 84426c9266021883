// Issue 8 load test: N officers (default 50) log concurrently for a bounded time through the real
// Slack HTTP receiver (signed slash commands, a temporary SQLite file or, with LOAD_DB=postgresql, a
// fresh PostgreSQL database; fake Web API on 127.0.0.1). Every tenth line is delivered twice at once,
// as a retried delivery would be. Afterwards the database is compared with what was sent: every
// distinct line stored exactly once, none lost.
// The load runs in a worker thread (plain JavaScript, signing each body like Slack does).
// Run: npx tsx bench/load-slack.ts   (LOAD_SECONDS=30, LOAD_USERS=50, LOAD_DB=postgresql, LOAD_REPLICAS=2;
// figures go to docs/benchmarks.md)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startSlackTestApp, TEST_SECRET } from '../test/e2e/slack/start-slack-app.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  type TestDatabase,
} from '../test/helpers/databases.ts';
import { figures } from './stats.ts';

export interface LoadResult {
  users: number;
  seconds: number;
  /** HTTP requests sent (duplicate deliveries included). */
  requests: number;
  /** Distinct lines sent. */
  lines: number;
  duplicateDeliveries: number;
  /** Entries in the database from this run. */
  stored: number;
  /** Distinct lines sent but not stored. */
  lost: number;
  /** Lines stored more than once (extra rows). */
  duplicates: number;
  /** Answers other than 200 with "Loggat"/"Redan loggat" (refusals, errors, slow replies). */
  failed: number;
  /** Replies that came by response_url because they missed the ack budget. */
  late: number;
  throughput: number;
  p50: number;
  p99: number;
  /**
   * CPU time of the server's thread (this process's main thread, not the officers' worker) per
   * request while the officers ran, in ms; null where /proc is not there. Less at the mercy of
   * other work on the machine than the latencies: a same-run A/B figure.
   */
  cpuPerRequestMs: number | null;
}

/** CPU time (user + system) of this process's main thread so far, in ms; null without /proc. */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

interface RequestRecord {
  note: string;
  ms: number;
  /** The ack's text ('' when the status was not 200). */
  text: string;
}

const officersCode = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { urls, responseUrl, users, seconds, secret } = workerData;
const records = [];
let deliveries = 0;
async function deliver(url, user, note) {
  const body = new URLSearchParams({ token: 'x', team_id: 'T1', team_domain: 'overkalix', channel_id: 'C1',
    channel_name: 'medborgarlofte', user_id: user, user_name: user.toLowerCase(), command: '/logga',
    text: 'medborgarkontakt Centrum "' + note + '"', api_app_id: 'A1', response_url: responseUrl,
    trigger_id: user + '.' + (++deliveries) }).toString();
  const ts = Math.floor(Date.now() / 1000).toString();
  const sig = 'v0=' + createHmac('sha256', secret).update('v0:' + ts + ':' + body).digest('hex');
  const t0 = performance.now();
  let text = '';
  try {
    const r = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': ts, 'x-slack-signature': sig } });
    const raw = await r.text();
    if (r.status === 200) text = JSON.parse(raw).text || '';
  } catch {}
  records.push({ note, ms: performance.now() - t0, text });
}
(async () => {
  const start = performance.now();
  const until = start + seconds * 1000;
  await Promise.all(Array.from({ length: users }, async (_, u) => {
    const user = 'U' + (1000 + u);
    const url = urls[u % urls.length];
    for (let n = 0; performance.now() < until; n++) {
      const note = 'runda ' + user + ' nr ' + n;
      // Every tenth line twice at once, as an officer who sends the same line twice (each its own
      // trigger_id: the very same signed request is a replay, refused by the guard; see replay.test.ts);
      // from each user's first line on, so a slow run (a loaded machine, PostgreSQL) still has
      // duplicates to check.
      if (n % 10 === 0) await Promise.all([deliver(url, user, note), deliver(url, user, note)]);
      else await deliver(url, user, note);
    }
  }));
  parentPort.postMessage({ records, elapsed: (performance.now() - start) / 1000 });
})();
`;

function runOfficers(data: {
  urls: string[];
  responseUrl: string;
  users: number;
  seconds: number;
}): Promise<{ records: RequestRecord[]; elapsed: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(officersCode, { eval: true, workerData: { ...data, secret: TEST_SECRET } });
    worker.once('message', (m: { records: RequestRecord[]; elapsed: number }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

export async function runSlackLoad(
  options: {
    users?: number;
    seconds?: number;
    createDatabase?: () => Promise<TestDatabase>;
    /** Bot instances on the one database, users spread over them (in this process: one event loop). */
    replicas?: number;
  } = {},
): Promise<LoadResult> {
  const users = options.users ?? 50;
  const replicas = options.replicas ?? 1;
  const seconds = options.seconds ?? 30;
  // The per-user limit (30 a minute) would refuse a closed loop; this measures storage, not the limit.
  const env = { LOFTESBOT_RATE_LIMIT: '1000000' };
  const app = await startSlackTestApp(options.createDatabase ?? createSqliteDatabase, env);
  const db = { url: app.rt.config.databaseUrl, drop: async () => {} };
  const others = await Promise.all(
    Array.from({ length: replicas - 1 }, () => startSlackTestApp(async () => db, env)),
  );
  try {
    await app.rt.deps.store.bindChannel(
      {
        channelId: 'slack:T1:C1',
        platform: 'slack',
        setKey: 'overkalix-2018',
        postTarget: { teamId: 'T1', channelId: 'C1' },
      },
      { actor: 'slack:T1:U1', platform: 'slack', action: 'bind' },
      app.rt.deps.clock.now(),
    );
    // The officers run in a worker thread, so the server's event loop carries only the server.
    const cpuBefore = mainThreadCpuMs();
    const run = await runOfficers({
      urls: [app.url, ...others.map((o) => o.url)],
      responseUrl: app.slack.responseUrl(),
      users,
      seconds,
    });
    const sent = new Set(run.records.map((r) => r.note));
    const latencies = run.records.map((r) => r.ms);
    const requests = run.records.length;
    const duplicateDeliveries = requests - sent.size;
    const late = run.records.filter((r) => r.text === 'Arbetar…').length;
    const failed = run.records.filter(
      (r) => r.text !== 'Arbetar…' && !/^(Loggat|Redan loggat): medborgarkontakt/.test(r.text),
    ).length;
    const cpuAfter = mainThreadCpuMs();
    const elapsed = run.elapsed;
    // Every replica answers late replies at the first one's response_url.
    if (late > 0) await app.slack.waitFor('response_url', late, 30_000);

    const notes = (await app.rt.deps.store.findActivities('overkalix-2018')).map((a) => a.note ?? '');
    const counts = new Map<string, number>();
    for (const n of notes) counts.set(n, (counts.get(n) ?? 0) + 1);
    const f = figures(latencies);
    return {
      users,
      seconds: elapsed,
      requests,
      lines: sent.size,
      duplicateDeliveries,
      stored: notes.length,
      lost: [...sent].filter((n) => !counts.has(n)).length,
      duplicates: [...counts.values()].reduce((s, c) => s + Math.max(0, c - 1), 0),
      failed,
      late,
      throughput: requests / elapsed,
      cpuPerRequestMs:
        cpuBefore === null || cpuAfter === null || requests === 0 ? null : (cpuAfter - cpuBefore) / requests,
      p50: f.median,
      p99: f.p99,
    };
  } finally {
    for (const other of others) await other.close();
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // LOAD_DB=postgresql runs against a fresh database on the test server (TEST_POSTGRES_URL).
  const onPostgres = process.env.LOAD_DB === 'postgresql';
  const r = await runSlackLoad({
    users: Number(process.env.LOAD_USERS ?? 50),
    seconds: Number(process.env.LOAD_SECONDS ?? 30),
    createDatabase: onPostgres ? createPostgresDatabase : createSqliteDatabase,
    replicas: Number(process.env.LOAD_REPLICAS ?? 1),
  });
  console.log(
    `\nSlack load: ${r.users} users logging concurrently for ${r.seconds.toFixed(1)} s (${onPostgres ? 'PostgreSQL' : 'SQLite'}, ${process.env.LOAD_REPLICAS ?? 1} replica(s), loopback)`,
  );
  console.log(
    '| requests | distinct lines | duplicate deliveries | stored | lost | duplicates | failed | late | throughput | p50 | p99 | server CPU per request |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${r.requests} | ${r.lines} | ${r.duplicateDeliveries} | ${r.stored} | ${r.lost} | ${r.duplicates} | ${r.failed} | ${r.late} | ${r.throughput.toFixed(0)} req/s | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.cpuPerRequestMs === null ? '—' : `${r.cpuPerRequestMs.toFixed(2)} ms`} |`,
  );
  process.exit(r.lost === 0 && r.duplicates === 0 && r.stored === r.lines && r.failed === 0 ? 0 : 1);
}
