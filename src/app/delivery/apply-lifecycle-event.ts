// A platform's lifecycle events (app uninstalled, token revoked, channel archived or deleted, bot
// removed or added) stop and restart posts into the bindings they concern, with an audit entry each.
// An inactive binding is skipped by the scheduler until the event that undoes it arrives (or the
// channel is bound again).
import type { Platform } from '../../domain/types.ts';
import type { AppDeps } from '../deps.ts';
import type { ChannelBinding, ChannelId } from '../ports.ts';
import type { PostFailureReason } from '../post-result.ts';
import { SYSTEM_ACTOR } from './record-post-outcome.ts';

/** Which bindings an event concerns: one channel, or every channel whose id starts with a prefix. */
export type LifecycleScope =
  | { channelId: ChannelId }
  | { prefix: string }
  | { match: (binding: ChannelBinding) => boolean };

export type LifecycleEvent =
  | { kind: 'deactivate'; scope: LifecycleScope; reason: PostFailureReason; code: string }
  | { kind: 'reactivate'; scope: LifecycleScope; code: string };

/** Applies the event; answers the channel ids whose state changed. */
export async function applyLifecycleEvent(
  deps: Pick<AppDeps, 'store' | 'log' | 'bindings'>,
  platform: Platform,
  event: LifecycleEvent,
  now: Date,
): Promise<ChannelId[]> {
  const bindings = (await deps.store.findChannels()).filter(
    (b) => b.platform === platform && inScope(b, event.scope),
  );
  const changed: ChannelId[] = [];
  for (const binding of bindings) {
    // Reactivation undoes what an event or a refused post did; a healthy binding is left alone.
    if (event.kind === 'reactivate' && !binding.health) continue;
    const health =
      event.kind === 'deactivate'
        ? { state: 'inactive' as const, reason: event.reason, code: event.code }
        : null;
    const result = await deps.store.setBindingHealth(
      binding.channelId,
      health,
      { actor: SYSTEM_ACTOR, platform, action: `lifecycle:${event.code}` },
      now,
    );
    if (result?.changed) changed.push(binding.channelId);
  }
  if (changed.length > 0) {
    deps.bindings.forget();
    deps.log.warn(
      { event: event.code, kind: event.kind, channels: changed },
      'bindings changed by a platform event',
    );
  }
  return changed;
}

function inScope(binding: ChannelBinding, scope: LifecycleScope): boolean {
  if ('channelId' in scope) return binding.channelId === scope.channelId;
  if ('prefix' in scope) return binding.channelId.startsWith(scope.prefix);
  return scope.match(binding);
}
