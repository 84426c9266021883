// Report documents in Teams without public URLs: the report card in the channel has a button that
// sends the documents to the requester's personal chat as file consent cards; accepting uploads the
// file into the session Teams opened and shows it with a file info card. There is no download route,
// so a forged Host header (the old attack: it moved the link base even on requests refused 401) has
// nothing to move.
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

const CHANNEL = '19:abc@thread.tacv2';
const PERSONAL = `a:personal-29:${ADMIN}`;
const FORGED = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

let connector: FakeBotConnector;
let server: TeamsServer;

function consentInvoke(action: 'accept' | 'decline', context: unknown, upload = 'report-1') {
  return {
    type: 'invoke',
    name: 'fileConsent/invoke',
    id: `i-${upload}-${action}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: `29:${ADMIN}`, name: 'Anna Polis', aadObjectId: ADMIN },
    conversation: { id: PERSONAL, conversationType: 'personal', tenantId: TENANT },
    recipient: { id: '28:bot', name: 'Löftesbot' },
    channelData: { tenant: { id: TENANT } },
    value: {
      type: 'fileUpload',
      action,
      context,
      ...(action === 'accept'
        ? {
            uploadInfo: {
              name: 'uppfoljning.md',
              uploadUrl: `${connector.url}/upload/${upload}`,
              contentUrl: 'https://contoso-my.sharepoint.com/personal/anna/Documents/uppfoljning.md',
              uniqueId: 'unique-1',
              fileType: 'md',
            },
          }
        : {}),
    },
  };
}

describe.each(await findTestDatabases('Teams report files'))(
  'Teams report documents on $name',
  ({ create }) => {
    beforeAll(async () => {
      connector = await startFakeBotConnector();
      server = await startTeamsServer(create, { TEAMS_LOCAL: '1', SERVICE_URL: connector.url });
      const say = (text: string) =>
        postActivity(server.url, messageActivity(connector.url, { text, conversationId: CHANNEL }), FORGED);
      await say('loften koppla overkalix-2018');
      await connector.waitFor((c) => c.conversationId === CHANNEL && /kopplad/.test(JSON.stringify(c.body)));
      await say('logga medborgarkontakt Centrum 2018-03-14');
      await connector.waitFor((c) => c.conversationId === CHANNEL && /Loggat/.test(JSON.stringify(c.body)));
    });
    afterAll(async () => {
      await server?.close();
      await connector?.close();
    });

    it('has no download route: a forged Host changes nothing and /teams/files does not exist', async () => {
      const res = await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'rapport md', conversationId: CHANNEL }),
        FORGED,
      );
      expect(res.status).toBe(200);
      const call = await connector.waitFor(
        (c) => c.conversationId === CHANNEL && /Uppföljning av medborgarlöfte/.test(JSON.stringify(c.body)),
      );
      const json = JSON.stringify(call.body);
      expect(json).not.toContain('evil.example');
      expect(json).not.toContain('Action.OpenUrl');
      expect(json).not.toContain('Bifogat');
      expect((await fetch(`${server.url}/teams/files/anything/uppfoljning.md`)).status).toBe(404);
      const [card] = cardsOf(call.body);
      expect(card!.actions).toContainEqual({
        type: 'Action.Submit',
        title: 'Skicka dokumenten till mig',
        data: { action: 'send-files', command: 'rapport md' },
      });
    });

    it('sends the documents to the personal chat as consent cards, and uploads one when accepted', async () => {
      const before = connector.calls.length;
      await postActivity(
        server.url,
        messageActivity(connector.url, {
          conversationId: CHANNEL,
          value: { action: 'send-files', command: 'rapport md' },
        }),
      );
      const told = await connector.waitFor(
        (c) => c.conversationId === CHANNEL && /skickar dokumenten/.test(JSON.stringify(c.body)),
      );
      expect(JSON.stringify(told.body)).toContain('Godkänn varje fil');
      const created = connector.calls.slice(before).find((c) => c.url === '/v3/conversations');
      expect(created?.body).toMatchObject({ members: [{ id: `29:${ADMIN}` }], tenantId: TENANT });
      const consent = await connector.waitFor(
        (c) => c.conversationId === PERSONAL && JSON.stringify(c.body).includes('card.file.consent'),
      );
      const attachment = (
        consent.body.attachments as { name: string; content: { acceptContext: unknown } }[]
      )[0]!;
      expect(attachment.name).toMatch(/\.md$/);
      expect(attachment.content.acceptContext).toEqual({
        channelId: `teams:${TENANT}:${CHANNEL}`,
        command: 'rapport md',
        file: attachment.name,
      });

      const res = await postActivity(server.url, consentInvoke('accept', attachment.content.acceptContext));
      expect(res.status).toBe(200);
      const info = await connector.waitFor(
        (c) => c.conversationId === PERSONAL && JSON.stringify(c.body).includes('card.file.info'),
      );
      expect(info.body.attachments).toEqual([
        expect.objectContaining({
          contentType: 'application/vnd.microsoft.teams.card.file.info',
          name: 'uppfoljning.md',
          content: { uniqueId: 'unique-1', fileType: 'md' },
        }),
      ]);
      const upload = connector.calls.find((c) => c.method === 'PUT' && c.url === '/upload/report-1');
      expect(String(upload?.body.raw)).toContain('Uppföljning av medborgarlöfte 2018');
    });

    it('answers a declined consent with a word and uploads nothing', async () => {
      const context = { channelId: `teams:${TENANT}:${CHANNEL}`, command: 'rapport md', file: 'x.md' };
      await postActivity(server.url, consentInvoke('decline', context, 'declined'));
      const said = await connector.waitFor(
        (c) => c.conversationId === PERSONAL && /skickades inte/.test(JSON.stringify(c.body)),
      );
      expect(JSON.stringify(said.body)).toContain('x.md skickades inte');
      expect(connector.calls.some((c) => c.url === '/upload/declined')).toBe(false);
    });

    it('refuses a consent whose context names another tenant’s channel', async () => {
      const context = {
        channelId: 'teams:other-tenant:19:x@thread.tacv2',
        command: 'rapport md',
        file: 'a.md',
      };
      await postActivity(server.url, consentInvoke('accept', context, 'forged'));
      await connector.waitFor(
        (c) => c.conversationId === PERSONAL && /går inte att skicka härifrån/.test(JSON.stringify(c.body)),
      );
      expect(connector.calls.some((c) => c.url === '/upload/forged')).toBe(false);
    });
  },
);
