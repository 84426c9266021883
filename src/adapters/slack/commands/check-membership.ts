// Before a channel is bound: is the bot a member (conversations.info `is_member`)? Direct messages
// with the bot always reach the user and are not asked about. A channel Slack will not show the bot (a private one it is not in) is
// `channel_not_found`: the same remedy, an invitation. When Slack cannot answer now, null: the
// binding goes ahead and the first digest tells.
import type { PostFailureReason } from '../../../app/post-result.ts';
import { classifySlackError } from '../post/classify-slack-error.ts';
import type { WebClient } from '../slack-types.ts';

export function createMembershipCheck(client: WebClient) {
  return async (channel: string): Promise<{ reason: PostFailureReason; code: string } | null | 'yes'> => {
    // A direct message with the bot (`D…`): the bot is in it, and asking would need im:read, a scope
    // the bot does not request.
    if (channel.startsWith('D')) return 'yes';
    try {
      const info = await client.conversations.info({ channel });
      const c = info.channel;
      if (!c || c.is_im || c.is_mpim) return 'yes';
      if (c.is_archived) return { reason: 'channel-archived', code: 'is_archived' };
      if (c.is_member === false) return { reason: 'not-in-channel', code: 'is_member_false' };
      return 'yes';
    } catch (error) {
      const result = classifySlackError(error, Date.now());
      if (result.status !== 'terminal' || result.reason === 'message-rejected') return null;
      // A private channel the bot is not in looks like no channel at all.
      return result.reason === 'channel-not-found' ? { reason: 'not-in-channel', code: result.code } : result;
    }
  };
}
