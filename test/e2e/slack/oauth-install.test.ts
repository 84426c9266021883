// Many workspaces through Slack's OAuth install flow, end to end on loopback: /slack/install redirects
// to Slack's consent page with the state cookie; Slack's redirect back is exchanged at a local fake of
// `oauth.v2.access` (answering as Slack documents it); the installation lands in the database (SQLite
// and PostgreSQL). Each workspace's slash commands and digests then use its own token, an org-wide
// (Enterprise Grid) install qualifies ids with the organisation, and `app_uninstalled` removes one
// installation and leaves the other.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../../src/adapters/slack/install/bot-scopes.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const CLIENT_ID = '1111.2222';
const CLIENT_SECRET = 'client-secret-of-the-app';

/** What oauth.v2.access answers for a code (docs.slack.dev/reference/methods/oauth.v2.access). */
function accessAnswer(code: string): Record<string, unknown> {
  const base = {
    app_id: 'A1',
    scope: BOT_SCOPES.join(','),
    token_type: 'bot',
    bot_user_id: 'UBOT',
    authed_user: { id: 'U1' },
    incoming_webhook: undefined,
  };
  if (code === 'code-E1')
    return {
      ...base,
      access_token: 'xoxb-E1',
      team: null,
      enterprise: { id: 'E1', name: 'Polisregion Nord' },
      is_enterprise_install: true,
    };
  const team = code === 'code-T2' ? { id: 'T2', name: 'Kalix' } : { id: 'T1', name: 'Överkalix' };
  return { ...base, access_token: `xoxb-${team.id}`, team, enterprise: null, is_enterprise_install: false };
}

async function startMulti(create: Parameters<typeof startSlackTestApp>[0]) {
  const t = await startSlackTestApp(create, {
    SLACK_BOT_TOKEN: undefined,
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: 'a-long-random-state-secret',
    LOFTESBOT_ADMINS: 'slack:T1:U1,slack:T2:U1,slack:E1:W1',
  });
  cleanups.push(() => t.close());
  t.slack.answerMethod('oauth.v2.access', (params) => accessAnswer(String(params.code)));
  t.slack.answerMethod('auth.test', (_p, authorization) => ({
    user_id: 'UBOT',
    bot_id: 'BBOT',
    team_id: authorization?.replace('Bearer xoxb-', '') ?? '',
    url: 'https://example.slack.com/',
  }));
  return { t, base: t.url.replace(/\/slack\/events$/, '') };
}

/** An admin's browser: the install link, Slack's consent (not fetched), the redirect back. */
async function install(
  base: string,
  code: string,
): Promise<{ status: number; html: string; authorize: URL }> {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location') ?? '');
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0]!;
  const state = authorize.searchParams.get('state') ?? '';
  const back = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
  });
  return { status: back.status, html: await back.text(), authorize };
}

function slash(
  t: SlackTestApp,
  fields: { teamId: string; channelId: string; text: string; extra?: Record<string, string> },
) {
  const body = new URLSearchParams(
    slashCommandBody({
      command: '/loften',
      text: fields.text,
      teamId: fields.teamId,
      channelId: fields.channelId,
      userId: 'U1',
      responseUrl: t.slack.responseUrl(fields.channelId),
    }),
  );
  for (const [k, v] of Object.entries(fields.extra ?? {})) body.set(k, v);
  return postSigned(t.url, TEST_SECRET, body.toString(), { headers: { connection: 'close' } });
}

