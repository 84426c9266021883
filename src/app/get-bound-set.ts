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
  // The read itself is kept, so the commands that come while it runs wait for it instead of each
  // reading again (50 at once after each expiry, under load); a failed read is not kept.
  const cache = new Map<ChannelId, { value: Promise<BoundSet | null>; until: number }>();
  async function read(channelId: ChannelId): Promise<BoundSet | null> {
    const binding = await store.getChannel(channelId);
    const set = binding ? await store.getPromiseSet(binding.setKey) : null;
    return binding && set ? { binding, set } : null;
  }
  return {
    getBoundSet(channelId) {
      // Monotonic time, not the app clock: the app clock may be fixed (--now) and must not freeze the cache.
      const t = performance.now();
      const hit = cache.get(channelId);
      if (hit && hit.until > t) return hit.value;
      const entry = { value: read(channelId), until: t + TTL_MS };
      cache.set(channelId, entry);
      entry.value.catch(() => {
        if (cache.get(channelId) === entry) cache.delete(channelId);
      });
      return entry.value;
    },
    forget() {
      // A read under way when this process changed a binding is dropped with the rest.
      cache.clear();
    },
  };
}
