// What every Slack handler gets: the use-case dependencies and the adapter's own small caches.
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { PostFailureReason } from '../../app/post-result.ts';
import type { UserNameCache } from './users/user-name-cache.ts';

export interface SlackEnv {
  deps: AppDeps;
  log: Logger;
  names: UserNameCache;
  /** Whether the bot is a member of a channel (conversations.info), asked before binding it. */
  canPost?: (channelId: string) => Promise<{ reason: PostFailureReason; code: string } | null | 'yes'>;
}
