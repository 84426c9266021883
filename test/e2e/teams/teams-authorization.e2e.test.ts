// Authorisation by set over real HTTP (local Teams mode): each test is the attack, sent as Teams
// sends activities, and the store is read to show that nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { cardsOf } from '../../unit/adapters/teams/validate-adaptive-card.ts';
import {
  ADMIN,
  messageActivity,
  postActivity,
  startTeamsServer,
  TENANT,
  type TeamsServer,
} from './start-teams-server.ts';

const OFFICER = '00000000-0000-0000-0000-000000000002';
const OWN = `teams:${TENANT}:a:personal-anna`;
const OTHER_CONVERSATION = '19:annan@thread.tacv2';
let connector: FakeBotConnector;
let server: TeamsServer;

async function send(activity: Record<string, unknown>) {
  const res = await postActivity(server.url, activity);
  expect(res.status).toBe(200);
  const conv = (activity.conversation as { id: string }).id;
  const call = await connector.waitFor((c) => c.conversationId === conv);
  return JSON.stringify(cardsOf(call.body));
}

const ask = (fields: Parameters<typeof messageActivity>[1]) => send(messageActivity(connector.url, fields));

describe.each(await findTestDatabases('Teams authorisation'))(
  'Teams authorisation by set on $name',
  ({ create }) => {
    beforeAll(async () => {
      connector = await startFakeBotConnector();
      // console:root as an admin, as `loftesbot start` adds the local user in the image.
      server = await startTeamsServer(create, {
        TEAMS_LOCAL: '1',
        SERVICE_URL: connector.url,
        LOFTESBOT_ADMINS: `${ADMIN},console:root`,
      });
      const store = server.runtime.deps.store;
      const own = (await store.getPromiseSet('overkalix-2018'))!.def;
      const audit = { actor: 'console:root', platform: 'console' as const, action: 'seed' };
      await store.savePromiseSet(
        { ...own, key: 'annan-2018', municipality: 'Annan kommun' },
        audit,
        new Date(),
      );
      await store.bindChannel(
        {
          channelId: `teams:${TENANT}:${OTHER_CONVERSATION}`,
          platform: 'teams',
          setKey: 'annan-2018',
          postTarget: null,
        },
        audit,
        new Date(),
      );
      expect(await ask({ text: 'loften koppla overkalix-2018' })).toMatch(/kopplad till/);
    });
    afterAll(async () => {
      await server?.close();
      await connector?.close();
    });

    it('gives no admin rights to a Teams user whose id claims a console identity', async () => {
      const forged = messageActivity(connector.url, { text: 'loften koppla annan-2018' });
      forged.from = { id: 'console:root', name: 'root' };
      expect(await send(forged)).toMatch(/kräver rollen administratör/);
      expect((await server.runtime.deps.store.getChannel(OWN))?.setKey).toBe('overkalix-2018');
    });

    it("refuses a channel admin binding the channel to another municipality's set", async () => {
      await server.runtime.deps.store.setRole(
        OWN,
        `teams:${OFFICER}`,
        'admin',
        { actor: `teams:${ADMIN}`, platform: 'teams', action: 'set-role' },
        new Date(),
      );
      const json = await ask({ text: 'loften koppla annan-2018', aadObjectId: OFFICER });
      expect(json).toMatch(/kräver rollen administratör för den löftesuppsättningen/);
      // Told only the set they administer, not the other municipality's key.
      expect(json).toMatch(/Du kan koppla till: overkalix-2018/);
      expect(json).not.toMatch(/annan-2018\./);
      expect((await server.runtime.deps.store.getChannel(OWN))?.setKey).toBe('overkalix-2018');
    });

    it('shows an unbound conversation no set keys', async () => {
      const json = await ask({ text: 'status', conversationId: '19:ny@thread.tacv2', aadObjectId: OFFICER });
      expect(json).toMatch(/inte kopplad/);
      expect(json).not.toMatch(/overkalix-2018|annan-2018/);
    });

    it("refuses an Ångra payload sent from another set's conversation, and undoes nothing", async () => {
      expect(await ask({ text: 'logga medborgarkontakt Centrum', aadObjectId: OFFICER })).toMatch(/Loggat/);
      const [entry] = await server.runtime.deps.store.findUserActivities(`teams:${OFFICER}`, 1);
      const json = await ask({
        value: { action: 'undo', activityId: entry!.id },
        conversationId: OTHER_CONVERSATION,
        aadObjectId: OFFICER,
      });
      expect(json).toMatch(/inte din att ångra i den här kanalen/);
      const [still] = await server.runtime.deps.store.findUserActivities(`teams:${OFFICER}`, 1);
      expect(still?.id).toBe(entry!.id);
    });
  },
);
