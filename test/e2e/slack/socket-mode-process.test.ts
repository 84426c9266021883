// `npm start` (`loftesbot start`) with SLACK_BOT_TOKEN and SLACK_APP_TOKEN and no signing secret: the
// bot runs in Socket Mode against the fake Slack on 127.0.0.1, and SIGTERM closes the socket. A token
// Slack refuses, or a Slack that cannot be reached, stops the start with a Swedish message.
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteDatabase } from '../../helpers/databases.ts';
import { startFakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { slashCommandEnvelope, startFakeSlackSocket } from '../../helpers/fake-slack-socket.ts';
import { freePort, runCli, startBot } from '../production/bot-process.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('loftesbot start in Socket Mode', () => {
  it('connects over the socket, answers commands there, serves no /slack/events, and closes on SIGTERM', async () => {
    const db = await createSqliteDatabase();
    cleanups.push(() => db.drop());
    const slack = await startFakeSlackApi();
    cleanups.push(() => slack.close());
    const socket = await startFakeSlackSocket();
    cleanups.push(() => socket.close());
    slack.answerMethod('apps.connections.open', () => ({ url: socket.url }));

    const bot = await startBot({
      DATABASE_URL: db.url,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-1-A1-1-fake',
      SLACK_API_URL: slack.apiUrl,
      LOFTESBOT_NOW: '2018-03-19T08:00:00',
      LOFTESBOT_ADMINS: 'U1',
    });
    cleanups.push(() => bot.dispose());
    await bot.waitReady();
    expect(bot.logs()).toContainEqual(expect.objectContaining({ msg: 'löftesbot ready', slack: 'socket' }));
    expect(socket.connections).toHaveLength(1);

    const slash = (command: string, text: string) =>
      socket.deliver(slashCommandEnvelope({ command, text, responseUrl: slack.responseUrl() }));
    expect(String((await slash('/loften', 'koppla overkalix-2018')).payload.text)).toContain(
      'Kanalen är nu kopplad',
    );
    expect(String((await slash('/logga', 'medborgarkontakt Centrum')).payload.text)).toMatch(
      /^Loggat: medborgarkontakt · Centrum/,
    );
    const http = await fetch(`${bot.url}/slack/events`, { method: 'POST', body: 'command=%2Flogga' });
    expect(http.status).toBe(404);

    bot.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(await socket.waitForClosed(0)).toBe(1000);
  });

  /** A fake Web API whose `method` answers `{ ok: false, error: 'invalid_auth' }`. */
  const refusing = (method: string) => async () => {
    const slack = await startFakeSlackApi();
    cleanups.push(() => slack.close());
    slack.failMethod(method, 'invalid_auth');
    return slack.apiUrl;
  };
  const socketMode = { SLACK_APP_TOKEN: 'xapp-1-A1-1-revoked' };
  const httpMode = { SLACK_SIGNING_SECRET: 'secret' };

  it.each([
    [
      'Slack refuses the app token',
      socketMode,
      refusing('apps.connections.open'),
      'Slack godtog inte SLACK_APP_TOKEN (invalid_auth). Skapa en app-nivå-token med connections:write under Basic Information → App-Level Tokens.',
    ],
    [
      'Slack refuses the bot token',
      socketMode,
      refusing('auth.test'),
      'Slack godtog inte SLACK_BOT_TOKEN (invalid_auth). Kopiera bot-token (xoxb-…) under OAuth & Permissions i Slack-appen.',
    ],
    [
      'Slack cannot be reached',
      socketMode,
      async () => `http://127.0.0.1:${await freePort()}/api/`,
      'Slack gick inte att nå (ECONNREFUSED). Kontrollera nätverket och SLACK_API_URL om den är satt.',
    ],
    [
      'Slack refuses the bot token in HTTP mode',
      httpMode,
      refusing('auth.test'),
      'Slack godtog inte SLACK_BOT_TOKEN (invalid_auth). Kopiera bot-token (xoxb-…) under OAuth & Permissions i Slack-appen.',
    ],
  ])('stops with a Swedish message when %s', async (_why, mode, apiUrl, message) => {
    const db = await createSqliteDatabase();
    cleanups.push(() => db.drop());
    const result = await runCli(['start'], {
      DATABASE_URL: db.url,
      SLACK_BOT_TOKEN: 'xoxb-test',
      ...mode,
      SLACK_API_URL: await apiUrl(),
      LOG_LEVEL: 'silent',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Löftesbot kan inte starta: ${message}\n`);
  });
});
