// What every Slack handler gets: the use-case dependencies and the adapter's own small caches.
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { PostFailureReason } from '../../app/post-result.ts';
import type { SlackInstallations } from './install/installation-store.ts';
import type { UserNameCache } from './users/user-name-cache.ts';

export interface SlackEnv {
  deps: AppDeps;
  log: Logger;
  names: UserNameCache;
  /** Whether the bot is a member of a channel (conversations.info), asked before binding it. */
  canPost?: (channelId: string) => Promise<{ reason: PostFailureReason; code: string } | null | 'yes'>;
  /**
   * What qualifies this request's ids (`slack:<workspace>:…`): the workspace, or the Enterprise Grid
   * organisation for an org-wide install (ids/slack-ids.ts `workspaceKey`). Absent: the body's team.
   */
  workspace?: string | undefined;
  /** Many-workspace mode: the installations in the database (an uninstall deletes one). */
  installations?: SlackInstallations | undefined;
}
