// Wires the Teams adapter: the SDK on the shared Express app, the message handler, the file consent
// flow for report documents, and the poster.
import type { Express } from 'express';
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { ChannelPoster } from '../../app/ports.ts';
import { qualifyBareAdmins } from '../../app/qualify-admins.ts';
import { createTeamsApp, type TeamsConfig } from './app/create-teams-app.ts';
import { type FileConsentActivity, handleFileConsent } from './files/handle-file-consent.ts';
import { type PersonalChatActivity, sendToPersonalChat } from './files/send-to-personal-chat.ts';
import { handleLifecycleActivity, type LifecycleActivity } from './lifecycle/handle-lifecycle-activity.ts';
import { createWorkQueue } from './messages/create-work-queue.ts';
import { handleMessage, type InboundMessage } from './messages/handle-message.ts';
import { createPersonalChats } from './personal/personal-chats.ts';
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
  const app = createTeamsApp(expressApp, cfg, log, MESSAGING_PATH);
  const queue = createWorkQueue(ANSWER_BUDGET_MS, (error) =>
    log.error({ err: error }, 'teams reply could not be sent'),
  );
  const personalChats = createPersonalChats(deps);
  app.on('message', ({ activity, send, api }) =>
    queue.run(async () => {
      await personalChats.remember(activity as unknown as InboundMessage);
      let answer = await handleMessage(deps, activity as unknown as InboundMessage);
      if (answer.offer) {
        const origin = activity as unknown as PersonalChatActivity & InboundMessage;
        const sent = await sendToPersonalChat(api, origin, answer.offer, (id) =>
          personalChats.rememberCreated(origin, id),
        ).catch((err: unknown) => {
          log.warn({ err }, 'teams: documents could not be offered in the personal chat');
          return false;
        });
        if (!sent) {
          answer = {
            reply: {
              ok: false,
              visibility: 'user',
              text: 'Dokumenten kunde inte skickas till din chatt med Löftesbot. Öppna en chatt med Löftesbot (sök på appen under Chatt) och skriv rapport där, så kommer de direkt.',
            },
          };
        }
      }
      // A long answer comes as several messages, in order (Teams refuses one over about 28 KB).
      const options = {
        formValues: answer.formValues,
        filesCommand: answer.filesCommand,
        editForm: answer.editForm,
      };
      for (const message of renderActivities(answer.reply, options)) await send(message);
    }),
  );
  const onLifecycle = async ({ activity }: { activity: unknown }) => {
    // Installed in personal scope (or the bot added to a personal chat): that chat is now known.
    await personalChats.remember(activity as LifecycleActivity);
    await handleLifecycleActivity(deps, activity as LifecycleActivity).catch((error: unknown) =>
      log.error({ err: error }, 'teams lifecycle event not applied'),
    );
  };
  app.on('installationUpdate', onLifecycle);
  app.on('conversationUpdate', onLifecycle);
  const consent = ({ activity, send }: { activity: unknown; send: (m: never) => Promise<unknown> }) =>
    handleFileConsent(deps, activity as FileConsentActivity, (m) => send(m as never)).catch((err: unknown) =>
      log.error({ err }, 'teams: file consent failed'),
    );
  app.on('file.consent.accept', consent);
  app.on('file.consent.decline', consent);
  await app.initialize();
  // Notices to admins go to their personal chats with the bot, where it has one.
  const poster = createPoster(createProactiveSender(app), {}, (userId) => deps.store.getPersonalChat(userId));
  // start-server owns the HTTP server; only replies still being worked on need waiting for.
  return { poster, stop: () => queue.drain() };
}
