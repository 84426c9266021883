// The Teams SDK app on the shared Express app (POST /api/messages); the HTTP server belongs to
// start-server, so the SDK never listens on its own.
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { Express } from 'express';
import type { Logger } from '../../../app/deps.ts';
import type { Config } from '../../../config.ts';
import { createSdkLogger } from './create-sdk-logger.ts';
import { createTokenGuard } from './guard-tokens.ts';

export type TeamsConfig = NonNullable<Config['teams']>;

/** Without credentials the SDK refuses proactive sends; local mode gives it an id and a dummy token. */
const LOCAL_CLIENT_ID = '00000000-0000-0000-0000-00000000beef';

export function createTeamsApp(
  expressApp: Express,
  cfg: TeamsConfig,
  log: Logger,
  messagingPath: `/${string}`,
): App {
  const logger = createSdkLogger(log);
  // Before the SDK's route: tokens that cannot be this bot's refused without a key fetch.
  if (!(cfg.local && !cfg.clientId) && cfg.clientId) {
    expressApp.post(messagingPath, createTokenGuard({ clientId: cfg.clientId, log }));
  }
  const common = {
    httpServerAdapter: new ExpressAdapter(expressApp, { logger }),
    logger,
    messagingEndpoint: messagingPath,
    ...(cfg.serviceUrl ? { serviceUrl: cfg.serviceUrl } : {}),
  };
  if (cfg.local && !cfg.clientId) {
    log.warn(
      { teams: 'local' },
      'TEAMS_LOCAL=1 utan CLIENT_ID: /api/messages tar emot OAUTENTISERADE anrop. Bara för utveckling och tester — aldrig i drift.',
    );
    return new App({
      ...common,
      clientId: LOCAL_CLIENT_ID,
      token: () => createLocalToken(),
      dangerouslyAllowUnauthenticatedRequests: true,
    });
  }
  return new App({
    ...common,
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    ...(cfg.tenantId ? { tenantId: cfg.tenantId } : {}),
    dangerouslyAllowUnauthenticatedRequests: false,
  });
}

/** A JWT-shaped, unsigned token: the SDK parses what its token function returns before sending. */
function createLocalToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'local', appid: LOCAL_CLIENT_ID, exp })}.local`;
}
