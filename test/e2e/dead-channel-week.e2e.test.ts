// A week of scheduler ticks (every ten minutes, 08:00–22:50, as the digest job's cron) against a
// channel the bot cannot post to, through the real adapters: the fake Slack Web API answering
// `not_in_channel`, the fake Bot Connector answering 403 BotNotInConversationRoster. A handful of
// attempts (here one), one notice to the admins, none after; the next command there says so.
import { describe, expect, it } from 'vitest';
import { findBindingHealth } from '../../src/app/delivery/find-binding-health.ts';
import type { ChannelPoster } from '../../src/app/ports.ts';
import type { Runtime } from '../../src/cli/runtime.ts';
import { ManualClock } from '../fixtures/digest/scheduler-harness.ts';
import { closeAfterEach, createDigestScheduler, startTeamsOnConnector } from '../helpers/channel-servers.ts';
import { findTestDatabases } from '../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './slack/start-slack-app.ts';
import { messageActivity, postActivity, TENANT } from './teams/start-teams-server.ts';

const monday8 = new Date('2018-03-19T07:00:00Z'); // 08:00 in Stockholm

/** Every tick of the digest job's cron (`*\/10 8-22 * * *`) from Monday 08:00 to Sunday 22:50. */
async function tickWeek(rt: Runtime, platform: 'slack' | 'teams', poster: ChannelPoster): Promise<void> {
  const clock = new ManualClock(monday8);
  const scheduler = createDigestScheduler(rt, platform, poster, {
    instanceId: 'week',
    clock,
    sleep: async () => undefined,
  });
  for (let day = 0; day < 7; day++) {
    for (let minutes = 0; minutes < 15 * 60; minutes += 10) {
      clock.instant = new Date(monday8.getTime() + (day * 24 * 60 + minutes) * 60_000);
      await scheduler.tick();
    }
  }
  await scheduler.stop();
}

const onClose = closeAfterEach();

describe.each(await findTestDatabases('dead channel week'))(
  'a week against a dead channel on $name',
  ({ create }) => {
    it('Slack not_in_channel: one attempt, one DM and App Home notice, the next command says so', async () => {
      const t: SlackTestApp = await startSlackTestApp(create);
      onClose(() => t.close());
      // A fresh connection each time: the week of ticks outlasts the server's keep-alive.
      const slash = (command: string, text: string) =>
        postSigned(
          t.url,
          TEST_SECRET,
          slashCommandBody({ command, text, responseUrl: t.slack.responseUrl('c') }),
          {
            headers: { connection: 'close' },
          },
        );
      await slash('/loften', 'koppla overkalix-2018');
      t.slack.failMethod(
        'chat.postMessage',
        'not_in_channel',
        Number.POSITIVE_INFINITY,
        (p) => p.channel === 'C1',
      );

      await tickWeek(t.rt, 'slack', t.poster);

      const intoChannel = t.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C1');
      expect(intoChannel).toHaveLength(1);
      // One notice: a direct message to the one who bound the channel, and their App Home.
      expect(t.slack.callsTo('conversations.open').map((c) => c.params.users)).toEqual(['U1']);
      const dms = t.slack.callsTo('chat.postMessage').filter((c) => c.params.channel === 'D1');
      expect(dms).toHaveLength(1);
      expect(String(dms[0]!.params.text)).toContain('Bjud in @Löftesbot');
      expect(String(dms[0]!.params.text)).toContain('måndagsöversikten för v.12');
      const homes = t.slack.callsTo('views.publish');
      expect(homes).toHaveLength(1);
      expect(JSON.stringify(homes[0]!.params.view)).toContain('<#C1>');

      const row = (await findBindingHealth(t.rt.deps)).find((r) => r.channelId === 'slack:T1:C1');
      expect(row).toMatchObject({
        channelId: 'slack:T1:C1',
        state: 'unable',
        reason: 'not-in-channel',
        code: 'not_in_channel',
      });

      const reply = (await slash('/status', '')).json() as { text: string };
      const final =
        reply.text === 'Arbetar…'
          ? String((await t.slack.waitFor('response_url', 2, 10_000)).at(-1)!.params.text)
          : reply.text;
      expect(final).toContain('Måndagsöversikten kan inte postas här');
      expect(final).toContain('/invite @Löftesbot');
    }, 120_000);

    it('Teams 403 BotNotInConversationRoster: one attempt, the binding marked unable once, one personal message to the admin', async () => {
      const { connector, server, bind } = await startTeamsOnConnector(create, onClose);
      const conversationId = '19:kanal@thread.tacv2';
      // The admin has talked to the bot in a personal chat before: the bot knows where to reach them.
      const personal = 'a:personal-anna';
      // Every request on a connection of its own: the week of ticks outlasts the server's keep-alive.
      const close = { connection: 'close' };
      await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'hjälp', conversationId: personal }),
        close,
      );
      await connector.waitFor((c) => c.conversationId === personal);
      await bind(conversationId, close);
      connector.refuse(conversationId, 403, 'BotNotInConversationRoster');
      const before = connector.calls.length;

      await tickWeek(server.runtime, 'teams', server.poster);

      expect(connector.calls.slice(before).filter((c) => c.conversationId === conversationId)).toHaveLength(
        1,
      );
      const binding = await server.runtime.deps.store.getChannel(`teams:${TENANT}:${conversationId}`);
      expect(binding?.health).toMatchObject({
        state: 'unable',
        reason: 'not-in-channel',
        code: 'http_403:BotNotInConversationRoster',
      });
      const audit = (await server.runtime.deps.store.findAudit(20)).filter(
        (a) => a.entity === 'channel-health',
      );
      expect(audit).toHaveLength(1);
      // Exactly one notice, in the admin's personal chat, at the Bot Connector that chat came from.
      const notices = connector.calls.slice(before).filter((c) => c.conversationId === personal);
      expect(notices).toHaveLength(1);
      const notice = JSON.stringify(notices[0]!.body);
      expect(notice).toContain('Löftesbot har tagits bort ur konversationen');
      expect(notice).toContain('Lägg till appen igen');
      expect(notice).toContain('måndagsöversikten för v.12');

      // The next message in the channel says so too.
      await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'status', conversationId }),
        close,
      );
      const answer = await connector.waitFor(
        (c) => c.conversationId === conversationId && JSON.stringify(c.body).includes('kan inte postas här'),
      );
      expect(JSON.stringify(answer.body)).toContain('Lägg till appen igen');
    }, 120_000);

    it('Teams: an admin the bot has no personal chat with is not written to; the log says so', async () => {
      const { connector, server, bind } = await startTeamsOnConnector(create, onClose);
      const conversationId = '19:annan@thread.tacv2';
      await bind(conversationId);
      connector.refuse(conversationId, 404, 'ConversationNotFound');
      const before = connector.calls.length;

      await tickWeek(server.runtime, 'teams', server.poster);

      const after = connector.calls.slice(before);
      expect(after.filter((c) => c.conversationId === conversationId)).toHaveLength(1);
      // Nothing but the one refused digest: no conversation created, no message elsewhere.
      expect(after).toHaveLength(1);
      const row = (await findBindingHealth(server.runtime.deps)).find((r) =>
        r.channelId.endsWith(conversationId),
      );
      expect(row).toMatchObject({ state: 'unable', reason: 'channel-not-found' });
    }, 120_000);
  },
);
