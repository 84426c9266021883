// Authorisation by set and by qualified id, driven through the one command entry point as the
// attacks were tried: each test is the attack, and the store shows that nothing changed.
import { describe, expect, it } from 'vitest';
import { isGlobalAdmin } from '../../../src/app/authorize.ts';
import type { CommandContext } from '../../../src/app/deps.ts';
import { qualifyBareAdmins } from '../../../src/app/qualify-admins.ts';
import { ConfigError, loadConfig } from '../../../src/config.ts';
import { CHANNEL, createHarness, ENV_ADMIN, SET_KEY, silentLog } from '../app/app-harness.ts';

async function withSecondSet() {
  const h = await createHarness();
  const store = h.deps.store;
  const def = (await store.getPromiseSet(SET_KEY))!.def;
  const audit = { actor: 'system:test', platform: 'console' as const, action: 'seed' };
  await store.savePromiseSet({ ...def, key: 'annan-2018', municipality: 'Annan kommun' }, audit, new Date());
  await store.bindChannel(
    { channelId: 'slack:T1:C5', platform: 'slack', setKey: 'annan-2018', postTarget: null },
    audit,
    new Date(),
  );
  // U7 is an admin of the Överkalix channel only.
  await h.run(ENV_ADMIN, '/loften roll <@U7> admin');
  return h;
}

describe('binding a channel needs a global admin or an admin of that set', () => {
  it("refuses a channel admin binding their channel to another municipality's set", async () => {
    const h = await withSecondSet();
    const reply = await h.run('U7', '/loften koppla annan-2018');
    expect(reply.error?.code).toBe('forbidden');
    expect(reply.text).toContain('Inget har sparats');
    expect(reply.text).toContain('Du kan koppla till: overkalix-2018.');
    expect((await h.deps.store.getChannel(CHANNEL))?.setKey).toBe(SET_KEY);
  });

  it('answers a guessed key the same whether or not the set exists', async () => {
    const h = await withSecondSet();
    const real = await h.run('U7', '/loften koppla annan-2018');
    const made = await h.run('U7', '/loften koppla finns-inte-2018');
    expect(real.text.replace('annan-2018', 'X')).toBe(made.text.replace('finns-inte-2018', 'X'));
  });

  it('lets an admin of the set bind a new channel to it, and not to another set', async () => {
    const h = await withSecondSet();
    expect((await h.run('U7', '/loften koppla overkalix-2018', 'slack:T1:C9')).ok).toBe(true);
    expect((await h.deps.store.getChannel('slack:T1:C9'))?.setKey).toBe(SET_KEY);
    expect((await h.run('U7', '/loften koppla annan-2018', 'slack:T1:C10')).error?.code).toBe('forbidden');
    expect(await h.deps.store.getChannel('slack:T1:C10')).toBeNull();
  });

  it('refuses a channel admin managing roles in a channel of another set', async () => {
    const h = await withSecondSet();
    const reply = await h.run('U7', '/loften roll <@U8> admin', 'slack:T1:C5');
    expect(reply.error?.code).toBe('forbidden');
    expect(await h.deps.store.getRole('slack:T1:C5', 'slack:T1:U8')).toBeNull();
  });

  it('shows a member of an unbound channel no set keys', async () => {
    const h = await withSecondSet();
    for (const line of ['/status', '/logga medborgarkontakt Centrum', '/loften koppla x']) {
      const reply = await h.run('U3', line, 'slack:T1:C11');
      expect(reply.text).not.toMatch(/overkalix-2018|annan-2018/);
    }
  });

  it('lists every key to a global admin who mistypes one', async () => {
    const h = await withSecondSet();
    const reply = await h.run(ENV_ADMIN, '/loften koppla annan', 'slack:T1:C12');
    expect(reply.error?.code).toBe('unknown-set');
    expect(reply.text).toContain('Välj bland: annan-2018, overkalix-2018.');
  });
});

