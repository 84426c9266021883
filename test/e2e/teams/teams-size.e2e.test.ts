// A police area with 60 promises, end to end: the fake Bot Connector refuses any activity over 28 KB
// with 413 MessageSizeTooBig, as Teams does. /status and the digest arrive as several messages, in
// order, none refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getChannelDigest } from '../../../src/app/digest/get-channel-digest.ts';
import { importPromiseSet } from '../../../src/app/import-promise-set.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import {
  CONNECTOR_MAX_BYTES,
  type ConnectorCall,
  type FakeBotConnector,
  startFakeBotConnector,
} from '../../helpers/fake-bot-connector.ts';
import { largePromiseFile, largePromiseTitle } from '../../helpers/large-promise-set.ts';
import { cardsOf, validateAdaptiveCard } from '../../unit/adapters/teams/validate-adaptive-card.ts';
import {
  messageActivity,
  postActivity,
  startTeamsServer,
  TENANT,
  type TeamsServer,
} from './start-teams-server.ts';

let connector: FakeBotConnector;
let server: TeamsServer;
const CONVERSATION = 'a:personal-anna';

/** Waits for every part of a split answer (the last says "del N av N") and returns them in order. */
async function partsOf(first: ConnectorCall): Promise<ConnectorCall[]> {
  const parts = [first];
  for (;;) {
    const next = await connector.waitFor((c) => c.conversationId === CONVERSATION, 10_000);
    parts.push(next);
    const label = /Fortsättning, del (\d+) av (\d+)/.exec(JSON.stringify(next.body));
    if (!label || label[1] === label[2]) return parts;
  }
}

describe.each(await findTestDatabases('Teams size'))('Teams with 60 promises on $name', ({ create }) => {
  beforeAll(async () => {
    connector = await startFakeBotConnector();
    server = await startTeamsServer(create, { TEAMS_LOCAL: '1', SERVICE_URL: connector.url });
    const imported = await importPromiseSet(server.runtime.deps, largePromiseFile(60), {
      actor: 'system:test',
      platform: 'console',
      action: 'import',
    });
    expect(imported.ok).toBe(true);
    await postActivity(server.url, messageActivity(connector.url, { text: 'loften koppla overkalix-2018' }));
    await connector.waitFor(
      (c) => c.conversationId === CONVERSATION && /kopplad/.test(JSON.stringify(c.body)),
    );
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  it('refuses an activity over 28 KB, as Teams does', async () => {
    const res = await fetch(`${connector.url}/v3/conversations/x/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(CONNECTOR_MAX_BYTES) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: expect.objectContaining({ code: 'MessageSizeTooBig' }) });
  });

  it('answers /status in several messages, each accepted, showing all 60 promises', async () => {
    const before = connector.calls.length;
    expect((await postActivity(server.url, messageActivity(connector.url, { text: 'status' }))).status).toBe(
      200,
    );
    const first = await connector.waitFor(
      (c) => c.conversationId === CONVERSATION && /Status/.test(JSON.stringify(c.body)),
      10_000,
    );
    const parts = await partsOf(first);
    expect(parts.length).toBeGreaterThan(1);
    expect(connector.calls.slice(before).every((c) => c.status === 200)).toBe(true);
    const text = parts.map((p) => JSON.stringify(p.body)).join('\n');
    for (let n = 1; n <= 60; n++) expect(text).toContain(largePromiseTitle(n));
    for (const part of parts) expect(validateAdaptiveCard(cardsOf(part.body)[0])).toEqual([]);
  });

  it('posts the digest as several accepted messages and reports it sent', async () => {
    const binding = await server.runtime.deps.store.getChannel(`teams:${TENANT}:${CONVERSATION}`);
    const digest = await getChannelDigest(server.runtime.deps, binding!, server.runtime.deps.clock.now());
    const before = connector.calls.length;
    const result = await server.poster.post(binding!, digest!.reply);
    expect(result).toMatchObject({ status: 'sent' });
    const sent = connector.calls.slice(before);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((c) => c.status === 200)).toBe(true);
    expect(JSON.stringify(sent.at(-1)!.body)).toMatch(new RegExp(`del ${sent.length} av ${sent.length}`));
  });
});
