// Normalised ids at the edge: the app never sees a raw Teams id shape.
import type { ChannelId, UserId } from '../../../app/ports.ts';

/** The slice of an inbound activity that identifies where and who. */
export interface TeamsOrigin {
  serviceUrl?: string;
  from: { id: string; name?: string; aadObjectId?: string };
  conversation: { id: string; tenantId?: string; conversationType?: string };
  channelData?: { tenant?: { id?: string }; team?: { id?: string } };
}

export function getTenantId(origin: TeamsOrigin): string {
  return origin.conversation.tenantId ?? origin.channelData?.tenant?.id ?? 'unknown';
}

/**
 * Channel posts in Teams arrive with `;messageid=…` on the conversation id (the thread); the channel
 * itself is the part before it, so a binding made in a thread covers the whole channel.
 */
export function getBaseConversationId(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

export function toChannelId(origin: TeamsOrigin): ChannelId {
  return `teams:${getTenantId(origin)}:${getBaseConversationId(origin.conversation.id)}`;
}

/** The Entra object id is stable across chats and tenants' bots; the `29:` id only as a fallback. */
export function getPlatformUserId(origin: TeamsOrigin): string {
  return origin.from.aadObjectId ?? origin.from.id;
}

export function toUserId(origin: TeamsOrigin): UserId {
  return `teams:${getPlatformUserId(origin)}`;
}

/** What a later proactive post to this conversation needs (stored on the channel binding). */
export function toPostTarget(origin: TeamsOrigin): Record<string, string> {
  const teamId = origin.channelData?.team?.id;
  return {
    serviceUrl: origin.serviceUrl ?? '',
    conversationId: getBaseConversationId(origin.conversation.id),
    tenantId: getTenantId(origin),
    // Lets the app's removal from a team stop posts into every bound channel of that team.
    ...(teamId ? { teamId } : {}),
  };
}
