// Slack's lifecycle events, as Events API payloads: the app uninstalled or its bot token revoked
// stops every post to the workspace at once; a channel archived, deleted or left by the bot stops
// posts there; unarchived or the bot invited again restarts them.
import { applyLifecycleEvent, type LifecycleEvent } from '../../../app/delivery/apply-lifecycle-event.ts';
import { slackChannelId } from '../ids/slack-ids.ts';
import type { SlackEnv } from '../slack-env.ts';

export const lifecycleEventTypes = new Set([
  'app_uninstalled',
  'tokens_revoked',
  'channel_archive',
  'channel_unarchive',
  'channel_deleted',
  'group_archive',
  'group_unarchive',
  'group_deleted',
  'member_left_channel',
  'member_joined_channel',
]);

export interface SlackLifecyclePayload {
  teamId: string;
  /** The bot's own user id in this workspace (Bolt's context.botUserId). */
  botUserId: string | undefined;
  event: { type: string; channel?: unknown; user?: unknown; tokens?: { bot?: unknown[] } };
}

/** The binding change an event means, or null when it concerns no binding of ours. */
export function toLifecycleEvent({ teamId, botUserId, event }: SlackLifecyclePayload): LifecycleEvent | null {
  const workspace = { prefix: `slack:${teamId}:` };
  const channel =
    typeof event.channel === 'string' ? { channelId: slackChannelId(teamId, event.channel) } : null;
  const code = event.type;
  switch (event.type) {
    case 'app_uninstalled':
      return { kind: 'deactivate', scope: workspace, reason: 'access-revoked', code };
    case 'tokens_revoked':
      // Only the bot token matters: posts are made with it (a user's revoked OAuth token changes nothing).
      return (event.tokens?.bot?.length ?? 0) > 0
        ? { kind: 'deactivate', scope: workspace, reason: 'access-revoked', code }
        : null;
    case 'channel_archive':
    case 'group_archive':
      return channel && { kind: 'deactivate', scope: channel, reason: 'channel-archived', code };
    case 'channel_deleted':
    case 'group_deleted':
      return channel && { kind: 'deactivate', scope: channel, reason: 'channel-not-found', code };
    case 'channel_unarchive':
    case 'group_unarchive':
      return channel && { kind: 'reactivate', scope: channel, code };
    case 'member_left_channel':
      return channel && event.user === botUserId
        ? { kind: 'deactivate', scope: channel, reason: 'not-in-channel', code }
        : null;
    case 'member_joined_channel':
      return channel && event.user === botUserId ? { kind: 'reactivate', scope: channel, code } : null;
    default:
      return null;
  }
}

export async function handleLifecycleEvent(env: SlackEnv, payload: SlackLifecyclePayload): Promise<void> {
  const change = toLifecycleEvent(payload);
  if (!change) return;
  await applyLifecycleEvent(env.deps, 'slack', change, env.deps.clock.now());
  // Many workspaces: the installation goes too, so its token is never used again; installing the
  // app anew stores a new one.
  if (env.installations && change.kind === 'deactivate' && 'prefix' in change.scope && payload.teamId)
    await env.installations.remove(payload.teamId, change.code);
}
