// The real stack for the Teams e2e tests: config → runtime (SQLite in a temp dir) → one Express app
// with the Teams adapter → an HTTP server on a free port, as `npm start` wires it.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { startTeams } from '../../../src/adapters/teams/index.ts';
import type { ChannelPoster } from '../../../src/app/ports.ts';
import { openRuntime, type Runtime } from '../../../src/cli/runtime.ts';
import { loadConfig } from '../../../src/config.ts';

export const ADMIN = '00000000-0000-0000-0000-000000000001';
export const TENANT = '00000000-0000-0000-0000-0000000000aa';

export interface TeamsServer {
  url: string;
  runtime: Runtime;
  poster: ChannelPoster;
  close(): Promise<void>;
}

export async function startTeamsServer(env: Record<string, string>): Promise<TeamsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'teams-e2e-'));
  const config = loadConfig({
    DATABASE_URL: `file:${join(dir, 'bot.db')}`,
    LOFTESBOT_NOW: '2018-03-19T08:00:00',
    LOFTESBOT_ADMINS: ADMIN,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const runtime = await openRuntime(config);
  const app = express();
  const teams = await startTeams(runtime.deps, runtime.log, app, config.teams!);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    poster: teams.poster,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await teams.stop();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seq = 0;

/** A message activity shaped like the ones Teams sends (recorded shape, ids made up). */
export function messageActivity(
  serviceUrl: string,
  fields: {
    text?: string;
    value?: unknown;
    conversationId?: string;
    aadObjectId?: string;
    entities?: unknown[];
  },
): Record<string, unknown> {
  seq += 1;
  const aad = fields.aadObjectId ?? ADMIN;
  const conversationId = fields.conversationId ?? 'a:personal-anna';
  return {
    type: 'message',
    id: `m${seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${aad}`, name: 'Anna Polis', aadObjectId: aad },
    conversation: {
      id: conversationId,
      conversationType: conversationId.startsWith('19:') ? 'channel' : 'personal',
      tenantId: TENANT,
    },
    recipient: { id: '28:bot', name: 'Löftesbot' },
    ...(fields.text !== undefined ? { text: fields.text } : {}),
    ...(fields.value !== undefined ? { value: fields.value } : {}),
    ...(fields.entities ? { entities: fields.entities } : {}),
    locale: 'sv-SE',
    channelData: { tenant: { id: TENANT } },
  };
}

export function postActivity(
  url: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}