function uninstalled(t: SlackTestApp, teamId: string) {
  const body = JSON.stringify({
    token: 'legacy-token',
    team_id: teamId,
    api_app_id: 'A1',
    event: { type: 'app_uninstalled' },
    type: 'event_callback',
    event_id: `EvUninstall${teamId}`,
    event_time: 1521446400,
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'UBOT', is_bot: true }],
  });
  return postSigned(t.url, TEST_SECRET, body, {
    contentType: 'application/json',
    headers: { connection: 'close' },
  });
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe.each(await findTestDatabases('slack oauth'))('Slack in many workspaces on $name', ({ create }) => {
  it('installs through the OAuth flow, stores the installation and answers each workspace with its own token', async () => {
    const { t, base } = await startMulti(create);

    const first = await install(base, 'code-T1');
    // The consent page asks for exactly the scopes the code uses.
    expect(first.authorize.origin + first.authorize.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(first.authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(first.authorize.searchParams.get('scope')?.split(',').sort()).toEqual([...BOT_SCOPES].sort());
    expect(first.status).toBe(200);
    expect(first.html).toContain('Löftesbot är installerad');
    expect(first.html).toContain('Överkalix');
    const exchange = t.slack.callsTo('oauth.v2.access');
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.params).toMatchObject({
      code: 'code-T1',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect((await install(base, 'code-T2')).html).toContain('Kalix');

    const stored = await t.rt.deps.store.findSlackInstallations();
    expect(stored.map((i) => [i.id, i.teamId, i.isEnterpriseInstall])).toEqual([
      ['T1', 'T1', false],
      ['T2', 'T2', false],
    ]);
    expect(JSON.parse(stored[1]!.installation)).toMatchObject({ bot: { token: 'xoxb-T2', userId: 'UBOT' } });

    // Each workspace's command is checked with its own token (conversations.info before binding).
    const a = await slash(t, { teamId: 'T1', channelId: 'C1', text: 'koppla overkalix-2018' });
    const b = await slash(t, { teamId: 'T2', channelId: 'C7', text: 'koppla overkalix-2018' });
    expect(a.text).toContain('Måndagsöversikten kommer hit');
    expect(b.text).toContain('Måndagsöversikten kommer hit');
    const checks = t.slack.callsTo('conversations.info').map((c) => [c.params.channel, c.authorization]);
    expect(checks).toEqual([
      ['C1', 'Bearer xoxb-T1'],
      ['C7', 'Bearer xoxb-T2'],
    ]);

    // A digest into each channel goes with that workspace's token.
    for (const channelId of ['slack:T1:C1', 'slack:T2:C7']) {
      const binding = await t.rt.deps.store.getChannel(channelId);
      expect(
        await t.poster.post(binding!, { ok: true, text: 'Översikt', visibility: 'channel' }),
      ).toMatchObject({
        status: 'sent',
      });
    }
    const posts = t.slack.callsTo('chat.postMessage').map((c) => [c.params.channel, c.authorization]);
    expect(posts).toEqual([
      ['C1', 'Bearer xoxb-T1'],
      ['C7', 'Bearer xoxb-T2'],
    ]);

    // Uninstalled from Överkalix's workspace: that installation goes, Kalix's stays.
    await uninstalled(t, 'T1');
    await settle();
    expect((await t.rt.deps.store.findSlackInstallations()).map((i) => i.id)).toEqual(['T2']);
    expect((await t.rt.deps.store.getChannel('slack:T1:C1'))?.health).toMatchObject({
      state: 'inactive',
      reason: 'access-revoked',
    });
    const gone = await t.rt.deps.store.getChannel('slack:T1:C1');
    expect(await t.poster.post(gone!, { ok: true, text: 'Översikt', visibility: 'channel' })).toMatchObject({
      status: 'terminal',
      code: 'not_installed',
    });
    // A command from the uninstalled workspace runs nothing; Kalix still gets answers.
    await slash(t, { teamId: 'T1', channelId: 'C1', text: 'koppla overkalix-2018' });
    expect(t.slack.callsTo('conversations.info')).toHaveLength(2);
    const still = await slash(t, { teamId: 'T2', channelId: 'C7', text: '' });
    expect(still.status).toBe(200);
    expect(still.text).toContain('Medborgarlöfte 2018 — Överkalix');
    const audit = (await t.rt.deps.store.findAudit(50)).filter((e) => e.entity === 'slack-installation');
    expect(audit.map((e) => [e.entityId, e.action])).toEqual(
      expect.arrayContaining([
        ['T1', 'install'],
        ['T2', 'install'],
        ['T1', 'lifecycle:app_uninstalled'],
      ]),
    );
  }, 60_000);

  it('an org-wide Enterprise Grid install qualifies ids with the organisation', async () => {
    const { t, base } = await startMulti(create);
    const done = await install(base, 'code-E1');
    expect(done.html).toContain('Polisregion Nord');
    expect((await t.rt.deps.store.getSlackInstallation('E1'))?.isEnterpriseInstall).toBe(true);
    // A command from one of the organisation's workspaces (T3), as Slack sends it for an org install.
    const reply = await slash(t, {
      teamId: 'T3',
      channelId: 'C9',
      text: 'koppla overkalix-2018',
      extra: {
        enterprise_id: 'E1',
        enterprise_name: 'Polisregion Nord',
        is_enterprise_install: 'true',
        user_id: 'W1',
      },
    });
    expect(reply.text).toContain('Måndagsöversikten kommer hit');
    expect(t.slack.callsTo('conversations.info')[0]!.authorization).toBe('Bearer xoxb-E1');
    const binding = await t.rt.deps.store.getChannel('slack:E1:C9');
    expect(binding).toMatchObject({ boundBy: 'slack:E1:W1' });
    expect(
      await t.poster.post(binding!, { ok: true, text: 'Översikt', visibility: 'channel' }),
    ).toMatchObject({
      status: 'sent',
    });
    expect(t.slack.callsTo('chat.postMessage')[0]!.authorization).toBe('Bearer xoxb-E1');
  }, 60_000);

  it('a state that is not this browser’s is refused in Swedish, and nothing is stored', async () => {
    const { t, base } = await startMulti(create);
    const res = await fetch(`${base}/slack/oauth_redirect?code=code-T1&state=forged`);
    const html = await res.text();
    expect(html).toContain('Löftesbot installerades inte');
    expect(t.slack.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(await t.rt.deps.store.findSlackInstallations()).toEqual([]);
  }, 60_000);
});
