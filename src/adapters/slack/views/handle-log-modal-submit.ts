// The submitted /logga form goes through handleCommand as one line. Slack allows 3 s for the ack of a
// view_submission. An answer ready within the budget is the ack itself: an error stays in the form, on
// the field it belongs to. A slower one is acked at once with the form showing "Sparar …"; when the
// work is done the form shows the error (the user's entries kept) or the confirmation. Either way a
// confirmation is sent to the user in the channel, with its Ångra button, and a result the form can
// no longer show (closed meanwhile) goes to the user as a message.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Reply } from '../../../domain/reply.ts';
import { buildCommandContext } from '../commands/build-command-context.ts';
import { ACK_BUDGET_MS, withinBudget } from '../commands/handle-slash-command.ts';
import { runCommand } from '../commands/run-command.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';
import type { LogModalMeta } from './build-log-modal.ts';
import { blockForError, modalBlocks } from './log-modal-blocks.ts';
import { doneView, formWithNotice } from './modal-progress.ts';
import { type ModalState, modalToCommandLine } from './modal-to-command-line.ts';

export type ModalSubmitArgs = Pick<SlackViewMiddlewareArgs<ViewSubmitAction>, 'ack' | 'body' | 'view'> &
  Pick<AllMiddlewareArgs, 'client'>;

export async function handleLogModalSubmit(env: SlackEnv, args: ModalSubmitArgs): Promise<void> {
  const { ack, body, view } = args;
  const meta = JSON.parse(view.private_metadata || '{}') as Partial<LogModalMeta>;
  const teamId = meta.teamId ?? env.workspace ?? body.team?.id ?? body.user.team_id;
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
  const work = runCommand(env, ctx, line);
  const quick = await withinBudget(work, ACK_BUDGET_MS);
  const hasPlaceSelect = view.blocks.some((b) => b.block_id === modalBlocks.place);
  if (quick) {
    if (!quick.ok && quick.error) {
      await ack({
        response_action: 'errors',
        errors: { [blockForError(quick.error, hasPlaceSelect)]: clip(quick.error.message) },
      });
      return;
    }
    await ack();
    await tell(env, args, meta.channelId, quick);
    return;
  }
  await ack({ response_action: 'update', view: formWithNotice(view, 'Sparar … det tar en stund.') });
  const reply = await work;
  if (!reply.ok) {
    const shown = await updateView(env, args, formWithNotice(view, `Inget sparades: ${reply.text}`));
    if (!shown) await tell(env, args, meta.channelId, reply, 'Formuläret sparades inte');
    return;
  }
  await updateView(env, args, doneView(view, renderBlocks({ ...reply, actions: [] }).blocks));
  await tell(env, args, meta.channelId, reply);
}

async function updateView(
  env: SlackEnv,
  { client, view }: ModalSubmitArgs,
  next: Parameters<ModalSubmitArgs['client']['views']['update']>[0]['view'],
): Promise<boolean> {
  try {
    await client.views.update({ view_id: view.id, view: next });
    return true;
  } catch (err) {
    // Closed by the user meanwhile (not_found) or expired: the result goes to them as a message.
    env.log.warn({ err }, 'slack: views.update failed after a slow form submit');
    return false;
  }
}

/** The reply (a confirmation with its Ångra button) to the user, where they wrote from. */
async function tell(
  env: SlackEnv,
  { client, body }: ModalSubmitArgs,
  channel: string,
  reply: Reply,
  lead?: string,
) {
  const shown = lead ? { ...reply, text: `${lead}: ${reply.text}` } : reply;
  const { text, blocks } = renderBlocks(shown);
  try {
    await client.chat.postEphemeral({ channel, user: body.user.id, text, blocks });
  } catch (err) {
    // Not a member of the channel: the message goes to the user's conversation with the bot.
    env.log.warn({ err, channel }, 'slack: chat.postEphemeral failed, sending a direct message');
    await client.chat.postMessage({ channel: body.user.id, text, blocks });
  }
}

/** Slack shows field errors under the input; very long ones are cut. */
const clip = (s: string): string => (s.length > 1000 ? `${s.slice(0, 999)}…` : s);
