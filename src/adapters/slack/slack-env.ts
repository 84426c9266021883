// What every Slack handler gets: the use-case dependencies and the adapter's own small caches.
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { UserNameCache } from './users/user-name-cache.ts';

export interface SlackEnv {
  deps: AppDeps;
  log: Logger;
  names: UserNameCache;
}
