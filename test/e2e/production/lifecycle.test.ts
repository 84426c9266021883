// `loftesbot start` as a service: health endpoints, graceful SIGTERM with a command in flight, and a
// clear Swedish refusal to start on bad configuration or a taken port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  findTestDatabases,
  isPostgresAvailable,
  postgresServerUrl,
} from '../../helpers/databases.ts';
import { startFakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type BotProcess, freePort, runCli, startBot } from './bot-process.ts';
import { type SlowBotConnector, startSlowBotConnector } from './slow-bot-connector.ts';

const withPostgres = await isPostgresAvailable('loftesbot start: /readyz on PostgreSQL');
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADMIN = '00000000-0000-0000-0000-000000000001';
const NOW = '2018-03-21T10:00:00';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function teamsBot(databaseUrl: string, connector: SlowBotConnector): Promise<BotProcess> {
  const bot = await startBot({
    DATABASE_URL: databaseUrl,
    TEAMS_LOCAL: '1',
    SERVICE_URL: connector.url,
    LOFTESBOT_NOW: NOW,
    LOFTESBOT_ADMINS: ADMIN,
  });
  cleanups.push(() => bot.dispose());
  await bot.waitReady();
  return bot;
}

async function connector(): Promise<SlowBotConnector> {
  const c = await startSlowBotConnector();
  cleanups.push(() => c.close());
  return c;
}

function message(serviceUrl: string, text: string, id: string) {
  return JSON.stringify({
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${ADMIN}`, name: 'Anna Polis', aadObjectId: ADMIN },
    conversation: { id: 'a:personal-anna', conversationType: 'personal', tenantId: TENANT },
    recipient: { id: '28:bot', name: 'Löftesbot' },
    text,
    locale: 'sv-SE',
    channelData: { tenant: { id: TENANT } },
  });
}

const post = (bot: BotProcess, body: string) =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('health endpoints', () => {
  it('answer /healthz and /readyz with 200 on SQLite', async () => {
    const db = await createSqliteDatabase();
    cleanups.push(() => db.drop());
    const bot = await teamsBot(db.url, await connector());
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it.runIf(withPostgres)(
    'turn /readyz to 503 when the PostgreSQL database goes away, /healthz stays 200',
    async () => {
      const db = await createPostgresDatabase();
      let dropped = false;
      cleanups.push(() => (dropped ? Promise.resolve() : db.drop()));
      const bot = await teamsBot(db.url, await connector());
      expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);

      // Cut the bot's connections and remove its database, as when the server is lost.
      const name = new URL(db.url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: postgresServerUrl });
      await admin.connect();
      try {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
        dropped = true;
      } finally {
        await admin.end();
      }

      const ready = await fetch(`${bot.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready' });
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    },
  );
});

describe.each(await findTestDatabases('graceful shutdown'))('graceful shutdown on $name', ({ create }) => {
  it('lets a command in flight finish on SIGTERM and exits 0', async () => {
    const db = await create();
    cleanups.push(() => db.drop());
    const fake = await connector();
    const bot = await teamsBot(db.url, fake);

    const bound = await post(bot, message(fake.url, 'loften koppla overkalix-2018', 'bind-1'));
    expect(bound.status).toBeLessThan(300);
    await fake.waitFor(() => fake.delivered().length === 1, 'the binding answer');
    expect(fake.messages[0]!.text).toMatch(/kopplad till/);

    // The connector holds the reply for two seconds: the command is still in flight at SIGTERM.
    fake.delayMs = 2000;
    const line = 'logga medborgarkontakt Centrum 2018-03-20 "under avstängning"';
    const request = post(bot, message(fake.url, line, 'shutdown-1'));
    await fake.waitFor(() => fake.messages.length > 1, 'the reply on its way');
    bot.kill('SIGTERM');

    expect(await bot.exited).toBe(0);
    expect((await request).status).toBeLessThan(300);
    expect(fake.messages).toHaveLength(2);
    expect(fake.messages[1]!.delivered).toBe(true);
    expect(fake.messages[1]!.text).toMatch(/Loggat/);
    expect(bot.logs().map((l) => l.msg)).toEqual(
      expect.arrayContaining(['shutting down: finishing in-flight requests', 'stopped']),
    );

    const exported = await runCli(['export'], { DATABASE_URL: db.url, LOFTESBOT_NOW: NOW });
    const notes = (JSON.parse(exported.stdout).activities as { note: string | null }[]).map((a) => a.note);
    expect(notes.filter((n) => n === 'under avstängning')).toHaveLength(1);
  });

  it('exits 0 on SIGTERM when idle and refuses new work while stopping', async () => {
    const db = await create();
    cleanups.push(() => db.drop());
    const bot = await teamsBot(db.url, await connector());
    bot.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
  });
});

