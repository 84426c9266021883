// With credentials set, /api/messages only takes requests carrying a valid Bot Framework token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import {
  messageActivity,
  postActivity,
  startTeamsServer,
  TENANT,
  type TeamsServer,
} from './start-teams-server.ts';

let connector: FakeBotConnector;
let server: TeamsServer;

describe.each(await findTestDatabases('Teams with credentials'))(
  'Teams with credentials on $name',
  ({ create }) => {
    beforeAll(async () => {
      connector = await startFakeBotConnector();
      server = await startTeamsServer(create, {
        CLIENT_ID: '11111111-1111-1111-1111-111111111111',
        CLIENT_SECRET: 'not-a-real-secret',
        TENANT_ID: TENANT,
        SERVICE_URL: connector.url,
      });
    });
    afterAll(async () => {
      await server?.close();
      await connector?.close();
    });

    it('refuses a request without a token with 401 and writes nothing', async () => {
      const res = await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'loften koppla overkalix-2018' }),
      );
      expect(res.status).toBe(401);
      const bind = await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'logga medborgarkontakt Centrum' }),
      );
      expect(bind.status).toBe(401);
      expect(await server.runtime.deps.store.getChannel(`teams:${TENANT}:a:personal-anna`)).toBeNull();
      expect(await server.runtime.deps.store.findActivities('overkalix-2018')).toEqual([]);
      expect(connector.calls).toEqual([]);
    });

    it('refuses a forged token with 401', async () => {
      const forged = ['{"alg":"none","typ":"JWT"}', '{"aud":"11111111-1111-1111-1111-111111111111"}']
        .map((p) => Buffer.from(p).toString('base64url'))
        .join('.');
      const res = await postActivity(server.url, messageActivity(connector.url, { text: 'status' }), {
        authorization: `Bearer ${forged}.x`,
      });
      expect(res.status).toBe(401);
      expect(connector.calls).toEqual([]);
    });

    it('refuses an unauthenticated request with a forged Host, which leaves no link base to move', async () => {
      const res = await postActivity(server.url, messageActivity(connector.url, { text: 'rapport' }), {
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      });
      expect(res.status).toBe(401);
      expect(connector.calls).toEqual([]);
      // No route serves report files: documents go through Teams' file consent flow only.
      expect((await fetch(`${server.url}/teams/files/any-token/rapport.docx`)).status).toBe(404);
    });
  },
);
