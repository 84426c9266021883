// Wires the Teams adapter: the SDK on the shared Express app, the message handler, report file
// links and the poster.
import type { Express } from 'express';
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { ChannelPoster } from '../../app/ports.ts';
import { qualifyBareAdmins } from '../../app/qualify-admins.ts';
import { createTeamsApp, type TeamsConfig } from './app/create-teams-app.ts';
import { createFileLinker } from './files/create-file-linker.ts';
import { createWorkQueue } from './messages/create-work-queue.ts';
import { handleMessage, type InboundMessage } from './messages/handle-message.ts';
import { createPoster } from './post/create-poster.ts';
import { createProactiveSender } from './post/create-proactive-sender.ts';
import { renderActivities } from './render/render-activity.ts';

const MESSAGING_PATH = '/api/messages' as const;
/** Well inside Teams' 15 s, so a slow reply never makes Teams send the message again. */
const ANSWER_BUDGET_MS = 3000;

export async function startTeams(
  deps: AppDeps,
  log: Logger,
  expressApp: Express,
  cfg: TeamsConfig,
): Promise<{ poster: ChannelPoster; stop(): Promise<void> }> {
  // Bare ids in LOFTESBOT_ADMINS: users of this tenant; in local mode (loopback only) of any tenant.
  qualifyBareAdmins(deps.admins, 'teams', cfg.tenantId ?? (cfg.local ? '*' : null), log);
  // Before the SDK's route, so the link base is known when the handler runs.
  const linkFile = createFileLinker(expressApp, MESSAGING_PATH);
  const app = createTeamsApp(expressApp, cfg, log, MESSAGING_PATH);
  const queue = createWorkQueue(ANSWER_BUDGET_MS, (error) =>
    log.error({ err: error }, 'teams reply could not be sent'),
  );
  app.on('message', ({ activity, send }) =>
    queue.run(async () => {
      const answer = await handleMessage(deps, activity as unknown as InboundMessage);
      // A long answer comes as several messages, in order (Teams refuses one over about 28 KB).
      for (const message of renderActivities(answer.reply, { formValues: answer.formValues, linkFile }))
        await send(message);
    }),
  );
  await app.initialize();
  const poster = createPoster(createProactiveSender(app), { linkFile });
  // start-server owns the HTTP server; only replies still being worked on need waiting for.
  return { poster, stop: () => queue.drain() };
}
