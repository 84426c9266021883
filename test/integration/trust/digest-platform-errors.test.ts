// Exactly one digest per channel and week, under attack, through the real stack (Slack's Web API
// client, the posters, the scheduler, SQLite and PostgreSQL):
//  - Slack answers 429 with Retry-After, then 503 without posting: retried, posted once;
//  - Slack accepts the post and then answers 503: the digest is found in the channel's history by
//    its metadata and not posted again;
//  - a replica dies right after Slack accepted the post; another takes the claim over: it finds the
//    digest and does not post it again;
//  - Teams times out on the post: not sent again, the admins are told in their personal chat.
// (test/unit/adapters/scheduler/platform-errors.test.ts covers the policy with a fake poster.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { digestJob } from '../../../src/adapters/scheduler/jobs/digest-job.ts';
import { startSlack } from '../../../src/adapters/slack/index.ts';
import { createPoster, type SendToConversation } from '../../../src/adapters/teams/post/create-poster.ts';
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

interface ScriptStep {
  status: number;
  headers?: Record<string, string>;
  /** Slack took the message (it is in the channel) before it answered with `status`. */
  accepted?: boolean;
}

/**
 * A Slack Web API whose chat.postMessage answers from a script (429, 503, 503 after accepting, then
 * ok), and whose conversations.history returns what it accepted, with the metadata it was posted with.
 */
async function startTroubledSlack(script: ScriptStep[]) {
  const accepted: { text: string; ts: string; metadata: unknown }[] = [];
  let attempts = 0;
  let historyReads = 0;
  const base = await listen((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      const params = new URLSearchParams(body);
      if (req.url?.startsWith('/api/chat.postMessage')) {
        attempts++;
        const next = script.shift();
        const accept = () => {
          const ts = `1521446400.${String(accepted.length + 1).padStart(6, '0')}`;
          const metadata = params.get('metadata');
          accepted.push({
            text: params.get('text') ?? body,
            ts,
            metadata: metadata ? JSON.parse(metadata) : null,
          });
          return ts;
        };
        if (next && next.status !== 200) {
          if (next.accepted) accept();
          res.writeHead(next.status, next.headers);
          res.end(
            JSON.stringify({ ok: false, error: next.status === 429 ? 'ratelimited' : 'service_unavailable' }),
          );
          return;
        }
        const ts = accept();
        res.end(JSON.stringify({ ok: true, channel: 'C1', ts }));
        return;
      }
      if (req.url?.startsWith('/api/conversations.history')) {
        historyReads++;
        const withMetadata = params.get('include_all_metadata') === 'true';
        const messages = [...accepted].reverse().map((m) => ({
          type: 'message',
          ts: m.ts,
          text: m.text,
          ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
        }));
        // Someone else's message in between, without metadata.
        messages.push({ type: 'message', ts: '1521446300.000001', text: 'God morgon!' });
        res.end(JSON.stringify({ ok: true, messages, has_more: false }));
        return;
      }
      res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
    });
  });
  return {
    apiUrl: `${base}/api/`,
    accepted,
    attempts: () => attempts,
    historyReads: () => historyReads,
  };
}

async function slackRuntime(dbUrl: string, apiUrl: string) {
  const config = loadConfig({
    DATABASE_URL: dbUrl,
    LOFTESBOT_NOW: '2018-03-19T08:00:00',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: apiUrl,
  });
  const rt = await openRuntime(config);
  cleanups.push(() => rt.close());
  const started = await startSlack(rt.deps, rt.log, express(), config.slack!);
  cleanups.push(() => started.stop());
  return { rt, poster: started.poster };
}

const KEY = 'digest:slack:T1:C1:2018-W12';

