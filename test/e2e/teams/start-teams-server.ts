// The real stack for the Teams e2e tests: config → runtime (a database of its own, SQLite or
// PostgreSQL, see findTestDatabases) → one Express app with the Teams adapter → an HTTP server on a
// free port, as `npm start` wires it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { startTeams } from '../../../src/adapters/teams/index.ts';
import type { ChannelPoster } from '../../../src/app/ports.ts';
import { openRuntime, type Runtime } from '../../../src/cli/runtime.ts';
import { loadConfig } from '../../../src/config.ts';
import type { TestDatabase } from '../../helpers/databases.ts';

export const ADMIN = '00000000-0000-0000-0000-000000000001';
export const TENANT = '00000000-0000-0000-0000-0000000000aa';

export interface TeamsServer {
  url: string;
  runtime: Runtime;
  poster: ChannelPoster;
  close(): Promise<void>;
}

export async function startTeamsServer(
  createDatabase: () => Promise<TestDatabase>,
  env: Record<string, string>,
  options: { log?: import('../../../src/app/deps.ts').Logger } = {},
): Promise<TeamsServer> {
  const db = await createDatabase();
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOFTESBOT_NOW: '2018-03-19T08:00:00',
    LOFTESBOT_ADMINS: ADMIN,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const runtime = await openRuntime(config);
  const app = express();
  const teams = await startTeams(runtime.deps, options.log ?? runtime.log, app, config.teams!);
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
      await db.drop();
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
