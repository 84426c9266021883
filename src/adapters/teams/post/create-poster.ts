import type { ChannelPoster } from '../../../app/ports.ts';
import type { Reply } from '../../../domain/reply.ts';
import { getBaseConversationId } from '../ids/teams-ids.ts';
import { type OutgoingMessage, type RenderOptions, renderActivity } from '../render/render-activity.ts';
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
      try {
        const sent = await send(
          { conversationId: getBaseConversationId(conversationId), serviceUrl },
          renderActivity(reply, render),
        );
        const id = (sent as { id?: unknown } | null | undefined)?.id;
        return { status: 'sent', messageId: typeof id === 'string' ? id : undefined };
      } catch (error) {
        return classifyTeamsError(error, Date.now());
      }
    },
  };
}
