// Issue 8 load test: N officers (default 50) log concurrently for a bounded time through the real
// Slack HTTP receiver (signed slash commands, SQLite temp file, fake Web API on 127.0.0.1). Every
// tenth line is delivered twice at once, as a retried delivery would be. Afterwards the database is
// compared with what was sent: every distinct line stored exactly once, none lost.
// Run: npx tsx bench/load-slack.ts   (LOAD_SECONDS=30, LOAD_USERS=50; figures go to docs/benchmarks.md)
import { pathToFileURL } from 'node:url';
import { startSlackTestApp, TEST_SECRET } from '../test/e2e/slack/start-slack-app.ts';
import { postSigned, slashCommandBody } from '../test/helpers/slack-signing.ts';
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
}

export async function runSlackLoad(options: { users?: number; seconds?: number } = {}): Promise<LoadResult> {
  const users = options.users ?? 50;
  const seconds = options.seconds ?? 30;
  // The per-user limit (30 a minute) would refuse a closed loop; this measures storage, not the limit.
  const app = await startSlackTestApp({ LOFTESBOT_RATE_LIMIT: '1000000' });
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
    const sent = new Set<string>();
    const latencies: number[] = [];
    let requests = 0;
    let duplicateDeliveries = 0;
    let failed = 0;
    let late = 0;

    const deliver = async (user: string, note: string) => {
      const body = slashCommandBody({
        command: '/logga',
        text: `medborgarkontakt Centrum "${note}"`,
        userId: user,
        userName: user.toLowerCase(),
        responseUrl: app.slack.responseUrl(user),
      });
      requests++;
      const r = await postSigned(app.url, TEST_SECRET, body);
      latencies.push(r.ms);
      const text = r.status === 200 ? ((r.json() as { text?: string }).text ?? '') : '';
      if (text === 'Arbetar…') late++;
      else if (!/^(Loggat|Redan loggat): medborgarkontakt/.test(text)) failed++;
    };

    const until = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        const user = `U${1000 + u}`;
        for (let n = 0; performance.now() < until; n++) {
          const note = `runda ${user} nr ${n}`;
          sent.add(note);
          if (n % 10 === 9) {
            duplicateDeliveries++;
            await Promise.all([deliver(user, note), deliver(user, note)]);
          } else {
            await deliver(user, note);
          }
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
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
      p50: f.median,
      p99: f.p99,
    };
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runSlackLoad({
    users: Number(process.env.LOAD_USERS ?? 50),
    seconds: Number(process.env.LOAD_SECONDS ?? 30),
  });
  console.log(
    `\nSlack load: ${r.users} users logging concurrently for ${r.seconds.toFixed(1)} s (SQLite, loopback)`,
  );
  console.log(
    '| requests | distinct lines | duplicate deliveries | stored | lost | duplicates | failed | late | throughput | p50 | p99 |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${r.requests} | ${r.lines} | ${r.duplicateDeliveries} | ${r.stored} | ${r.lost} | ${r.duplicates} | ${r.failed} | ${r.late} | ${r.throughput.toFixed(0)} req/s | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms |`,
  );
  process.exit(r.lost === 0 && r.duplicates === 0 && r.stored === r.lines && r.failed === 0 ? 0 : 1);
}
