// The Monday digest through the real Slack stack (Web API client, poster, scheduler, SQLite and
// PostgreSQL) while
// Slack answers HTTP 429 with Retry-After and then 503: retried, and posted exactly once.
// (test/unit/adapters/scheduler/platform-errors.test.ts covers the retry policy with a fake poster.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { digestJob } from '../../../src/adapters/scheduler/jobs/digest-job.ts';
import { startSlack } from '../../../src/adapters/slack/index.ts';
import { openRuntime } from '../../../src/cli/runtime.ts';
import { loadConfig } from '../../../src/config.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import { silentLog } from '../../unit/app/app-harness.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A Slack Web API whose chat.postMessage answers from a script: 429, 503, then ok. */
async function startTroubledSlack(script: { status: number; headers?: Record<string, string> }[]) {
  const accepted: string[] = [];
  let attempts = 0;
  const base = await listen((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/api/chat.postMessage')) {
        attempts++;
        const next = script.shift();
        if (next && next.status !== 200) {
          res.writeHead(next.status, next.headers);
          res.end(
            JSON.stringify({ ok: false, error: next.status === 429 ? 'ratelimited' : 'service_unavailable' }),
          );
          return;
        }
        accepted.push(new URLSearchParams(body).get('text') ?? body);
        res.end(JSON.stringify({ ok: true, channel: 'C1', ts: `${accepted.length}.0` }));
        return;
      }
      res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
    });
  });
  return { apiUrl: `${base}/api/`, accepted, attempts: () => attempts };
}

describe.each(await findTestDatabases('digest while Slack is in trouble'))(
  'digest while Slack is in trouble, on $name',
  ({ create }) => {
    it('rides out a 429 with Retry-After and a 503, and posts the digest once', async () => {
      const slack = await startTroubledSlack([
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 503 },
        { status: 503 },
        { status: 503 },
      ]);
      const db = await create();
      cleanups.push(() => db.drop());
      const config = loadConfig({
        DATABASE_URL: db.url,
        LOFTESBOT_NOW: '2018-03-19T08:00:00',
        LOG_LEVEL: 'silent',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: slack.apiUrl,
      });
      const rt = await openRuntime(config);
      cleanups.push(() => rt.close());
      const started = await startSlack(rt.deps, rt.log, express(), config.slack!);
      cleanups.push(() => started.stop());
      await rt.deps.store.bindChannel(
        {
          channelId: 'slack:T1:C1',
          platform: 'slack',
          setKey: 'overkalix-2018',
          postTarget: { teamId: 'T1', channelId: 'C1' },
        },
        { actor: 'slack:T1:U1', platform: 'slack', action: 'bind' },
        rt.deps.clock.now(),
      );

      const sleeps: number[] = [];
      const scheduler = createScheduler(
        rt.deps,
        silentLog,
        { slack: started.poster },
        { jobs: [digestJob], instanceId: 'a', sleep: async (ms) => void sleeps.push(ms) },
      );
      await scheduler.tick();
      // Later ticks of the morning (every ten minutes) must not post again.
      await scheduler.tick();

      expect(slack.accepted).toHaveLength(1);
      expect(slack.accepted[0]).toContain('v.12');
      // The Web API client waits out the 429 and retries a 503 twice itself; the third 503 reaches the
      // digest's own retry, which waits once more.
      expect(slack.attempts()).toBe(5);
      expect(sleeps).toHaveLength(1);
      expect((await rt.deps.store.getRun('digest:slack:T1:C1:2018-W12'))?.sentAt).not.toBeNull();
    }, 60_000);
  },
);
