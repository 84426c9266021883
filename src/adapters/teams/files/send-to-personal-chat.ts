// The requester's personal chat with the bot, where file consent cards must go (Teams offers file
// uploads only there): the conversation itself when the button was pressed in it, otherwise one the
// Bot Connector creates (or returns, when it exists) for the bot and that user.
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { Reply } from '../../../domain/reply.ts';
import { getTenantId, type TeamsOrigin, toChannelId } from '../ids/teams-ids.ts';
import { consentMessages } from './file-consent.ts';

export interface PersonalChatActivity extends TeamsOrigin {
  recipient: { id: string };
  conversation: TeamsOrigin['conversation'] & { conversationType?: string };
}

/** True when the consent cards went out; `created` hears of a personal chat the Bot Connector made. */
export async function sendToPersonalChat(
  api: ApiClient,
  activity: PersonalChatActivity,
  offer: { command: string; files: NonNullable<Reply['files']> },
  created?: (conversationId: string) => Promise<void>,
): Promise<boolean> {
  const tenantId = getTenantId(activity);
  let conversationId = activity.conversation.id;
  if (activity.conversation.conversationType !== 'personal') {
    const chat = await api.conversations.create({
      isGroup: false,
      bot: { id: activity.recipient.id },
      members: [{ id: activity.from.id, role: 'user', name: activity.from.name ?? '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    });
    if (!chat?.id) return false;
    conversationId = chat.id;
    await created?.(chat.id);
  }
  for (const message of consentMessages(offer.files, toChannelId(activity), offer.command))
    await api.conversations.activities(conversationId).create(message as never);
  return true;
}
