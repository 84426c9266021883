// Starts the real Slack adapter in Socket Mode against a fake Slack on 127.0.0.1: the Web API
// (`apps.connections.open` hands out the fake WebSocket's URL) and the WebSocket end that sends
// envelopes. A temp SQLite database seeded with Överkalix 2018.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { startSlack } from '../../../src/adapters/slack/index.ts';
import { openRuntime, type Runtime } from '../../../src/cli/runtime.ts';
import { loadConfig } from '../../../src/config.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { type FakeSlackSocket, startFakeSlackSocket } from '../../helpers/fake-slack-socket.ts';

export const APP_TOKEN = 'xapp-1-A1-1-fake';

export interface SocketTestApp {
  slack: FakeSlackApi;
  socket: FakeSlackSocket;
  rt: Runtime;
  /** Stops the adapter only (what SIGTERM does); close() also does it when still running. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export async function startSocketTestApp(env: Record<string, string> = {}): Promise<SocketTestApp> {
  const slack = await startFakeSlackApi();
  const socket = await startFakeSlackSocket();
  slack.answerMethod('apps.connections.open', () => ({ url: socket.url }));
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-socket-'));
  const config = loadConfig({
    DATABASE_URL: `file:${join(dir, 'test.db')}`,
    LOFTESBOT_NOW: '2018-03-19T08:00:00',
    LOFTESBOT_ADMINS: 'U1',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: slack.apiUrl,
    ...env,
  });
  const rt = await openRuntime(config);
  const started = await startSlack(rt.deps, rt.log, express(), config.slack!);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await started.stop();
  };
  return {
    slack,
    socket,
    rt,
    stop,
    async close() {
      await stop();
      await rt.close();
      await socket.close();
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
