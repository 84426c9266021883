// The digest for one bound channel at one instant: its set's status, composed and rendered for
// the channel's platform.
import { type ComposeDigestOptions, composeDigest } from '../../domain/digest/compose-digest.ts';
import { renderDigest } from '../../domain/digest/render-digest.ts';
import type { Digest } from '../../domain/digest/types.ts';
import type { Reply } from '../../domain/reply.ts';
import type { AppDeps } from '../deps.ts';
import { statusOf } from '../get-status.ts';
import type { ChannelBinding } from '../ports.ts';

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
  const digest = composeDigest(stored.def, status, now, options);
  return { binding, digest, reply: renderDigest(digest, { platform: binding.platform }) };
}
