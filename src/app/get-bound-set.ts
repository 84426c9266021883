// A channel's binding and promise set, kept for a few seconds per process: they change only on
// `/loften koppla` and `loftesbot import`, so re-reading them on every command would be wasted work.
// This process forgets them at once when it makes such a change; other replicas see it within TTL_MS.
// Injected like the ledger cache (`deps.bindings`), one per process and store.
import type { ChannelBinding, ChannelId, Store, StoredPromiseSet } from './ports.ts';

export const TTL_MS = 5_000;

export interface BoundSet {
  binding: ChannelBinding;
  set: StoredPromiseSet;
}

export interface BindingCache {
  /** The channel's binding and its set's newest version, or null when the channel is not bound. */
  getBoundSet(channelId: ChannelId): Promise<BoundSet | null>;
  /** Drops what this process knows after it bound a channel or imported a set. */
  forget(): void;
}

export function createBindingCache(store: Store): BindingCache {
  const cache = new Map<ChannelId, { value: BoundSet | null; until: number }>();
  return {
    async getBoundSet(channelId) {
      // Monotonic time, not the app clock: the app clock may be fixed (--now) and must not freeze the cache.
      const t = performance.now();
      const hit = cache.get(channelId);
      if (hit && hit.until > t) return hit.value;
      const binding = await store.getChannel(channelId);
      const set = binding ? await store.getPromiseSet(binding.setKey) : null;
      const value = binding && set ? { binding, set } : null;
      cache.set(channelId, { value, until: t + TTL_MS });
      return value;
    },
    forget() {
      cache.clear();
    },
  };
}
