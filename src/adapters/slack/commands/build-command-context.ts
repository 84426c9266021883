// One place that turns Slack's raw ids into the normalised context every use case expects.
import type { CommandContext } from '../../../app/deps.ts';
import { createMentionResolver, slackChannelId, slackUserId } from '../ids/slack-ids.ts';
import type { SlackEnv } from '../slack-env.ts';

export interface SlackOrigin {
  teamId: string;
  userId: string;
  channelId: string;
  /** Slash command name without the slash. */
  command?: string;
  userName?: string;
}

export type SlackCommandContext = CommandContext & { postTarget: Record<string, string> };

export function buildCommandContext(env: SlackEnv, origin: SlackOrigin): SlackCommandContext {
  return {
    channelId: slackChannelId(origin.teamId, origin.channelId),
    platform: 'slack',
    userId: slackUserId(origin.teamId, origin.userId),
    // Qualified by workspace: LOFTESBOT_ADMINS match only the same user in the same workspace.
    platformUserId: slackUserId(origin.teamId, origin.userId),
    userName: env.names.peek(origin.userId) ?? origin.userName,
    command: origin.command,
    resolveMention: createMentionResolver(origin.teamId),
    ...(env.canPost ? { canPost: () => env.canPost!(origin.channelId) } : {}),
    // Read by bindChannel only: what a later proactive post into this channel needs.
    postTarget: { teamId: origin.teamId, channelId: origin.channelId },
  };
}
