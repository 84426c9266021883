import type { ChannelPoster } from '../../../app/ports.ts';
import type { Reply } from '../../../domain/reply.ts';
import { getBaseConversationId } from '../ids/teams-ids.ts';
import { type OutgoingMessage, type RenderOptions, renderActivity } from '../render/render-activity.ts';

/** The one SDK call a proactive post needs; `app.send` in production, a stub in unit tests. */
export type SendToConversation = (conversationId: string, message: OutgoingMessage) => Promise<unknown>;

/**
 * Digests and reminders as new posts in the bound conversation. The SDK sends to its one service URL
 * (SERVICE_URL); the stored one is kept on the binding for when that differs per region.
 */
export function createPoster(send: SendToConversation, render: RenderOptions = {}): ChannelPoster {
  return {
    async post(binding, reply: Reply) {
      const conversationId =
        binding.postTarget?.conversationId ?? binding.channelId.split(':').slice(2).join(':');
      if (!conversationId) throw new Error(`no Teams conversation stored for ${binding.channelId}`);
      await send(getBaseConversationId(conversationId), renderActivity(reply, render));
    },
  };
}
