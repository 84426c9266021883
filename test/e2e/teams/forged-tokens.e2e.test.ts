// Issue 17 item 9, as the attack over real HTTP: a stream of forged Bot Framework tokens. Each is
// refused with 401 and nothing is written; none but (at most) the first with a never-seen key id
// reaches the SDK's validation, which fetches signing keys and logs errors for every token it sees;
// the refusals are logged once a minute, not once a token.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/app/deps.ts';
import { createSqliteDatabase } from '../../helpers/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import {
  messageActivity,
  postActivity,
  startTeamsServer,
  TENANT,
  type TeamsServer,
} from './start-teams-server.ts';

const CLIENT_ID = '11111111-1111-1111-1111-111111111111';
const lines: { level: string; obj: object; msg?: string }[] = [];
const log: Logger = {
  info: (obj, msg) => lines.push({ level: 'info', obj, ...(msg ? { msg } : {}) }),
  warn: (obj, msg) => lines.push({ level: 'warn', obj, ...(msg ? { msg } : {}) }),
  error: (obj, msg) => lines.push({ level: 'error', obj, ...(msg ? { msg } : {}) }),
};

let connector: FakeBotConnector;
let server: TeamsServer;
beforeAll(async () => {
  connector = await startFakeBotConnector();
  server = await startTeamsServer(
    createSqliteDatabase,
    { CLIENT_ID, CLIENT_SECRET: 'not-a-real-secret', TENANT_ID: TENANT, SERVICE_URL: connector.url },
    { log },
  );
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
/** An RS256 token signed with the attacker's own key: right in every claim, wrong in its signature. */
function signed(header: object, payload: object): string {
  const head = `${b64({ alg: 'RS256', typ: 'JWT', ...header })}.${b64(payload)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url')}`;
}
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const claims = () => ({
  aud: CLIENT_ID,
  iss: 'https://api.botframework.com',
  exp: inAnHour(),
  serviceurl: connector.url,
});

describe('forged Teams tokens', () => {
  it('refuses each with 401 without a key fetch each, and logs the refusals once a minute', async () => {
    const forged = [
      `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`,
      `${b64({ alg: 'HS256', typ: 'JWT', kid: 'k' })}.${b64(claims())}.c2ln`,
      'not-a-token',
      signed({ kid: 'k1' }, { ...claims(), aud: 'someone-else' }),
      signed({ kid: 'k1' }, { ...claims(), iss: 'https://evil.example' }),
      signed({ kid: 'k1' }, { ...claims(), exp: Math.floor(Date.now() / 1000) - 3600 }),
      signed({}, claims()),
      // Right in every claim, with key ids the bot has never seen: the first may be checked by the SDK.
      ...Array.from({ length: 20 }, (_, i) => signed({ kid: `forged-${i}` }, claims())),
    ];
    for (const token of forged) {
      const res = await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'loften koppla overkalix-2018' }),
        { authorization: `Bearer ${token}` },
      );
      expect(res.status, token.slice(0, 40)).toBe(401);
    }
    // Only the console's own binding, made at start: no Teams conversation was bound.
    expect((await server.runtime.deps.store.findChannels()).map((c) => c.platform)).toEqual(['console']);
    expect(connector.calls).toEqual([]);
    // The SDK logs each token it validates ("Failed to get signing key", "JWT verification failed"):
    // it saw one token of 27 at most.
    const sdk = lines.filter((l) => 'sdk' in l.obj);
    expect(sdk.length).toBeLessThanOrEqual(3);
    const refusals = lines.filter((l) => l.msg === 'teams: request with an unusable token refused');
    expect(refusals).toHaveLength(1);
  });
});
