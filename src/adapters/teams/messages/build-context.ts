import type { CommandContext } from '../../../app/deps.ts';
import { createMentionResolver } from '../ids/resolve-mention.ts';
import {
  getPlatformUserId,
  getTenantId,
  type TeamsOrigin,
  toChannelId,
  toPostTarget,
  toUserId,
} from '../ids/teams-ids.ts';
import { type MentionEntity, mentions } from './read-command-text.ts';

export type TeamsContext = CommandContext & { postTarget: Record<string, string> };

/** Who wrote, where, and where a later post to this conversation goes (used when binding). */
export function buildContext(activity: TeamsOrigin & { entities?: MentionEntity[] }): TeamsContext {
  return {
    channelId: toChannelId(activity),
    platform: 'teams',
    userId: toUserId(activity),
    // Qualified by tenant: LOFTESBOT_ADMINS match only the same user in the same tenant.
    platformUserId: `teams:${getTenantId(activity)}:${getPlatformUserId(activity)}`,
    ...(activity.from.name ? { userName: activity.from.name } : {}),
    resolveMention: createMentionResolver(mentions(activity)),
    postTarget: toPostTarget(activity),
  };
}
