// Proactive posts (digests, reminders) into a bound Slack channel: chat.postMessage with Block
// Kit and the plain text as fallback, then any files. Slack's refusals come back as coded results
// (classify-slack-error.ts), so the use case decides what happens next. Each post uses the client of
// the workspace the id names (one workspace: the bot token; many: that workspace's installation).

import type { Logger } from '../../../app/deps.ts';
import type { ChannelBinding, ChannelPoster } from '../../../app/ports.ts';
import type { PostResult } from '../../../app/post-result.ts';
import type { Reply } from '../../../domain/reply.ts';
import type { SlackClients } from '../clients.ts';
import { parseSlackId } from '../ids/slack-ids.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import { classifySlackError } from './classify-slack-error.ts';
import { uploadReplyFiles } from './upload-reply-files.ts';

export interface SlackPosterOptions {
  log?: Logger;
  /** Publishes the user's App Home again, so it shows the notice about their channels. */
  refreshHome?: (teamId: string, userId: string) => Promise<void>;
}

/** The app is no longer installed in the workspace: nothing can be posted there until it is again. */
const NOT_INSTALLED: PostResult = { status: 'terminal', reason: 'access-revoked', code: 'not_installed' };

export function createSlackPoster(clients: SlackClients, options: SlackPosterOptions = {}): ChannelPoster {
  const { log } = options;
  return {
    /** A direct message from the bot, and the user's App Home published again with the notice. */
    async notifyUser(userId, reply): Promise<PostResult> {
      const user = parseSlackId(userId);
      if (!user) return { status: 'terminal', reason: 'channel-not-found', code: 'not_a_slack_user' };
      const client = await clients.forWorkspace(user.teamId);
      if (!client) return NOT_INSTALLED;
      let result: PostResult;
      try {
        const opened = await client.conversations.open({ users: user.id });
        const channel = opened.channel?.id;
        if (!channel) return { status: 'terminal', reason: 'channel-not-found', code: 'no_dm_channel' };
        const { text, blocks } = renderBlocks({ ...reply, actions: [] });
        const posted = await client.chat.postMessage({ channel, text, blocks });
        result = { status: 'sent', messageId: posted.ts };
      } catch (error) {
        result = classifySlackError(error, Date.now());
      }
      await options
        .refreshHome?.(user.teamId, user.id)
        .catch((err: unknown) => log?.warn({ err }, 'slack: App Home notice not published'));
      return result;
    },

    async post(binding: ChannelBinding, reply: Reply): Promise<PostResult> {
      const parsed = parseSlackId(binding.channelId);
      const channel = binding.postTarget?.channelId ?? parsed?.id;
      if (!channel || !parsed)
        return { status: 'terminal', reason: 'channel-not-found', code: 'no_channel_id' };
      const client = await clients.forWorkspace(parsed.teamId);
      if (!client) return NOT_INSTALLED;
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
