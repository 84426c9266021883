// Proactive posts (the Monday digest) reach each conversation through the Bot Connector its binding
// was made from: Teams gives conversations of different regions different serviceUrls. Two bindings
// made from two local fake connectors, a third fake as SERVICE_URL for bindings that have none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { digestJob } from '../../../src/adapters/scheduler/jobs/digest-job.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { cardsOf, validateAdaptiveCard } from '../../unit/adapters/teams/validate-adaptive-card.ts';
import {
  messageActivity,
  postActivity,
  startTeamsServer,
  TENANT,
  type TeamsServer,
} from './start-teams-server.ts';

const NORTH = 'a:personal-norr';
const SOUTH = 'a:personal-syd';

describe.each(await findTestDatabases('Teams proactive posts per serviceUrl'))(
  'Teams proactive posts on $name',
  ({ create }) => {
    let fallback: FakeBotConnector;
    let north: FakeBotConnector;
    let south: FakeBotConnector;
    let server: TeamsServer;

    beforeAll(async () => {
      [fallback, north, south] = await Promise.all([
        startFakeBotConnector(),
        startFakeBotConnector(),
        startFakeBotConnector(),
      ]);
      server = await startTeamsServer(create, { TEAMS_LOCAL: '1', SERVICE_URL: fallback.url });
    });
    afterAll(async () => {
      await server?.close();
      await Promise.all([fallback, north, south].map((c) => c?.close()));
    });

    async function bind(connector: FakeBotConnector, conversationId: string) {
      const res = await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'loften koppla overkalix-2018', conversationId }),
      );
      expect(res.status).toBe(200);
      const reply = await connector.waitFor((c) => c.conversationId === conversationId);
      expect(JSON.stringify(reply.body)).toMatch(/kopplad till/);
    }

    const isDigest = (conversationId: string) => (c: { conversationId: string | null; body: unknown }) =>
      c.conversationId === conversationId && /vecka/i.test(JSON.stringify(c.body));

    it("sends each binding's Monday digest to the Bot Connector its conversation came from", async () => {
      await bind(north, NORTH);
      await bind(south, SOUTH);
      expect(
        (await server.runtime.deps.store.getChannel(`teams:${TENANT}:${SOUTH}`))?.postTarget,
      ).toMatchObject({ serviceUrl: south.url, conversationId: SOUTH });

      const scheduler = createScheduler(
        server.runtime.deps,
        server.runtime.log,
        { teams: server.poster },
        { jobs: [digestJob], instanceId: 'service-urls' },
      );
      await scheduler.tick();
      await scheduler.stop();

      const northDigest = await north.waitFor(isDigest(NORTH));
      const southDigest = await south.waitFor(isDigest(SOUTH));
      expect(validateAdaptiveCard(cardsOf(northDigest.body)[0])).toEqual([]);
      expect(validateAdaptiveCard(cardsOf(southDigest.body)[0])).toEqual([]);
      expect(northDigest.url).toBe(`/v3/conversations/${NORTH}/activities`);
      expect(northDigest.body).toMatchObject({ conversation: { id: NORTH } });
      // Nothing crossed over, and nothing went to the app-wide SERVICE_URL.
      expect(north.calls.map((c) => c.conversationId)).toEqual([NORTH, NORTH]);
      expect(south.calls.map((c) => c.conversationId)).toEqual([SOUTH, SOUTH]);
      expect(fallback.calls).toEqual([]);
    });

    it('posts to SERVICE_URL for a binding stored without a serviceUrl', async () => {
      const { store, clock } = server.runtime.deps;
      const conversationId = 'a:personal-gammal';
      await store.bindChannel(
        {
          channelId: `teams:${TENANT}:${conversationId}`,
          platform: 'teams',
          setKey: 'overkalix-2018',
          postTarget: { serviceUrl: '', conversationId, tenantId: TENANT },
        },
        { actor: `teams:${TENANT}`, platform: 'teams', action: 'bind' },
        clock.now(),
      );
      const binding = await store.getChannel(`teams:${TENANT}:${conversationId}`);
      await server.poster.post(binding!, { ok: true, text: 'Påminnelse: rapporten.', visibility: 'channel' });
      const call = await fallback.waitFor((c) => c.conversationId === conversationId);
      expect(JSON.stringify(call.body)).toContain('Påminnelse: rapporten.');
    });
  },
);
