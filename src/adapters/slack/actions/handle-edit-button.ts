// The Ändra button (on a confirmation, and beside each entry on App Home): opens the form filled in
// with that entry. The trigger id expires after 3 s, so the lookup is the only work before views.open.
import type { BlockAction } from '@slack/bolt';
import { findEditable } from '../../../app/edit-activity.ts';
import { buildCommandContext } from '../commands/build-command-context.ts';
import type { SlackEnv } from '../slack-env.ts';
import { buildEditModal } from '../views/build-edit-modal.ts';
import type { ButtonArgs } from './handle-undo-button.ts';

export async function handleEditButton(
  env: SlackEnv,
  { ack, body, action, respond, client }: ButtonArgs,
): Promise<void> {
  await ack();
  const teamId = env.workspace ?? body.team?.id ?? body.user.team_id;
  if (!teamId || !action.value) return;
  const channelId = (body as BlockAction).channel?.id ?? body.container?.channel_id ?? '';
  const ctx = buildCommandContext(env, { teamId, userId: body.user.id, channelId });
  const found = await findEditable(env.deps, ctx, action.value);
  if (!found) {
    const text =
      'Den posten går inte att ändra: den är ångrad eller inte din. Se dina poster med /logga mina.';
    if (body.container?.type === 'message' && channelId) await respond({ text, response_type: 'ephemeral' });
    else await client.chat.postMessage({ channel: body.user.id, text });
    return;
  }
  const meta = { teamId, channelId, activityId: found.activity.id };
  await client.views.open({
    trigger_id: body.trigger_id,
    view: buildEditModal(found.set.def, found.activity, found.described, meta),
  });
}
