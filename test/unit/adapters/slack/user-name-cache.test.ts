import { describe, expect, it } from 'vitest';
import type { WebClient } from '../../../../src/adapters/slack/slack-types.ts';
import { createUserNameCache } from '../../../../src/adapters/slack/users/user-name-cache.ts';

function fakeClient(names: Record<string, string>) {
  const calls: string[] = [];
  const client = {
    users: {
      info: async ({ user }: { user: string }) => {
        calls.push(user);
        return {
          ok: true,
          user: { id: user, name: user.toLowerCase(), profile: { display_name: names[user] ?? '' } },
        };
      },
    },
  } as unknown as WebClient;
  return { client, calls };
}

describe('user name cache', () => {
  it('asks users.info once per user and serves the display name from the cache', async () => {
    const { client, calls } = fakeClient({ U1: 'Anna P' });
    const cache = createUserNameCache(client);
    expect(cache.peek('U1')).toBeNull();
    expect(await cache.getName('U1')).toBe('Anna P');
    expect(cache.peek('U1')).toBe('Anna P');
    await cache.getName('U1');
    expect(calls).toEqual(['U1']);
  });

  it('falls back to the user name and looks again after an hour', async () => {
    const { client, calls } = fakeClient({});
    let now = 0;
    const cache = createUserNameCache(client, () => now);
    expect(await cache.getName('U2')).toBe('u2');
    now += 61 * 60 * 1000;
    await cache.getName('U2');
    expect(calls).toEqual(['U2', 'U2']);
  });
});
