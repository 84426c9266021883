import { renderStatus } from '../domain/render/render-status.ts';
import type { Reply } from '../domain/reply.ts';
import type { SetStatus } from '../domain/status/types.ts';
import { withAdoption } from '../domain/status/with-adoption.ts';
import { getEffectiveRole, hasRole } from './authorize.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Bound } from './log-activity.ts';
import type { StoredPromiseSet } from './ports.ts';

/**
 * Every promise's status at `now`, from the ledger cache's tallies (no pass over the ledger), with what
 * the ledger does not hold: judgements, and the chief's adoption of the follow-up, which delivers the
 * set's own summary promise. `/status`, the digest and January's reminder all read it from here.
 */
export async function statusOf(
  deps: Pick<AppDeps, 'store' | 'ledger'>,
  stored: StoredPromiseSet,
  now: Date,
): Promise<SetStatus> {
  const judgements = await deps.store.findJudgements(stored.key);
  const adoptions = await deps.store.findAdoptions(stored.key);
  // Taken right after the last await: the book is shared and changes with the next write.
  const status = (await deps.ledger.getStatusBook(stored)).status(now, { judgements });
  return withAdoption(status, stored.def, adoptions);
}

export async function getSetStatus(
  deps: AppDeps,
  setKey: string,
  now = deps.clock.now(),
): Promise<SetStatus | null> {
  const stored = await deps.store.getPromiseSet(setKey);
  return stored ? statusOf(deps, stored, now) : null;
}

/** The working group and the chief also see the comments on the promises (`/loften kommentar`). */
export async function getStatusReply(deps: AppDeps, bound: Bound, ctx?: CommandContext): Promise<Reply> {
  const status = await statusOf(deps, bound.set, deps.clock.now());
  const seesComments = ctx !== undefined && hasRole(await getEffectiveRole(deps, ctx), 'group');
  const comments = seesComments ? await deps.store.findComments(bound.set.key) : [];
  return renderStatus(bound.set.def, status, comments);
}
