// Proactive posts (digests, reminders) into a bound Slack channel: chat.postMessage with Block
// Kit and the plain text as fallback, then any files. Slack's refusals come back as coded results
// (classify-slack-error.ts), so the use case decides what happens next.

import type { Logger } from '../../../app/deps.ts';
import type { ChannelBinding, ChannelPoster } from '../../../app/ports.ts';
import type { PostResult } from '../../../app/post-result.ts';
import type { Reply } from '../../../domain/reply.ts';
import { parseSlackId } from '../ids/slack-ids.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { WebClient } from '../slack-types.ts';
import { classifySlackError } from './classify-slack-error.ts';
import { uploadReplyFiles } from './upload-reply-files.ts';

export function createSlackPoster(client: WebClient, log?: Logger): ChannelPoster {
  return {
    async post(binding: ChannelBinding, reply: Reply): Promise<PostResult> {
      const channel = binding.postTarget?.channelId ?? parseSlackId(binding.channelId)?.id;
      if (!channel) return { status: 'terminal', reason: 'channel-not-found', code: 'no_channel_id' };
      // Buttons in a channel post would act for whoever presses them: a digest carries none.
      const { text, blocks } = renderBlocks({ ...reply, actions: [] });
      let messageId: string | undefined;
      try {
        const posted = await client.chat.postMessage({ channel, text, blocks });
        messageId = posted.ts;
      } catch (error) {
        return classifySlackError(error, Date.now());
      }
      // The message is in the channel: a failed upload must not make the digest go out again.
      if (reply.files?.length) {
        await uploadReplyFiles(client, reply.files, { channelId: channel }).catch((err: unknown) =>
          log?.warn({ err, channel: binding.channelId }, 'slack: files of a channel post not uploaded'),
        );
      }
      return { status: 'sent', messageId };
    },
  };
}
