// Who pressed a button, and where: the same normalised context a slash command gets.
import type { BlockAction } from '@slack/bolt';
import { buildCommandContext, type SlackCommandContext } from '../commands/build-command-context.ts';
import type { SlackEnv } from '../slack-env.ts';

export function actionContext(
  env: SlackEnv,
  body: BlockAction,
  command?: string,
): SlackCommandContext | null {
  const teamId = env.workspace ?? body.team?.id ?? body.user.team_id;
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (!teamId || !channelId) return null;
  return buildCommandContext(env, {
    teamId,
    userId: body.user.id,
    channelId,
    command,
    userName: body.user.name,
  });
}
