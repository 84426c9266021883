// Several `loftesbot start` processes on one PostgreSQL, as replicas behind a load balancer: commands
// through any of them are stored once; the Monday digest goes out once per channel and week, also
// when a process is killed between claiming a digest and posting it.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import { createPostgresDatabase, isPostgresAvailable } from '../../helpers/databases.ts';
import { startFakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type BotProcess, runCli, startBot } from './bot-process.ts';
import { type ConnectorMessage, type SlowBotConnector, startSlowBotConnector } from './slow-bot-connector.ts';

const withPostgres = await isPostgresAvailable('replicas of loftesbot start');

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADMIN = '00000000-0000-0000-0000-000000000001';
const SET = 'overkalix-2018';
const SECRET = 'replica-signing-secret';
const conversations = ['a:grupp-centrum', 'a:grupp-skolan'];
/** Monday of week 12, 2018, five past eight: the digest is due and the start-up catch-up sends it. */
const MONDAY = '2018-03-19T08:05:00';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const isDigest = (m: ConnectorMessage) => m.text.includes('Måndagsöversikt v.12');

/**
 * A fresh database with the Överkalix set bound (the week before) to two Teams conversations and,
 * with `slackChannel`, a Slack channel.
 */
async function prepare(connector: SlowBotConnector, slackChannel?: string): Promise<string> {
  const db = await createPostgresDatabase();
  cleanups.push(() => db.drop());
  const init = await runCli(['status'], { DATABASE_URL: db.url, LOFTESBOT_NOW: '2018-03-12T09:00:00' });
  expect(init.code, init.stderr).toBe(0);
  const store = await openStore(db.url);
  try {
    for (const conversationId of conversations) {
      await store.bindChannel(
        {
          channelId: `teams:${TENANT}:${conversationId}`,
          platform: 'teams',
          setKey: SET,
          postTarget: { serviceUrl: connector.url, conversationId, tenantId: TENANT },
        },
        { actor: `teams:${ADMIN}`, platform: 'teams', action: 'bind' },
        new Date('2018-03-12T09:00:00+01:00'),
      );
    }
    if (slackChannel) {
      await store.bindChannel(
        { channelId: slackChannel, platform: 'slack', setKey: SET, postTarget: null },
        { actor: 'slack:T1:U1', platform: 'slack', action: 'bind' },
        new Date('2018-03-12T09:00:00+01:00'),
      );
    }
  } finally {
    await store.close();
  }
  return db.url;
}

async function connectorFor(): Promise<SlowBotConnector> {
  const connector = await startSlowBotConnector();
  cleanups.push(() => connector.close());
  return connector;
}

async function bot(
  databaseUrl: string,
  connector: SlowBotConnector,
  now: string,
  extra: Record<string, string> = {},
): Promise<BotProcess> {
  const started = await startBot({
    ...extra,
    DATABASE_URL: databaseUrl,
    TEAMS_LOCAL: '1',
    SERVICE_URL: connector.url,
    LOFTESBOT_NOW: now,
    LOFTESBOT_ADMINS: ADMIN,
  });
  cleanups.push(() => started.dispose());
  await started.waitReady();
  await started.waitForLog((l) => l.msg === 'scheduler started');
  return started;
}

