// Lifecycle events through the real adapters, in the payload shapes the platforms document: Slack's
// Events API (`app_uninstalled`, `tokens_revoked`, `channel_archive`/`channel_unarchive`,
// `channel_deleted`, the bot's own `member_left_channel`/`member_joined_channel`), Teams'
// `installationUpdate` and `conversationUpdate`. They stop and restart posts (audited); an
// uninstall stops every post to the workspace at once.
import { describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../src/app/ports.ts';
import type { Runtime } from '../../src/cli/runtime.ts';
import { closeAfterEach, createDigestScheduler, startTeamsOnConnector } from '../helpers/channel-servers.ts';
import { findTestDatabases } from '../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './slack/start-slack-app.ts';
import { postActivity, TENANT } from './teams/start-teams-server.ts';

const onClose = closeAfterEach();

async function tickOnce(rt: Runtime, platform: 'slack' | 'teams', poster: ChannelPoster, id: string) {
  const scheduler = createDigestScheduler(rt, platform, poster, { instanceId: id });
  await scheduler.tick();
  await scheduler.stop();
}

let eventSeq = 0;
/** An Events API callback as Slack wraps it (docs.slack.dev/reference/events/…). */
function slackEvent(t: SlackTestApp, event: Record<string, unknown>) {
  eventSeq += 1;
  const body = JSON.stringify({
    token: 'legacy-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: `EvLife${eventSeq}`,
    event_time: 1521446400,
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  });
  return postSigned(t.url, TEST_SECRET, body, {
    contentType: 'application/json',
    headers: { connection: 'close' },
  });
}

/** Lets the event's work (acked first) finish. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe.each(await findTestDatabases('lifecycle events'))('lifecycle events on $name', ({ create }) => {
  async function slackWithTwoChannels() {
    const t = await startSlackTestApp(create);
    onClose(() => t.close());
    for (const channelId of ['C1', 'C2']) {
      await postSigned(
        t.url,
        TEST_SECRET,
        slashCommandBody({
          command: '/loften',
          text: 'koppla overkalix-2018',
          channelId,
          responseUrl: t.slack.responseUrl(),
        }),
        { headers: { connection: 'close' } },
      );
    }
    const health = async (c: string) => (await t.rt.deps.store.getChannel(`slack:T1:${c}`))?.health ?? null;
    return { t, health };
  }

  it('Slack: channel_archive stops posts there, channel_unarchive restarts them; others are untouched', async () => {
    const { t, health } = await slackWithTwoChannels();
    await slackEvent(t, { type: 'channel_archive', channel: 'C1', user: 'U1', event_ts: '1.1' });
    await settle();
    expect(await health('C1')).toMatchObject({
      state: 'inactive',
      reason: 'channel-archived',
      code: 'channel_archive',
    });
    expect(await health('C2')).toBeNull();
    await tickOnce(t.rt, 'slack', t.poster, 'archive');
    expect(t.slack.callsTo('chat.postMessage').map((c) => c.params.channel)).toEqual(['C2']);

    await slackEvent(t, { type: 'channel_unarchive', channel: 'C1', user: 'U1', event_ts: '1.2' });
    await settle();
    expect(await health('C1')).toBeNull();
    const audit = (await t.rt.deps.store.findAudit(50)).filter((a) => a.entity === 'channel-health');
    expect(audit.map((a) => a.action).sort()).toEqual([
      'lifecycle:channel_archive',
      'lifecycle:channel_unarchive',
    ]);
  }, 60_000);

  it('Slack: the bot leaving a channel stops posts there, being invited back restarts them; a person leaving changes nothing', async () => {
    const { t, health } = await slackWithTwoChannels();
    await slackEvent(t, {
      type: 'member_left_channel',
      user: 'U7',
      channel: 'C1',
      channel_type: 'C',
      team: 'T1',
    });
    await settle();
    expect(await health('C1')).toBeNull();
    await slackEvent(t, {
      type: 'member_left_channel',
      user: 'UBOT',
      channel: 'C1',
      channel_type: 'C',
      team: 'T1',
    });
    await settle();
    expect(await health('C1')).toMatchObject({ state: 'inactive', reason: 'not-in-channel' });
    await slackEvent(t, {
      type: 'member_joined_channel',
      user: 'UBOT',
      channel: 'C1',
      channel_type: 'C',
      team: 'T1',
      inviter: 'U1',
    });
    await settle();
    expect(await health('C1')).toBeNull();
  }, 60_000);

  it('Slack: channel_deleted, and app_uninstalled stopping every post to the workspace at once', async () => {
    const { t, health } = await slackWithTwoChannels();
    await slackEvent(t, { type: 'channel_deleted', channel: 'C2' });
    await settle();
    expect(await health('C2')).toMatchObject({ state: 'inactive', reason: 'channel-not-found' });
    await slackEvent(t, { type: 'app_uninstalled' });
    await settle();
    expect(await health('C1')).toMatchObject({
      state: 'inactive',
      reason: 'access-revoked',
      code: 'app_uninstalled',
    });
    await tickOnce(t.rt, 'slack', t.poster, 'uninstalled');
    expect(t.slack.callsTo('chat.postMessage')).toEqual([]);
  }, 60_000);

  it('Slack: tokens_revoked for the bot token stops the workspace; a user token alone does not', async () => {
    const { t, health } = await slackWithTwoChannels();
    await slackEvent(t, { type: 'tokens_revoked', tokens: { oauth: ['U1'] } });
    await settle();
    expect(await health('C1')).toBeNull();
    await slackEvent(t, { type: 'tokens_revoked', tokens: { oauth: ['U1'], bot: ['UBOT'] } });
    await settle();
    expect(await health('C1')).toMatchObject({
      state: 'inactive',
      reason: 'access-revoked',
      code: 'tokens_revoked',
    });
    expect(await health('C2')).toMatchObject({ state: 'inactive', reason: 'access-revoked' });
  }, 60_000);

  it('Teams: installationUpdate remove and conversationUpdate stop and restart posts', async () => {
    const { connector, server, bind } = await startTeamsOnConnector(create, onClose);
    const conversationId = '19:general@thread.tacv2';
    await bind(conversationId);
    const channelId = `teams:${TENANT}:${conversationId}`;
    const health = async () => (await server.runtime.deps.store.getChannel(channelId))?.health ?? null;
    // The shapes Teams sends (learn.microsoft.com: "Conversation events", "installationUpdate").
    const base = {
      timestamp: '2018-03-19T08:00:00.000Z',
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: '29:admin', aadObjectId: '00000000-0000-0000-0000-000000000001' },
      conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: conversationId },
      recipient: { id: '28:bot', name: 'Löftesbot' },
      channelData: {
        team: { aadGroupId: 'g1', name: 'Trygghet Överkalix', id: conversationId },
        tenant: { id: TENANT },
      },
    };
    const send = async (activity: Record<string, unknown>) => {
      const res = await postActivity(server.url, { ...base, id: `f:${Math.random()}`, ...activity });
      expect(res.status).toBeLessThan(300);
      await settle();
    };

    await send({ type: 'installationUpdate', action: 'remove' });
    expect(await health()).toMatchObject({
      state: 'inactive',
      reason: 'access-revoked',
      code: 'installationUpdate:remove',
    });
    const before = connector.calls.length;
    await tickOnce(server.runtime, 'teams', server.poster, 'teams-removed');
    expect(connector.calls.length).toBe(before);

    await send({ type: 'installationUpdate', action: 'add' });
    expect(await health()).toBeNull();

    await send({
      type: 'conversationUpdate',
      membersRemoved: [{ id: '28:bot' }],
      channelData: { ...base.channelData, eventType: 'teamMemberRemoved' },
    });
    expect(await health()).toMatchObject({ state: 'inactive', reason: 'not-in-channel' });
    await send({
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:bot' }],
      channelData: { ...base.channelData, eventType: 'teamMemberAdded' },
    });
    expect(await health()).toBeNull();
    const audit = (await server.runtime.deps.store.findAudit(50)).filter(
      (a) => a.entity === 'channel-health',
    );
    expect(audit).toHaveLength(4);
  }, 60_000);
});