describe('LOFTESBOT_ADMINS are qualified by platform and workspace', () => {
  const ctx = (platform: CommandContext['platform'], platformUserId: string): CommandContext => ({
    channelId: `${platform}:x:C1`,
    platform,
    userId: `${platform}:x`,
    platformUserId,
  });
  const deps = { admins: ['slack:T1:U1', 'teams:tenant-a:aad-1', 'console:root', 'teams:*:aad-local'] };

  it('matches only the same user in the same workspace, tenant and platform', () => {
    expect(isGlobalAdmin(deps, ctx('slack', 'slack:T1:U1'))).toBe(true);
    expect(isGlobalAdmin(deps, ctx('slack', 'slack:T2:U1'))).toBe(false);
    expect(isGlobalAdmin(deps, ctx('teams', 'teams:tenant-a:aad-1'))).toBe(true);
    expect(isGlobalAdmin(deps, ctx('teams', 'teams:tenant-b:aad-1'))).toBe(false);
    expect(isGlobalAdmin(deps, ctx('teams', 'slack:T1:U1'))).toBe(false);
    expect(isGlobalAdmin(deps, ctx('console', 'console:root'))).toBe(true);
  });

  it('never lets a chat platform claim a console identity', () => {
    expect(isGlobalAdmin(deps, ctx('teams', 'console:root'))).toBe(false);
    expect(isGlobalAdmin(deps, ctx('slack', 'console:root'))).toBe(false);
    expect(isGlobalAdmin(deps, ctx('teams', 'teams:tenant-a:console:root'))).toBe(false);
  });

  it('takes a bare id as a user of the adapter’s own workspace, and "any tenant" only where asked', () => {
    const admins = ['U9', '00000000-0000-0000-0000-000000000001', 'slack:T1:U1'];
    expect(qualifyBareAdmins(admins, 'slack', 'T1', silentLog)).toEqual(['slack:T1:U9']);
    expect(qualifyBareAdmins(admins, 'teams', null, silentLog)).toEqual([]);
    expect(qualifyBareAdmins(admins, 'teams', 'tenant-a', silentLog)).toEqual([
      'teams:tenant-a:00000000-0000-0000-0000-000000000001',
    ]);
    expect(isGlobalAdmin({ admins }, ctx('slack', 'slack:T2:U9'))).toBe(false);
    expect(isGlobalAdmin({ admins }, ctx('slack', 'slack:T1:U9'))).toBe(true);
    expect(isGlobalAdmin({ admins: ['teams:*:aad-local'] }, ctx('teams', 'teams:any:aad-local'))).toBe(true);
  });

  it('refuses an admin entry that names no user', () => {
    expect(() => loadConfig({ LOFTESBOT_ADMINS: 'anna, slack:T1:U1' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOFTESBOT_ADMINS: 'anna' })).toThrow(/"anna" är ingen användare: skriv slack:/);
    expect(loadConfig({ LOFTESBOT_ADMINS: 'slack:T1:U1, U2' }).admins).toEqual(['slack:T1:U1', 'U2']);
  });
});

describe('local Teams mode is local', () => {
  it('is refused beside production credentials, naming them', () => {
    expect(() =>
      loadConfig({ TEAMS_LOCAL: '1', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }),
    ).toThrow(
      /TEAMS_LOCAL tar emot meddelanden utan inloggning och får inte användas med SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET/,
    );
    expect(() => loadConfig({ TEAMS_LOCAL: '1', CLIENT_ID: 'a', CLIENT_SECRET: 'b' })).toThrow(
      /CLIENT_ID, CLIENT_SECRET \(produktionsuppgifter\)/,
    );
  });

  it('takes Slack settings as local only when their Web API is on this machine', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(loadConfig({ TEAMS_LOCAL: '1', ...slack, SLACK_API_URL: 'http://127.0.0.1:4010/api/' }).host).toBe(
      '127.0.0.1',
    );
    expect(() => loadConfig({ TEAMS_LOCAL: '1', ...slack, SLACK_API_URL: 'https://slack.com/api/' })).toThrow(
      /får inte användas med SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET/,
    );
    expect(() =>
      loadConfig({ TEAMS_LOCAL: '1', ...slack, SLACK_API_URL: 'http://127.0.0.1.evil.example/' }),
    ).toThrow(/produktionsuppgifter/);
  });

  it('listens on loopback only, and is refused on any other address', () => {
    expect(loadConfig({ TEAMS_LOCAL: '1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ TEAMS_LOCAL: '1', HOST: '::1' }).host).toBe('::1');
    expect(() => loadConfig({ TEAMS_LOCAL: '1', HOST: '0.0.0.0' })).toThrow(
      /HOST=0\.0\.0\.0 går inte med TEAMS_LOCAL/,
    );
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});

describe('Slack in many workspaces is configured whole, and never beside a single bot token', () => {
  const oauth = {
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret',
    SLACK_SIGNING_SECRET: 'signing-secret',
  };
  it('starts in HTTP mode with the OAuth credentials and no bot token', () => {
    expect(loadConfig(oauth).slack).toEqual({
      mode: 'http',
      oauth: { clientId: '1111.2222', clientSecret: 'client-secret', stateSecret: 'state-secret' },
      signingSecret: 'signing-secret',
      apiUrl: undefined,
    });
  });
  it('names what is missing, and refuses a bot or app token beside it', () => {
    expect(() => loadConfig({ ...oauth, SLACK_STATE_SECRET: undefined })).toThrow(
      /SLACK_STATE_SECRET krävs för installation i flera arbetsytor/,
    );
    expect(() => loadConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_BOT_TOKEN används bara för en arbetsyta/,
    );
    expect(() => loadConfig({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_APP_TOKEN används bara/);
    expect(() => loadConfig({ ...oauth, TEAMS_LOCAL: '1' })).toThrow(/SLACK_CLIENT_SECRET/);
  });
});
