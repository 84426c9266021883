// Report files go up with files.uploadV2. Files cannot be ephemeral, so a reply meant for the user
// alone sends them in the user's direct conversation with the bot.

import type { Reply } from '../../../domain/reply.ts';
import type { WebClient } from '../slack-types.ts';

export async function uploadReplyFiles(
  client: WebClient,
  files: NonNullable<Reply['files']>,
  to: { channelId: string } | { userId: string },
): Promise<void> {
  if (files.length === 0) return;
  let channelId: string | undefined;
  if ('channelId' in to) {
    channelId = to.channelId;
  } else {
    const opened = await client.conversations.open({ users: to.userId });
    channelId = opened.channel?.id;
  }
  if (!channelId) return;
  await client.files.uploadV2({
    channel_id: channelId,
    file_uploads: files.map((f) => ({ file: Buffer.from(f.data), filename: f.name, title: f.name })),
  });
}
