// The submitted /logga form goes through handleCommand as one line. An error stays in the form, on
// the field it belongs to; a confirmation is sent to the user in the channel, with its Ångra button.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { buildCommandContext } from '../commands/build-command-context.ts';
import { runCommand } from '../commands/run-command.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';
import type { LogModalMeta } from './build-log-modal.ts';
import { blockForError, modalBlocks } from './log-modal-blocks.ts';
import { type ModalState, modalToCommandLine } from './modal-to-command-line.ts';

export type ModalSubmitArgs = Pick<SlackViewMiddlewareArgs<ViewSubmitAction>, 'ack' | 'body' | 'view'> &
  Pick<AllMiddlewareArgs, 'client'>;

export async function handleLogModalSubmit(
  env: SlackEnv,
  { ack, body, view, client }: ModalSubmitArgs,
): Promise<void> {
  const meta = JSON.parse(view.private_metadata || '{}') as Partial<LogModalMeta>;
  const teamId = meta.teamId ?? body.team?.id ?? body.user.team_id;
  if (!teamId || !meta.channelId) {
    await ack();
    return;
  }
  const ctx = buildCommandContext(env, {
    teamId,
    userId: body.user.id,
    channelId: meta.channelId,
    command: 'logga',
    userName: body.user.name,
  });
  const line = modalToCommandLine(view.state.values as unknown as ModalState);
  const reply = await runCommand(env, ctx, line);
  if (!reply.ok && reply.error) {
    const hasPlaceSelect = view.blocks.some((b) => b.block_id === modalBlocks.place);
    await ack({
      response_action: 'errors',
      errors: { [blockForError(reply.error, hasPlaceSelect)]: clip(reply.error.message) },
    });
    return;
  }
  await ack();
  const { text, blocks } = renderBlocks(reply);
  try {
    await client.chat.postEphemeral({ channel: meta.channelId, user: body.user.id, text, blocks });
  } catch (err) {
    // Not a member of the channel: the confirmation goes to the user's conversation with the bot.
    env.log.warn(
      { err, channel: ctx.channelId },
      'slack: chat.postEphemeral failed, sending a direct message',
    );
    await client.chat.postMessage({ channel: body.user.id, text, blocks });
  }
}

/** Slack shows field errors under the input; very long ones are cut. */
const clip = (s: string): string => (s.length > 1000 ? `${s.slice(0, 999)}…` : s);
