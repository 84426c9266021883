// The digest for one bound channel at one instant: its set's status, composed and rendered for
// the channel's platform, with the roles it names looked up in that channel.
import { type ComposeDigestOptions, composeDigest } from '../../domain/digest/compose-digest.ts';
import { renderDigest } from '../../domain/digest/render-digest.ts';
import type { Digest } from '../../domain/digest/types.ts';
import type { Reply } from '../../domain/reply.ts';
import type { AppDeps } from '../deps.ts';
import { statusOf } from '../get-status.ts';
import type { ChannelBinding } from '../ports.ts';
import { digestEntries, findPeople } from './find-people.ts';

export interface ChannelDigest {
  binding: ChannelBinding;
  digest: Digest;
  reply: Reply;
}

export async function getChannelDigest(
  deps: Pick<AppDeps, 'store' | 'ledger'>,
  binding: ChannelBinding,
  now: Date,
  options: ComposeDigestOptions = {},
): Promise<ChannelDigest | null> {
  const stored = await deps.store.getPromiseSet(binding.setKey);
  if (!stored) return null;
  const status = await statusOf(deps, stored, now);
  const commented = new Set((await deps.store.findComments(stored.key)).map((c) => c.promiseId));
  const digest = composeDigest(stored.def, status, now, { ...options, commented });
  const people = await findPeople(deps.store, binding.channelId, digestEntries(digest));
  return { binding, digest, reply: renderDigest(digest, { platform: binding.platform, people }) };
}
