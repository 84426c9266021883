// Every bound channel's digest at one instant (the bench, and an overview for operators).
// Channels bound to the same set share one status computation.
import { composeDigest } from '../../domain/digest/compose-digest.ts';
import { renderDigest } from '../../domain/digest/render-digest.ts';
import type { PromiseSetDef } from '../../domain/promise-set/schema.ts';
import type { SetStatus } from '../../domain/status/types.ts';
import type { AppDeps } from '../deps.ts';
import { statusOf } from '../get-status.ts';
import { digestEntries, findPeople } from './find-people.ts';
import type { ChannelDigest } from './get-channel-digest.ts';

export async function composeAllDigests(
  deps: Pick<AppDeps, 'store' | 'ledger'>,
  now: Date,
): Promise<ChannelDigest[]> {
  const statuses = new Map<string, { def: PromiseSetDef; status: SetStatus } | null>();
  const result: ChannelDigest[] = [];
  for (const binding of await deps.store.findChannels()) {
    if (!statuses.has(binding.setKey)) {
      const stored = await deps.store.getPromiseSet(binding.setKey);
      statuses.set(
        binding.setKey,
        stored
          ? {
              def: stored.def,
              status: await statusOf(deps, stored, now),
            }
          : null,
      );
    }
    const entry = statuses.get(binding.setKey);
    if (!entry) continue;
    const commented = new Set((await deps.store.findComments(binding.setKey)).map((c) => c.promiseId));
    const digest = composeDigest(entry.def, entry.status, now, { commented });
    const people = await findPeople(deps.store, binding.channelId, digestEntries(digest));
    result.push({ binding, digest, reply: renderDigest(digest, { platform: binding.platform, people }) });
  }
  return result;
}
