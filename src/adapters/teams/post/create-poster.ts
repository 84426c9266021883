import type { ChannelPoster, PersonalChat, UserId } from '../../../app/ports.ts';
import type { PostResult } from '../../../app/post-result.ts';
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
/** A user's personal chat with the bot, when it is known (Store.getPersonalChat). */
export type FindPersonalChat = (userId: UserId) => Promise<PersonalChat | null>;

export function createPoster(
  send: SendToConversation,
  render: RenderOptions = {},
  findPersonalChat?: FindPersonalChat,
): ChannelPoster {
  /** Every part of a reply into one conversation, in order; the first part's id when all arrived. */
  async function sendAll(target: ConversationTarget, reply: Reply): Promise<PostResult> {
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
  }

  return {
    /**
     * A message in the user's personal chat with the bot, where the bot has one: Teams lets a bot
     * write first only into a conversation it knows (personal-chats.ts keeps them).
     */
    ...(findPersonalChat
      ? {
          async notifyUser(userId: UserId, reply: Reply): Promise<PostResult> {
            const chat = await findPersonalChat(userId);
            const conversationId = chat?.target.conversationId;
            if (!conversationId)
              return { status: 'terminal', reason: 'channel-not-found', code: 'no_personal_chat' };
            return sendAll(
              { conversationId, serviceUrl: chat.target.serviceUrl || undefined },
              { ...reply, actions: [] },
            );
          },
        }
      : {}),

    async post(binding, reply: Reply) {
      const conversationId =
        binding.postTarget?.conversationId ?? binding.channelId.split(':').slice(2).join(':');
      if (!conversationId)
        return { status: 'terminal', reason: 'channel-not-found', code: 'no_conversation_id' };
      const serviceUrl = binding.postTarget?.serviceUrl || undefined;
      const target = { conversationId: getBaseConversationId(conversationId), serviceUrl };
      return sendAll(target, reply);
    },
  };
}
