// `npm start` with a chat platform configured: one HTTP server on PORT for Slack's HTTP mode, Teams'
// /api/messages and the health endpoints; the scheduler; graceful shutdown on SIGTERM.
import { createServer, type Server } from 'node:http';
import express from 'express';
import { consoleUser } from '../adapters/console/run-console.ts';
import { mountHealth } from '../adapters/http/mount-health.ts';
import type { ChannelPoster } from '../app/ports.ts';
import type { Config } from '../config.ts';
import type { Platform } from '../domain/types.ts';
import { openRuntime } from './runtime.ts';

function isLoopback(address: ReturnType<Server['address']>): boolean {
  return (
    typeof address === 'object' && address !== null && /^(?:127\.|::1$|::ffff:127\.)/.test(address.address)
  );
}

export async function startServer(config: Config): Promise<number> {
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  const { log, deps } = rt;
  const app = express();
  app.disable('x-powered-by');
  let shuttingDown = false;
  // Ready only once SIGTERM is handled: a rollout that stops a pod right after /readyz must get a clean stop.
  let started = false;
  mountHealth(app, { isReady: async () => started && !shuttingDown && (await deps.store.isReady()) });

  const posters: Partial<Record<Platform, ChannelPoster>> = {};
  const stops: (() => Promise<void>)[] = [];
  if (config.slack) {
    const { startSlack, SlackStartError } = await import('../adapters/slack/index.ts');
    try {
      const slack = await startSlack(deps, log, app, config.slack);
      posters.slack = slack.poster;
      stops.push(slack.stop);
    } catch (error) {
      if (!(error instanceof SlackStartError)) throw error;
      process.stderr.write(`Löftesbot kan inte starta: ${error.message}\n`);
      await rt.close();
      return 1;
    }
  }
  if (config.teams) {
    const { startTeams } = await import('../adapters/teams/index.ts');
    const teams = await startTeams(deps, log, app, config.teams);
    posters.teams = teams.poster;
    stops.push(teams.stop);
  }

  const server = createServer(app);
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `porten ${config.port} är upptagen` : error.message;
      process.stderr.write(`Löftesbot kan inte starta: ${why}. Välj en annan med PORT=…\n`);
      resolve(false);
    });
    server.listen(config.port, config.host, () => resolve(true));
  });
  if (listening && config.teams?.local && !isLoopback(server.address())) {
    // Belt and braces for the config check: local Teams mode answers without a token.
    process.stderr.write('Löftesbot kan inte starta: TEAMS_LOCAL lyssnar bara på 127.0.0.1.\n');
    server.close();
    await Promise.allSettled(stops.map((s) => s()));
    await rt.close();
    return 1;
  }
  if (!listening) {
    await Promise.allSettled(stops.map((s) => s()));
    await rt.close();
    return 1;
  }
  const { startScheduler } = await import('../adapters/scheduler/index.ts');
  const scheduler = startScheduler(deps, log, posters);
  log.info(
    {
      port: config.port,
      slack: config.slack?.mode ?? 'off',
      teams: config.teams ? (config.teams.local ? 'local' : 'on') : 'off',
    },
    'löftesbot ready',
  );

  return new Promise<number>((resolve) => {
    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      log.info({ signal }, 'shutting down: finishing in-flight requests');
      await scheduler.stop();
      // close() stops accepting and waits for in-flight requests; idle keep-alive sockets are closed.
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
      });
      await Promise.allSettled(stops.map((s) => s()));
      await rt.close();
      log.info({}, 'stopped');
      resolve(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
    started = true;
  });
}
