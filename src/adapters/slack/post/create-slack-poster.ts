// Proactive posts (digests, reminders) into a bound Slack channel: chat.postMessage with Block
// Kit and the plain text as fallback, then any files.

import type { ChannelBinding, ChannelPoster } from '../../../app/ports.ts';
import type { Reply } from '../../../domain/reply.ts';
import { parseSlackId } from '../ids/slack-ids.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { WebClient } from '../slack-types.ts';
import { uploadReplyFiles } from './upload-reply-files.ts';

export function createSlackPoster(client: WebClient): ChannelPoster {
  return {
    async post(binding: ChannelBinding, reply: Reply): Promise<void> {
      const channel = binding.postTarget?.channelId ?? parseSlackId(binding.channelId)?.id;
      if (!channel) throw new Error(`no Slack channel to post to for ${binding.channelId}`);
      // Buttons in a channel post would act for whoever presses them: a digest carries none.
      const { text, blocks } = renderBlocks({ ...reply, actions: [] });
      await client.chat.postMessage({ channel, text, blocks });
      if (reply.files?.length) await uploadReplyFiles(client, reply.files, { channelId: channel });
    },
  };
}
