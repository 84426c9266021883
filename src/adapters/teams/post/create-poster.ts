import type { ChannelPoster } from '../../../app/ports.ts';
import type { Reply } from '../../../domain/reply.ts';
import { getBaseConversationId } from '../ids/teams-ids.ts';
import { type OutgoingMessage, type RenderOptions, renderActivities } from '../render/render-activity.ts';
import { classifyTeamsError } from './classify-teams-error.ts';

/** Where a proactive post goes: the conversation, and its Bot Connector when the binding knows it. */
export interface ConversationTarget {
  conversationId: string;
  /** The binding's own serviceUrl; absent → the app-wide SERVICE_URL. */
  serviceUrl?: string | undefined;
}

/** The one call a proactive post needs; createProactiveSender in production, a stub in unit tests. */
export type SendToConversation = (target: ConversationTarget, message: OutgoingMessage) => Promise<unknown>;

/**
 * Digests and reminders as new posts in the bound conversation, sent to the serviceUrl stored with
 * the binding (SERVICE_URL for a binding that has none). The Bot Connector's refusals come back as
 * coded results (classify-teams-error.ts), with the activity id Teams returned when it was sent.
 */
export function createPoster(send: SendToConversation, render: RenderOptions = {}): ChannelPoster {
  return {
    async post(binding, reply: Reply) {
      const conversationId =
        binding.postTarget?.conversationId ?? binding.channelId.split(':').slice(2).join(':');
      if (!conversationId)
        return { status: 'terminal', reason: 'channel-not-found', code: 'no_conversation_id' };
      const serviceUrl = binding.postTarget?.serviceUrl || undefined;
      const target = { conversationId: getBaseConversationId(conversationId), serviceUrl };
      // A long digest is several messages (each within Teams' size), sent in order.
      let firstId: string | undefined;
      const messages = renderActivities(reply, render);
      for (const [i, message] of messages.entries()) {
        try {
          const sent = await send(target, message);
          const id = (sent as { id?: unknown } | null | undefined)?.id;
          if (i === 0) firstId = typeof id === 'string' ? id : undefined;
        } catch (error) {
          const failed = classifyTeamsError(error, Date.now());
          if (i === 0 || failed.status !== 'transient') return failed;
          // The first parts arrived: sending the whole digest again would repeat them.
          return { ...failed, code: `part_${i + 1}_of_${messages.length}:${failed.code}`, maybeSent: true };
        }
      }
      return { status: 'sent', messageId: firstId };
    },
  };
}
