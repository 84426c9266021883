// Display names from users.info, kept for an hour: a command must not wait for Slack's Web API
// more than once per user, and names change rarely.
import type { WebClient } from '../slack-types.ts';

export interface UserNameCache {
  /** The cached name, or null; a miss starts a lookup in the background. */
  peek(userId: string): string | null;
  getName(userId: string): Promise<string | null>;
}

const TTL_MS = 60 * 60 * 1000;

export function createUserNameCache(client: WebClient, nowMs: () => number = Date.now): UserNameCache {
  const names = new Map<string, { name: string | null; at: number }>();
  const pending = new Map<string, Promise<string | null>>();

  const getName = (userId: string): Promise<string | null> => {
    const hit = names.get(userId);
    if (hit && nowMs() - hit.at < TTL_MS) return Promise.resolve(hit.name);
    const inFlight = pending.get(userId);
    if (inFlight) return inFlight;
    const lookup = client.users
      .info({ user: userId })
      .then((r) => {
        const name = r.user?.profile?.display_name || r.user?.real_name || r.user?.name || null;
        names.set(userId, { name, at: nowMs() });
        return name;
      })
      .catch(() => null)
      .finally(() => pending.delete(userId));
    pending.set(userId, lookup);
    return lookup;
  };

  return {
    getName,
    peek(userId) {
      const hit = names.get(userId);
      if (hit && nowMs() - hit.at < TTL_MS) return hit.name;
      void getName(userId);
      return null;
    },
  };
}
