// Starts the real Slack adapter in HTTP mode on 127.0.0.1 (shared express app, Bolt's
// /slack/events) against a fake Slack Web API, with a database of its own (SQLite or PostgreSQL, see
// findTestDatabases) seeded with Överkalix 2018.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { mountHealth } from '../../../src/adapters/http/mount-health.ts';
import { startSlack } from '../../../src/adapters/slack/index.ts';
import { openRuntime, type Runtime } from '../../../src/cli/runtime.ts';
import { loadConfig } from '../../../src/config.ts';
import type { TestDatabase } from '../../helpers/databases.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack-api.ts';

export const TEST_SECRET = 'test-signing-secret';

export interface SlackTestApp {
  url: string;
  /** `http://127.0.0.1:<port>`: /healthz and /readyz as the server mounts them. */
  baseUrl: string;
  /** The test's database. */
  db: TestDatabase;
  slack: FakeSlackApi;
  rt: Runtime;
  poster: Awaited<ReturnType<typeof startSlack>>['poster'];
  close(): Promise<void>;
}

export async function startSlackTestApp(
  createDatabase: () => Promise<TestDatabase>,
  /** Settings over the defaults; `undefined` removes one (SLACK_BOT_TOKEN for many-workspace mode). */
  env: Record<string, string | undefined> = {},
): Promise<SlackTestApp> {
  const slack = await startFakeSlackApi();
  const db = await createDatabase();
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOFTESBOT_NOW: '2018-03-19T08:00:00',
    LOFTESBOT_ADMINS: 'U1',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: TEST_SECRET,
    SLACK_API_URL: slack.apiUrl,
    ...env,
  });
  const rt = await openRuntime(config);
  const app = express();
  const started = await startSlack(rt.deps, rt.log, app, config.slack!);
  mountHealth(app, rt.deps.store);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${baseUrl}/slack/events`;
  return {
    url,
    baseUrl,
    db,
    slack,
    rt,
    poster: started.poster,
    async close() {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await started.stop();
      await rt.close();
      await slack.close();
      await db.drop();
    },
  };
}