async function bindC1(rt: Awaited<ReturnType<typeof openRuntime>>) {
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
      const { rt, poster } = await slackRuntime(db.url, slack.apiUrl);
      await bindC1(rt);

      const sleeps: number[] = [];
      const scheduler = createScheduler(
        rt.deps,
        silentLog,
        { slack: poster },
        { jobs: [digestJob], instanceId: 'a', sleep: async (ms) => void sleeps.push(ms) },
      );
      await scheduler.tick();
      // Later ticks of the morning must not post again.
      await scheduler.tick();

      expect(slack.accepted).toHaveLength(1);
      expect(slack.accepted[0]?.text).toContain('v.12');
      expect(slack.accepted[0]?.metadata).toEqual({
        event_type: 'loftesbot_digest',
        event_payload: { run_key: KEY, set_key: 'overkalix-2018', week: '2018-W12' },
      });
      // The client retries nothing itself: every attempt is the digest's own, each waited for.
      expect(slack.attempts()).toBe(5);
      expect(sleeps).toHaveLength(4);
      // After each 503 (Slack may have posted it) the channel was searched first.
      expect(slack.historyReads()).toBe(3);
      expect(await rt.deps.store.getRun(KEY)).toMatchObject({
        messageId: slack.accepted[0]?.ts,
        postingAt: null,
      });
    }, 60_000);

    it('Slack accepts the digest and answers 503: found in the channel, posted once', async () => {
      const slack = await startTroubledSlack([{ status: 503, accepted: true }]);
      const db = await create();
      cleanups.push(() => db.drop());
      const { rt, poster } = await slackRuntime(db.url, slack.apiUrl);
      await bindC1(rt);
      const scheduler = createScheduler(
        rt.deps,
        silentLog,
        { slack: poster },
        { jobs: [digestJob], instanceId: 'a', sleep: async () => undefined },
      );
      await scheduler.tick();
      await scheduler.tick();
      expect(slack.accepted).toHaveLength(1);
      expect(slack.attempts()).toBe(1);
      expect(slack.historyReads()).toBe(1);
      const run = await rt.deps.store.getRun(KEY);
      expect(run?.sentAt).not.toBeNull();
      expect(run).toMatchObject({ messageId: slack.accepted[0]?.ts, postingAt: null });
    }, 60_000);

    it('a replica dies right after Slack accepted the digest; the one that takes over posts nothing', async () => {
      const slack = await startTroubledSlack([]);
      const db = await create();
      cleanups.push(() => db.drop());
      const a = await slackRuntime(db.url, slack.apiUrl);
      await bindC1(a.rt);
      // Replica A: Slack takes the post, then the process is gone before it can mark the run sent.
      const dying = {
        ...a.poster,
        post: async (...args: Parameters<typeof a.poster.post>) => {
          await a.poster.post(...args);
          throw new Error('SIGKILL');
        },
      };
      await createScheduler(
        a.rt.deps,
        silentLog,
        { slack: dying },
        { jobs: [digestJob], instanceId: 'a' },
      ).tick();
      expect(slack.accepted).toHaveLength(1);
      expect((await a.rt.deps.store.getRun(KEY))?.sentAt).toBeNull();

      // Replica B, eleven minutes later, on the same database: takes the stale claim over.
      const b = await slackRuntime(db.url, slack.apiUrl);
      const later = new Date(a.rt.deps.clock.now().getTime() + 11 * 60_000);
      b.rt.deps.clock.now = () => new Date(later.getTime());
      await createScheduler(
        b.rt.deps,
        silentLog,
        { slack: b.poster },
        { jobs: [digestJob], instanceId: 'b' },
      ).tick();
      expect(slack.accepted).toHaveLength(1);
      expect(slack.attempts()).toBe(1);
      expect(slack.historyReads()).toBe(1);
      expect(await b.rt.deps.store.getRun(KEY)).toMatchObject({
        claimedBy: 'b',
        attempts: 2,
        messageId: slack.accepted[0]?.ts,
        postingAt: null,
      });
    }, 60_000);

    it('Teams times out on the digest: not sent again that week, the admins told in their personal chat', async () => {
      const db = await create();
      cleanups.push(() => db.drop());
      const config = loadConfig({
        DATABASE_URL: db.url,
        LOFTESBOT_NOW: '2018-03-19T08:00:00',
        LOG_LEVEL: 'silent',
      });
      const rt = await openRuntime(config);
      cleanups.push(() => rt.close());
      const channel = 'teams:tenant-1:19:abc@thread.tacv2';
      const admin = 'teams:tenant-1:aad-admin';
      const system = { actor: admin, platform: 'teams' as const, action: 'bind' };
      await rt.deps.store.bindChannel(
        {
          channelId: channel,
          platform: 'teams',
          setKey: 'overkalix-2018',
          postTarget: { conversationId: '19:abc@thread.tacv2', serviceUrl: 'https://smba.example/emea/' },
        },
        system,
        rt.deps.clock.now(),
      );
      await rt.deps.store.savePersonalChat(
        {
          userId: admin,
          platform: 'teams',
          target: { serviceUrl: 'https://smba.example/emea/', conversationId: 'a:1personal' },
        },
        rt.deps.clock.now(),
      );
      const sent: { conversationId: string; text: string }[] = [];
      let channelPosts = 0;
      const send: SendToConversation = async (target, message) => {
        if (target.conversationId === '19:abc@thread.tacv2') {
          channelPosts++;
          // What the SDK's axios client throws when the Bot Connector does not answer in time.
          throw Object.assign(new Error('timeout of 30000ms exceeded'), { code: 'ECONNABORTED' });
        }
        sent.push({ conversationId: target.conversationId, text: JSON.stringify(message) });
        return { id: `activity-${sent.length}` };
      };
      const poster = createPoster(send, {}, (userId) => rt.deps.store.getPersonalChat(userId));
      const scheduler = createScheduler(
        rt.deps,
        silentLog,
        { teams: poster },
        { jobs: [digestJob], instanceId: 'a', sleep: async () => undefined },
      );
      const start = rt.deps.clock.now().getTime();
      for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 30) {
        rt.deps.clock.now = () => new Date(start + minutes * 60_000);
        await scheduler.tick();
      }
      expect(channelPosts).toBe(1);
      const key = `digest:${channel}:2018-W12`;
      expect(await rt.deps.store.getRun(key)).toMatchObject({
        sentAt: null,
        failure: 'unknown:ECONNABORTED',
      });
      expect(sent.map((s) => s.conversationId)).toEqual(['a:1personal']);
      expect(sent[0]?.text).toContain('skickar den inte igen');
      expect((await rt.deps.store.getChannel(channel))?.health ?? null).toBeNull();
    }, 60_000);
  },
);