function activity(serviceUrl: string, conversationId: string, text: string, id: string) {
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${ADMIN}`, name: 'Anna Polis', aadObjectId: ADMIN },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    recipient: { id: '28:bot', name: 'Löftesbot' },
    text,
    locale: 'sv-SE',
    channelData: { tenant: { id: TENANT } },
  };
}

async function send(
  target: BotProcess,
  serviceUrl: string,
  conversationId: string,
  text: string,
  id: string,
) {
  const res = await fetch(`${target.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity(serviceUrl, conversationId, text, id)),
  });
  expect(res.status).toBeLessThan(300);
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(withPostgres)('two loftesbot processes on one PostgreSQL', () => {
  it('post one digest per channel and week, and store each command once (Slack and Teams on)', async () => {
    const connector = await connectorFor();
    const slack = await startFakeSlackApi();
    cleanups.push(() => slack.close());
    const url = await prepare(connector, 'slack:T1:C1');
    const slackEnv = {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    };
    const [a, b] = await Promise.all([
      bot(url, connector, MONDAY, slackEnv),
      bot(url, connector, MONDAY, slackEnv),
    ]);

    await connector.waitFor(() => connector.delivered(isDigest).length >= 2, 'two digests');
    await slack.waitFor('chat.postMessage', 1, 15_000);
    await settle(1500);
    const digests = connector.delivered(isDigest);
    expect(digests.map((m) => m.conversationId).sort()).toEqual([...conversations].sort());
    expect(connector.messages.filter(isDigest)).toHaveLength(2);
    const slackDigests = slack.callsTo('chat.postMessage');
    expect(slackDigests).toHaveLength(1);
    expect(slackDigests[0]!.params.channel).toBe('C1');
    expect(String(slackDigests[0]!.params.text)).toContain('Måndagsöversikt v.12');

    // Slash commands through both replicas at once.
    const slashLines = [1, 2, 3, 4].map((i) => `närvaro Skolan 2018-03-1${i} "slack ${i} vid skolan"`);
    const acks = await Promise.all(
      slashLines.map((text, i) =>
        postSigned(
          `${(i % 2 ? b : a).url}/slack/events`,
          SECRET,
          slashCommandBody({ command: '/logga', text, responseUrl: slack.responseUrl(`s${i}`) }),
        ),
      ),
    );
    for (const ack of acks) expect(ack.text).toContain('Loggat');

    // Commands through both replicas at once, each a different activity.
    const lines = [1, 2, 3, 4, 5, 6].map(
      (i) => `logga medborgarkontakt Centrum 2018-03-1${i} "runda ${i} vid torget"`,
    );
    await Promise.all(
      lines.map((line, i) =>
        send(i % 2 ? b : a, connector.url, conversations[i % 2]!, line, `replica-msg-${i}`),
      ),
    );
    await connector.waitFor(
      () => connector.delivered((m) => m.text.includes('Loggat')).length >= lines.length,
      'a confirmation per command',
    );
    const store = await openStore(url);
    try {
      const notes = (await store.findActivities(SET)).map((x) => x.note).filter(Boolean);
      expect(notes.sort()).toEqual(
        [
          ...lines.map((_, i) => `runda ${i + 1} vid torget`),
          ...slashLines.map((_, i) => `slack ${i + 1} vid skolan`),
        ].sort(),
      );
      const runs = (await store.exportAll()).runs.filter((r) => r.key.startsWith('digest:'));
      expect(runs).toHaveLength(3);
      expect(runs.every((r) => r.sentAt !== null)).toBe(true);
    } finally {
      await store.close();
    }
    // Both processes took part in the work (the claims may be split either way).
    expect(a.logs().some((l) => l.msg === 'löftesbot ready')).toBe(true);
    expect(b.logs().some((l) => l.msg === 'löftesbot ready')).toBe(true);
  }, 90_000);

  it('doubles nothing when a process is killed mid-post, and names the digest it cannot vouch for', async () => {
    const connector = await connectorFor();
    const url = await prepare(connector);

    // A claims the first channel's digest and posts it; the connector holds the answer.
    connector.delayMs = Number.POSITIVE_INFINITY;
    const a = await bot(url, connector, MONDAY);
    await connector.waitFor(() => connector.messages.some(isDigest), 'a digest post from A');
    const held = connector.messages.find(isDigest)!.conversationId;
    a.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    await connector.waitFor(
      () => connector.messages.filter(isDigest).every((m) => m.aborted),
      'aborted post',
    );
    expect(connector.delivered(isDigest)).toHaveLength(0);
    connector.delayMs = 0;

    // Five minutes later a survivor sends what was never claimed, and leaves A's fresh claim alone.
    const b = await bot(url, connector, '2018-03-19T08:10:00');
    const other = conversations.find((c) => c !== held)!;
    await connector.waitFor(() => connector.delivered(isDigest).length >= 1, 'the unclaimed digest');
    await settle(1500);
    expect(connector.delivered(isDigest).map((m) => m.conversationId)).toEqual([other]);

    // Eleven minutes after A's claim it is stale. A restarted process takes it over, but A's post
    // went out and Teams cannot be asked whether it arrived: sending it again could give the channel
    // two digests, so it is not sent; the run records why and the log says so (docs/operations.md).
    const c = await bot(url, connector, '2018-03-19T08:16:00');
    await connector.waitFor(
      () => c.logs().some((l) => l.msg === 'digest may have been posted: not sent again'),
      'the taken-over digest judged unknown',
    );
    await settle(1500);
    expect(connector.delivered(isDigest).map((m) => m.conversationId)).toEqual([other]);
    const store = await openStore(url);
    try {
      const runs = (await store.exportAll()).runs.filter((r) => r.key.startsWith('digest:'));
      expect(runs).toHaveLength(2);
      expect(runs.filter((r) => r.sentAt !== null)).toHaveLength(1);
      const unknown = runs.find((r) => r.sentAt === null)!;
      expect(unknown.failure).toMatch(/^unknown:/);
    } finally {
      await store.close();
    }
    expect(b.logs().filter((l) => l.msg === 'digest posted')).toHaveLength(1);
    expect(c.logs().filter((l) => l.msg === 'digest posted')).toHaveLength(0);
  }, 90_000);
});