describe('refusing to start', () => {
  // TEAMS_LOCAL only where no other platform is configured: it is refused beside one (its own case).
  const start = (env: Record<string, string>) =>
    runCli(['start'], { ...(env.SLACK_BOT_TOKEN || env.CLIENT_ID ? {} : { TEAMS_LOCAL: '1' }), ...env });

  it.each([
    [{ PORT: 'abc' }, 'PORT måste vara ett heltal'],
    [{ PORT: '70000' }, 'PORT får vara högst 65535'],
    [
      { SLACK_BOT_TOKEN: 'xoxb-test' },
      'SLACK_SIGNING_SECRET krävs med SLACK_BOT_TOKEN i HTTP-läge (eller sätt SLACK_APP_TOKEN för Socket Mode)',
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xoxb-fel-token' },
      'SLACK_APP_TOKEN måste vara en app-nivå-token som börjar med xapp- (Basic Information → App-Level Tokens, med connections:write)',
    ],
    [
      { SLACK_BOT_TOKEN: 'xapp-1-A1-1-byttaplatser', SLACK_APP_TOKEN: 'xapp-1-A1-1-fake' },
      'SLACK_BOT_TOKEN måste vara en bot-token som börjar med xoxb- (OAuth & Permissions i Slack-appen)',
    ],
    [{ CLIENT_ID: 'app-id' }, 'CLIENT_SECRET krävs med CLIENT_ID'],
    [
      { TEAMS_LOCAL: '1', SLACK_BOT_TOKEN: 'xoxb-prod', SLACK_SIGNING_SECRET: 'prod-secret' },
      'TEAMS_LOCAL tar emot meddelanden utan inloggning och får inte användas med SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (produktionsuppgifter). Ta bort TEAMS_LOCAL.',
    ],
    [
      { TEAMS_LOCAL: '1', HOST: '0.0.0.0' },
      'TEAMS_LOCAL lyssnar bara på den här datorn (127.0.0.1); HOST=0.0.0.0 går inte med TEAMS_LOCAL.',
    ],
    [
      { DATABASE_URL: 'mysql://db/loftesbot' },
      'DATABASE_URL måste börja med file: (SQLite) eller postgresql:// (PostgreSQL)',
    ],
  ])('names the variable in Swedish for %o', async (env, problem) => {
    const result = await start(env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Löftesbot kan inte starta: felaktig konfiguration.\n  - ${problem}\n`);
  });

  it('says the port is taken', async () => {
    const db = await createSqliteDatabase();
    cleanups.push(() => db.drop());
    const port = await freePort();
    const squatter = createServer((_req, res) => res.end('upptagen'));
    await new Promise<void>((resolve) => squatter.listen(port, resolve));
    cleanups.push(() => new Promise((resolve) => squatter.close(resolve)));
    expect((squatter.address() as AddressInfo).port).toBe(port);

    const result = await start({ DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'silent' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Löftesbot kan inte starta: porten ${port} är upptagen. Välj en annan med PORT=…\n`,
    );
  });
});

describe.runIf(withPostgres)('graceful shutdown with Slack (HTTP mode)', () => {
  it('finishes a slash command slower than the ack after SIGTERM and exits 0', async () => {
    const db = await createPostgresDatabase();
    cleanups.push(() => db.drop());
    const slack = await startFakeSlackApi();
    cleanups.push(() => slack.close());
    const secret = 'production-test-secret';
    const bot = await startBot({
      DATABASE_URL: db.url,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      LOFTESBOT_NOW: NOW,
      LOFTESBOT_ADMINS: 'U1',
    });
    cleanups.push(() => bot.dispose());
    await bot.waitReady();
    const slash = (command: string, text: string, id: string) =>
      postSigned(
        `${bot.url}/slack/events`,
        secret,
        slashCommandBody({ command, text, responseUrl: slack.responseUrl(id) }),
      );
    expect((await slash('/loften', 'koppla overkalix-2018', 'bind')).text).toContain('Kanalen är nu kopplad');

    // Another session holds a lock on the activity table: the command waits past Slack's ack budget.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    cleanups.push(() => locker.end());
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE activity IN EXCLUSIVE MODE');
    const ack = await slash('/logga', 'medborgarkontakt Centrum 2018-03-20 "sent svar"', 'slow');
    expect(ack.status).toBe(200);
    expect(ack.text).toContain('Arbetar');

    bot.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await locker.query('COMMIT');

    expect(await bot.exited).toBe(0);
    const replies = slack.calls.filter((c) => c.path === '/response-url/slow');
    expect(replies).toHaveLength(1);
    expect(String(replies[0]!.params.text)).toMatch(/Loggat/);
    const check = new pg.Client({ connectionString: db.url });
    await check.connect();
    try {
      const rows = await check.query(`SELECT count(*)::int AS n FROM activity WHERE note = 'sent svar'`);
      expect(rows.rows[0].n).toBe(1);
    } finally {
      await check.end();
    }
  });
});
