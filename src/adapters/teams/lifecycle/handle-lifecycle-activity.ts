// Teams' lifecycle activities: `installationUpdate` (the app added to or removed from a team, chat or
// personal scope) and `conversationUpdate` (the bot among `membersAdded` / `membersRemoved`). Removal
// stops posts into that conversation, and into every bound channel of the same team when the app is
// removed from the team; adding it again restarts them.
import {
  applyLifecycleEvent,
  type LifecycleEvent,
  type LifecycleScope,
} from '../../../app/delivery/apply-lifecycle-event.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { type TeamsOrigin, toChannelId } from '../ids/teams-ids.ts';

export interface LifecycleActivity extends TeamsOrigin {
  type: string;
  action?: string;
  recipient?: { id?: string };
  membersAdded?: { id?: string }[];
  membersRemoved?: { id?: string }[];
  channelData?: TeamsOrigin['channelData'] & { team?: { id?: string }; eventType?: string };
}

export function toLifecycleEvent(activity: LifecycleActivity): LifecycleEvent | null {
  const teamId = activity.channelData?.team?.id;
  const channelId = toChannelId(activity);
  // A team's removal reaches every bound channel of it (bindings made since the team id was kept).
  const scope: LifecycleScope = teamId
    ? { match: (b) => b.channelId === channelId || b.postTarget?.teamId === teamId }
    : { channelId };
  if (activity.type === 'installationUpdate') {
    if (activity.action?.startsWith('remove'))
      return {
        kind: 'deactivate',
        scope,
        reason: 'access-revoked',
        code: `installationUpdate:${activity.action}`,
      };
    if (activity.action?.startsWith('add'))
      return { kind: 'reactivate', scope, code: `installationUpdate:${activity.action}` };
    return null;
  }
  if (activity.type === 'conversationUpdate') {
    const bot = activity.recipient?.id;
    if (!bot) return null;
    if (activity.membersRemoved?.some((m) => m.id === bot))
      return { kind: 'deactivate', scope, reason: 'not-in-channel', code: 'conversationUpdate:botRemoved' };
    if (activity.membersAdded?.some((m) => m.id === bot))
      return { kind: 'reactivate', scope, code: 'conversationUpdate:botAdded' };
    if (activity.channelData?.eventType === 'channelDeleted')
      return {
        kind: 'deactivate',
        scope: { channelId },
        reason: 'channel-not-found',
        code: 'conversationUpdate:channelDeleted',
      };
  }
  return null;
}

export async function handleLifecycleActivity(
  deps: Pick<AppDeps, 'store' | 'log' | 'bindings' | 'clock'>,
  activity: LifecycleActivity,
): Promise<void> {
  const change = toLifecycleEvent(activity);
  if (change) await applyLifecycleEvent(deps, 'teams', change, deps.clock.now());
}
