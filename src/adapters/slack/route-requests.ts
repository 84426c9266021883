// Every request Slack sends, routed to its handler by one global middleware. Bolt runs the middleware
// chain of every registered listener, matchers included, for every request: with a listener each for
// commands, buttons, the form and App Home, a slash command paid for four chains. What is not ours
// goes on down Bolt's chain (and, unacknowledged, gets Bolt's usual warning).
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { handleEditButton } from './actions/handle-edit-button.ts';
import { handleOpenFormButton } from './actions/handle-open-form-button.ts';
import { handleShareButton } from './actions/handle-share-button.ts';
import { handleUndoButton } from './actions/handle-undo-button.ts';
import { handleSlashCommand } from './commands/handle-slash-command.ts';
import { slashCommands } from './commands/slash-commands.ts';
import { createEventDeduper } from './events/create-event-deduper.ts';
import { handleLifecycleEvent, lifecycleEventTypes } from './events/handle-lifecycle-event.ts';
import { publishHome } from './home/publish-home.ts';
import { actionIds, editModalCallbackId, logModalCallbackId } from './render/action-ids.ts';
import type { SlackEnv } from './slack-env.ts';
import { handleEditModalSubmit } from './views/handle-edit-modal-submit.ts';
import { handleLogModalSubmit } from './views/handle-log-modal-submit.ts';

const commands = new Set<string>(slashCommands);
const buttons: Record<string, (env: SlackEnv, args: never) => Promise<void>> = {
  [actionIds.undo]: handleUndoButton,
  [actionIds.edit]: handleEditButton,
  [actionIds.share]: handleShareButton,
  [actionIds.openForm]: handleOpenFormButton,
};

/**
 * `envFor` gives each request its environment (the workspace its ids carry, the client of that
 * workspace's token); `track` follows work that may outlive Slack's ack (stop() waits for it).
 */
export function routeRequests(
  envFor: (args: AnyMiddlewareArgs & AllMiddlewareArgs) => SlackEnv,
  track: <T>(work: Promise<T>) => Promise<T>,
): Middleware<AnyMiddlewareArgs> {
  const firstDelivery = createEventDeduper();
  return async (args) => {
    const env = envFor(args);
    if ('command' in args) {
      if (commands.has(args.command.command)) return track(handleSlashCommand(env, args));
    } else if ('action' in args) {
      const { action } = args;
      const handler =
        'action_id' in action && args.body.type === 'block_actions' ? buttons[action.action_id] : undefined;
      if (handler) return track(handler(env, args as never));
    } else if ('view' in args) {
      if (args.body.type === 'view_submission' && args.view.callback_id === logModalCallbackId) {
        return track(handleLogModalSubmit(env, args as never));
      }
      if (args.body.type === 'view_submission' && args.view.callback_id === editModalCallbackId) {
        return track(handleEditModalSubmit(env, args as never));
      }
    } else if ('event' in args && args.event.type === 'app_home_opened') {
      // Events are acknowledged by Bolt before any middleware runs; a redelivery is dropped here.
      const eventId = (args.body as { event_id?: unknown }).event_id;
      if (typeof eventId === 'string' && !firstDelivery(eventId)) return;
      return publishHome(env, args as never);
    } else if ('event' in args && lifecycleEventTypes.has(args.event.type)) {
      const body = args.body as { event_id?: unknown; team_id?: unknown };
      if (typeof body.event_id === 'string' && !firstDelivery(body.event_id)) return;
      return track(
        handleLifecycleEvent(env, {
          teamId: String(env.workspace ?? body.team_id ?? ''),
          botUserId: args.context.botUserId,
          event: args.event as never,
        }),
      );
    }
    await args.next();
  };
}
