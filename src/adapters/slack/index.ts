// Wires the Slack handlers to a Bolt app: HTTP mode on the shared express app (/slack/events), or
// Socket Mode when an app token is given (socket/). Handlers live one per file in the feature folders;
// route-requests.ts sends each request to its handler.
import { App, ExpressReceiver, webApi } from '@slack/bolt';
import type { Express } from 'express';
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { ChannelPoster } from '../../app/ports.ts';
import { qualifyBareAdmins } from '../../app/qualify-admins.ts';
import type { Config } from '../../config.ts';
import { createMembershipCheck } from './commands/check-membership.ts';
import { createBoltLogger } from './create-bolt-logger.ts';
import { describeStartError, SlackStartError, type StartStep, startSteps } from './describe-start-error.ts';
import { buildHomeBlocks } from './home/publish-home.ts';
import { createSlackPoster } from './post/create-slack-poster.ts';
import { routeRequests } from './route-requests.ts';
import type { SlackEnv } from './slack-env.ts';
import { createSocketReceiver } from './socket/create-socket-receiver.ts';
import { createUserNameCache } from './users/user-name-cache.ts';

export type SlackConfig = NonNullable<Config['slack']>;
export { SlackStartError };

export async function startSlack(
  deps: AppDeps,
  log: Logger,
  expressApp: Express,
  cfg: SlackConfig,
): Promise<{ poster: ChannelPoster; stop(): Promise<void> }> {
  const logger = createBoltLogger(log);
  const clientOptions = {
    ...(cfg.apiUrl ? { slackApiUrl: cfg.apiUrl } : {}),
    // A reply is worth little after a minute: a few quick retries instead of Bolt's half hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 },
  };
  const socket = Boolean(cfg.appToken);
  const receiver = cfg.appToken
    ? createSocketReceiver({ appToken: cfg.appToken, log, boltLogger: logger, clientOptions })
    : new ExpressReceiver({
        signingSecret: cfg.signingSecret ?? '',
        app: expressApp,
        endpoints: '/slack/events',
        logger,
      });
  // Initialised below, where a refused token or an unreachable Slack can be reported (Bolt would
  // otherwise call auth.test in its constructor and leave a failure unhandled).
  // No conversation store: nothing here keeps state per conversation, and Bolt's in-memory one
  // builds a "Conversation not found" Error (with its stack) for every request.
  const app = new App({
    token: cfg.botToken,
    logger,
    clientOptions,
    receiver,
    deferInitialization: true,
    convoStore: false,
  });
  const env: SlackEnv = {
    deps,
    log,
    names: createUserNameCache(app.client),
    canPost: createMembershipCheck(app.client),
  };

  // Work still running after Slack's ack (response_url replies): stop() waits for it, so SIGTERM
  // never closes the database under a command in flight.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  };

  app.use(routeRequests(env, track));
  app.error(async (error) => {
    log.error({ err: error, code: (error as { code?: string }).code }, 'slack: unhandled error');
  });

  const failed = (step: StartStep) => (err: unknown) => {
    throw new SlackStartError(describeStartError(err, step), { cause: err });
  };
  await app.init().catch(failed(startSteps.auth));
  // The bot token's own workspace: bare ids in LOFTESBOT_ADMINS are users of it and of no other.
  const home = await app.client.auth.test().catch(failed(startSteps.auth));
  qualifyBareAdmins(deps.admins, 'slack', typeof home.team_id === 'string' ? home.team_id : null, log);
  // In HTTP mode the shared server listens; Socket Mode opens its own connection to Slack.
  if (socket) await app.start().catch(failed(startSteps.socket));
  log.info({ mode: socket ? 'socket' : 'http' }, 'slack adapter started');
  return {
    poster: createSlackPoster(app.client, {
      log,
      // Digests: no retries inside the client (a 5xx after Slack accepted the post would post it
      // again); app/digest/deliver-once.ts retries, and looks for the post first when in doubt.
      postClient: new webApi.WebClient(cfg.botToken, {
        ...(cfg.apiUrl ? { slackApiUrl: cfg.apiUrl } : {}),
        logger,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 30_000,
      }),
      refreshHome: async (teamId, user) => {
        const blocks = await buildHomeBlocks(env, teamId, user);
        await app.client.views.publish({ user_id: user, view: { type: 'home', blocks } });
      },
    }),
    stop: async () => {
      await Promise.allSettled([...inFlight]);
      if (socket) await app.stop();
    },
  };
}
