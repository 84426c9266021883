// "Öppna formuläret" under the /logga help: the same modal as `/logga` without text.

import type { SlackEnv } from '../slack-env.ts';
import { openLogModal } from '../views/open-log-modal.ts';
import type { ButtonArgs } from './handle-undo-button.ts';

export async function handleOpenFormButton(env: SlackEnv, { ack, body, client }: ButtonArgs): Promise<void> {
  await ack();
  const teamId = env.workspace ?? body.team?.id ?? body.user.team_id;
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (!teamId || !channelId) return;
  await openLogModal(env, client, body.trigger_id, { teamId, channelId });
}
