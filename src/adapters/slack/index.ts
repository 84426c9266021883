// Wires the Slack handlers to a Bolt app: HTTP mode on the shared express app (/slack/events), or
// Socket Mode when an app token is given (socket/). Handlers live one per file in the feature folders;
// route-requests.ts sends each request to its handler.
import { type AllMiddlewareArgs, App, ExpressReceiver, webApi } from '@slack/bolt';
import type { Express } from 'express';
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { ChannelPoster } from '../../app/ports.ts';
import { qualifyBareAdmins } from '../../app/qualify-admins.ts';
import type { Config } from '../../config.ts';
import { installationClients, type SlackClients, singleWorkspaceClients } from './clients.ts';
import { createMembershipCheck } from './commands/check-membership.ts';
import { createBoltLogger } from './create-bolt-logger.ts';
import { describeStartError, SlackStartError, type StartStep, startSteps } from './describe-start-error.ts';
import { createSlackRequestGuard } from './guard-requests.ts';
import { buildHomeBlocks } from './home/publish-home.ts';
import { workspaceKey } from './ids/slack-ids.ts';
import { BOT_SCOPES } from './install/bot-scopes.ts';
import { installPages } from './install/install-pages.ts';
import { createInstallationStore } from './install/installation-store.ts';
import { createSlackPoster } from './post/create-slack-poster.ts';
import { routeRequests } from './route-requests.ts';
import type { SlackEnv } from './slack-env.ts';
import { createSocketReceiver } from './socket/create-socket-receiver.ts';
import { createUserNameCaches } from './users/user-name-cache.ts';

export type SlackConfig = NonNullable<Config['slack']>;

/** Many-workspace mode: where an admin starts the install, and where Slack sends them back. */
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';
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
  // Many workspaces: Bolt's OAuth installer (/slack/install, /slack/oauth_redirect) stores each
  // workspace's installation in the database, and every request is authorised with its token.
  const installations = cfg.oauth ? createInstallationStore(deps) : undefined;
  const oauth =
    cfg.oauth && installations
      ? {
          clientId: cfg.oauth.clientId,
          clientSecret: cfg.oauth.clientSecret,
          stateSecret: cfg.oauth.stateSecret,
          scopes: [...BOT_SCOPES],
          installationStore: installations,
          installerOptions: {
            // The install link goes straight to Slack's consent page.
            directInstall: true,
            installPath: INSTALL_PATH,
            redirectUriPath: REDIRECT_PATH,
            clientOptions,
            callbackOptions: installPages(log),
          },
        }
      : {};
  // Before Bolt's route: clock window both ways, signature, one processing per signed request.
  if (!socket) {
    expressApp.post(
      '/slack/events',
      createSlackRequestGuard({ signingSecret: cfg.signingSecret ?? '', store: deps.store, log }),
    );
  }
  const receiver = cfg.appToken
    ? createSocketReceiver({ appToken: cfg.appToken, log, boltLogger: logger, clientOptions })
    : new ExpressReceiver({
        signingSecret: cfg.signingSecret ?? '',
        app: expressApp,
        endpoints: '/slack/events',
        logger,
        ...oauth,
      });
  // Initialised below, where a refused token or an unreachable Slack can be reported (Bolt would
  // otherwise call auth.test in its constructor and leave a failure unhandled).
  // No conversation store: nothing here keeps state per conversation, and Bolt's in-memory one
  // builds a "Conversation not found" Error (with its stack) for every request.
  const app = new App({
    ...(cfg.botToken ? { token: cfg.botToken } : {}),
    logger,
    clientOptions,
    receiver,
    deferInitialization: true,
    convoStore: false,
  });
  const names = createUserNameCaches();
  // Each request with the workspace its ids carry and the client Bolt authorised it with (one
  // workspace: the bot token; many: that workspace's installation).
  const envFor = (args: AllMiddlewareArgs): SlackEnv => {
    const workspace = workspaceKey(args.context);
    return {
      deps,
      log,
      workspace,
      installations,
      names: names.forWorkspace(workspace ?? '', args.client),
      canPost: createMembershipCheck(args.client),
    };
  };
  const clients: SlackClients = installations
    ? installationClients(installations, clientOptions)
    : singleWorkspaceClients(app.client);
  // Digests and reminders: clients without retries of their own (a 5xx after Slack accepted the post
  // would post it again) and rate limits rejected at once; app/digest/deliver-once.ts retries, and
  // looks for the post in the channel first when in doubt.
  const postClientOptions = {
    ...clientOptions,
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 30_000,
  };
  const postClients: SlackClients = installations
    ? installationClients(installations, postClientOptions)
    : singleWorkspaceClients(new webApi.WebClient(cfg.botToken, postClientOptions));

  // Work still running after Slack's ack (response_url replies): stop() waits for it, so SIGTERM
  // never closes the database under a command in flight.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  };

  app.use(routeRequests(envFor, track));
  app.error(async (error) => {
    log.error({ err: error, code: (error as { code?: string }).code }, 'slack: unhandled error');
  });

  const failed = (step: StartStep) => (err: unknown) => {
    throw new SlackStartError(describeStartError(err, step), { cause: err });
  };
  await app.init().catch(failed(startSteps.auth));
  if (installations) {
    // No workspace of its own: LOFTESBOT_ADMINS must name users qualified by their workspace.
    qualifyBareAdmins(deps.admins, 'slack', null, log);
  } else {
    // The bot token's own workspace: bare ids in LOFTESBOT_ADMINS are users of it and of no other.
    const home = await app.client.auth.test().catch(failed(startSteps.auth));
    const key = workspaceKey({
      teamId: typeof home.team_id === 'string' ? home.team_id : undefined,
      enterpriseId: typeof home.enterprise_id === 'string' ? home.enterprise_id : undefined,
      isEnterpriseInstall: home.is_enterprise_install === true,
    });
    qualifyBareAdmins(deps.admins, 'slack', key ?? null, log);
  }
  // In HTTP mode the shared server listens; Socket Mode opens its own connection to Slack.
  if (socket) await app.start().catch(failed(startSteps.socket));
  log.info(
    { mode: socket ? 'socket' : 'http', workspaces: installations ? 'many' : 'one' },
    'slack adapter started',
  );
  const homeEnv: SlackEnv = { deps, log, installations, names: names.forWorkspace('', app.client) };
  return {
    poster: createSlackPoster(clients, {
      log,
      postClients,
      refreshHome: async (teamId, user) => {
        const client = await clients.forWorkspace(teamId);
        if (!client) return;
        const blocks = await buildHomeBlocks({ ...homeEnv, workspace: teamId }, teamId, user);
        await client.views.publish({ user_id: user, view: { type: 'home', blocks } });
      },
    }),
    stop: async () => {
      await Promise.allSettled([...inFlight]);
      if (socket) await app.stop();
    },
  };
}
