// Set-up shared by the end-to-end tests of channels the bot may lose (dead-channel-week,
// lifecycle-events): what a test starts is closed after it, a Teams server talks to a fake Bot
// Connector with a channel bound as a user binds it, and the digest job runs over a runtime.
import { afterEach } from 'vitest';
import { createScheduler } from '../../src/adapters/scheduler/create-scheduler.ts';
import { digestJob } from '../../src/adapters/scheduler/jobs/digest-job.ts';
import type { Clock } from '../../src/app/clock.ts';
import type { ChannelPoster } from '../../src/app/ports.ts';
import type { Runtime } from '../../src/cli/runtime.ts';
import {
  messageActivity,
  postActivity,
  startTeamsServer,
  type TeamsServer,
} from '../e2e/teams/start-teams-server.ts';
import { quietLog } from '../fixtures/digest/scheduler-harness.ts';
import type { TestDatabase } from './databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from './fake-bot-connector.ts';

/** Call at the top of a test file: returns `onClose`, whose functions run after each test, last first. */
export function closeAfterEach(): (close: () => Promise<void>) => void {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  return (close) => {
    cleanups.push(close);
  };
}

export interface TeamsOnConnector {
  connector: FakeBotConnector;
  server: TeamsServer;
  /**
   * `loften koppla overkalix-2018` in the conversation, and the bot's answer at the connector.
   * `headers`, e.g. `connection: close` when the test outlasts the server's keep-alive.
   */
  bind(conversationId: string, headers?: Record<string, string>): Promise<void>;
}

/** A Teams server in local mode posting to a fake Bot Connector, both closed after the test. */
export async function startTeamsOnConnector(
  create: () => Promise<TestDatabase>,
  onClose: (close: () => Promise<void>) => void,
): Promise<TeamsOnConnector> {
  const connector = await startFakeBotConnector();
  onClose(() => connector.close());
  const server = await startTeamsServer(create, { TEAMS_LOCAL: '1', SERVICE_URL: connector.url });
  onClose(() => server.close());
  return {
    connector,
    server,
    async bind(conversationId, headers = {}) {
      await postActivity(
        server.url,
        messageActivity(connector.url, { text: 'loften koppla overkalix-2018', conversationId }),
        headers,
      );
      await connector.waitFor((c) => c.conversationId === conversationId);
    },
  };
}

/** A scheduler running only the digest job over the runtime's deps (on `clock` when given). */
export function createDigestScheduler(
  rt: Runtime,
  platform: 'slack' | 'teams',
  poster: ChannelPoster,
  options: { instanceId: string; clock?: Clock; sleep?: (ms: number) => Promise<void> },
) {
  const { clock, ...rest } = options;
  return createScheduler(
    clock ? { ...rt.deps, clock } : rt.deps,
    quietLog,
    { [platform]: poster },
    {
      jobs: [digestJob],
      ...rest,
    },
  );
}
