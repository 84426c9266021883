// The submitted Ändra form: its fields become the parts of `logga ändra` for that entry. An error
// within Slack's 3 s stays in the form, on its field; otherwise the answer (before → after) goes to
// the user where they pressed the button, or directly to them from App Home.
import { editById } from '../../../app/edit-activity.ts';
import type { Reply } from '../../../domain/reply.ts';
import { buildCommandContext } from '../commands/build-command-context.ts';
import { ACK_BUDGET_MS, withinBudget } from '../commands/handle-slash-command.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';
import type { EditModalMeta } from './build-edit-modal.ts';
import type { ModalSubmitArgs } from './handle-log-modal-submit.ts';
import { blockForError, modalBlocks } from './log-modal-blocks.ts';
import { type ModalState, modalToCommandLine } from './modal-to-command-line.ts';

export async function handleEditModalSubmit(env: SlackEnv, args: ModalSubmitArgs): Promise<void> {
  const { ack, body, view, client } = args;
  const meta = JSON.parse(view.private_metadata || '{}') as Partial<EditModalMeta>;
  const teamId = meta.teamId ?? env.workspace ?? body.team?.id ?? body.user.team_id;
  if (!teamId || !meta.activityId) {
    await ack();
    return;
  }
  const ctx = buildCommandContext(env, {
    teamId,
    userId: body.user.id,
    channelId: meta.channelId ?? '',
    command: 'logga',
    userName: body.user.name,
  });
  const parts = modalToCommandLine(view.state.values as unknown as ModalState, { edit: true });
  const work = editById(env.deps, ctx, meta.activityId, parts);
  const quick = await withinBudget(work, ACK_BUDGET_MS);
  if (quick && !quick.ok && quick.error) {
    const hasPlaceSelect = view.blocks.some((b) => b.block_id === modalBlocks.place);
    const block = blockForError(quick.error, hasPlaceSelect);
    // The activity is not in this form: such errors go on the first field.
    const shownOn = block === modalBlocks.promise ? modalBlocks.date : block;
    await ack({ response_action: 'errors', errors: { [shownOn]: quick.error.message.slice(0, 1000) } });
    return;
  }
  await ack();
  const reply: Reply = quick ?? (await work);
  const { text, blocks } = renderBlocks(reply);
  if (meta.channelId) {
    try {
      await client.chat.postEphemeral({ channel: meta.channelId, user: body.user.id, text, blocks });
      return;
    } catch (err) {
      env.log.warn({ err }, 'slack: chat.postEphemeral failed after an edit, sending a direct message');
    }
  }
  await client.chat.postMessage({ channel: body.user.id, text, blocks });
}
