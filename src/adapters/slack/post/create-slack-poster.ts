// Proactive posts (digests, reminders) into a bound Slack channel: chat.postMessage with Block
// Kit and the plain text as fallback, then any files. Slack's refusals come back as coded results
// (classify-slack-error.ts), so the use case decides what happens next. Each post uses the client of
// the workspace the id names (one workspace: the bot token; many: that workspace's installation).
// A scheduled post carries message metadata (`loftesbot_digest`: run key, set, ISO week), so after a
// post whose answer never came the run can be looked for in the channel's history (`findPosted`)
// instead of sent twice. Scheduled posts and that search go through clients without retries of their
// own (`postClients`): retrying is decided in one place, app/digest/deliver-once.ts.

import type { Logger } from '../../../app/deps.ts';
import type { ChannelBinding, ChannelPoster, PostLookup, PostMark } from '../../../app/ports.ts';
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
  /**
   * Clients for scheduled posts and the search for them: no retries of their own, rate limits
   * rejected at once (the caller waits). Defaults to `clients`.
   */
  postClients?: SlackClients;
}

/** Slack message metadata `event_type` of scheduled posts. */
export const POST_EVENT_TYPES = { digest: 'loftesbot_digest', reminder: 'loftesbot_reminder' } as const;
/** How far back before the first uncertain post the history is read (clocks differ a little). */
const LOOKBACK_MS = 15 * 60_000;
const HISTORY_PAGES = 5;

function metadataOf(mark: PostMark) {
  return {
    event_type: POST_EVENT_TYPES[mark.kind],
    event_payload: { run_key: mark.runKey, set_key: mark.setKey, week: mark.week },
  };
}

/** The app is no longer installed in the workspace: nothing can be posted there until it is again. */
const NOT_INSTALLED: PostResult = { status: 'terminal', reason: 'access-revoked', code: 'not_installed' };

export function createSlackPoster(clients: SlackClients, options: SlackPosterOptions = {}): ChannelPoster {
  const { log } = options;
  const postClients = options.postClients ?? clients;
  /** The channel and its workspace's post client, or why there is none. */
  const target = async (binding: ChannelBinding) => {
    const parsed = parseSlackId(binding.channelId);
    const channel = binding.postTarget?.channelId ?? parsed?.id;
    if (!channel || !parsed)
      return {
        error: { status: 'terminal', reason: 'channel-not-found', code: 'no_channel_id' } as PostResult,
      };
    const client = await postClients.forWorkspace(parsed.teamId);
    if (!client) return { error: NOT_INSTALLED };
    return { channel, client, parsed };
  };
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

    async post(binding: ChannelBinding, reply: Reply, postOptions = {}): Promise<PostResult> {
      const found = await target(binding);
      if ('error' in found) return found.error!;
      const { channel, parsed } = found;
      // Buttons in a channel post would act for whoever presses them: a digest carries none.
      const { text, blocks } = renderBlocks({ ...reply, actions: [] });
      const { mark } = postOptions;
      let messageId: string | undefined;
      try {
        const posted = await found.client.chat.postMessage({
          channel,
          text,
          blocks,
          ...(mark ? { metadata: metadataOf(mark) } : {}),
        });
        messageId = posted.ts;
      } catch (error) {
        return classifySlackError(error, Date.now());
      }
      // The message is in the channel: a failed upload must not make the digest go out again.
      const client = reply.files?.length ? await clients.forWorkspace(parsed.teamId) : null;
      if (client && reply.files?.length) {
        await uploadReplyFiles(client, reply.files, { channelId: channel }).catch((err: unknown) =>
          log?.warn({ err, channel: binding.channelId }, 'slack: files of a channel post not uploaded'),
        );
      }
      return { status: 'sent', messageId };
    },

    /** The channel's history since shortly before `since`, with metadata: is the run's message there? */
    async findPosted(binding, mark, since): Promise<PostLookup> {
      const found = await target(binding);
      if ('error' in found)
        return { found: 'unknown', code: found.error!.status === 'sent' ? 'unknown' : found.error!.code };
      const { channel, client } = found;
      const eventType = POST_EVENT_TYPES[mark.kind];
      const oldest = String(Math.floor((since.getTime() - LOOKBACK_MS) / 1000));
      try {
        let cursor: string | undefined;
        for (let page = 0; page < HISTORY_PAGES; page++) {
          const history = await client.conversations.history({
            channel,
            oldest,
            limit: 200,
            include_all_metadata: true,
            ...(cursor ? { cursor } : {}),
          });
          for (const message of history.messages ?? []) {
            const metadata = message.metadata as
              | { event_type?: string; event_payload?: { run_key?: unknown } }
              | undefined;
            if (metadata?.event_type === eventType && metadata.event_payload?.run_key === mark.runKey)
              return { found: true, messageId: message.ts };
          }
          cursor = history.response_metadata?.next_cursor || undefined;
          if (!cursor || !history.has_more) return { found: false };
        }
        // More than a thousand messages since: not read to the end, so not known.
        return { found: 'unknown', code: 'history_too_long' };
      } catch (error) {
        const failed = classifySlackError(error, Date.now());
        return { found: 'unknown', code: failed.status === 'sent' ? 'unknown_error' : failed.code };
      }
    },
  };
}
