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
  return createUserNameCaches(nowMs).forWorkspace('', client);
}

/**
 * Names per workspace (user ids are unique only within one), each looked up with the client of the
 * request that asks: in many-workspace mode, the token of that workspace's installation.
 */
export function createUserNameCaches(nowMs: () => number = Date.now): {
  forWorkspace(workspace: string, client: WebClient): UserNameCache;
} {
  const names = new Map<string, { name: string | null; at: number }>();
  const pending = new Map<string, Promise<string | null>>();
  return {
    forWorkspace: (workspace, client) => {
      const key = (userId: string) => `${workspace}:${userId}`;
      return cacheFor(client, nowMs, names, pending, key);
    },
  };
}

function cacheFor(
  client: WebClient,
  nowMs: () => number,
  names: Map<string, { name: string | null; at: number }>,
  pending: Map<string, Promise<string | null>>,
  key: (userId: string) => string,
): UserNameCache {
  const getName = (userId: string): Promise<string | null> => {
    const k = key(userId);
    const hit = names.get(k);
    if (hit && nowMs() - hit.at < TTL_MS) return Promise.resolve(hit.name);
    const inFlight = pending.get(k);
    if (inFlight) return inFlight;
    const lookup = client.users
      .info({ user: userId })
      .then((r) => {
        const name = r.user?.profile?.display_name || r.user?.real_name || r.user?.name || null;
        names.set(k, { name, at: nowMs() });
        return name;
      })
      .catch(() => null)
      .finally(() => pending.delete(k));
    pending.set(k, lookup);
    return lookup;
  };

  return {
    getName,
    peek(userId) {
      const hit = names.get(key(userId));
      if (hit && nowMs() - hit.at < TTL_MS) return hit.name;
      void getName(userId);
      return null;
    },
  };
}
