import { renderStatus } from '../domain/render/render-status.ts';
import type { Reply } from '../domain/reply.ts';
import type { SetStatus } from '../domain/status/types.ts';
import type { AppDeps } from './deps.ts';
import type { Bound } from './log-activity.ts';
import type { StoredPromiseSet } from './ports.ts';

/** Every promise's status at `now`, from the ledger cache's tallies (no pass over the ledger). */
export async function statusOf(
  deps: Pick<AppDeps, 'store' | 'ledger'>,
  stored: StoredPromiseSet,
  now: Date,
): Promise<SetStatus> {
  const judgements = await deps.store.findJudgements(stored.key);
  // Taken right after the last await: the book is shared and changes with the next write.
  return (await deps.ledger.getStatusBook(stored)).status(now, { judgements });
}

export async function getSetStatus(
  deps: AppDeps,
  setKey: string,
  now = deps.clock.now(),
): Promise<SetStatus | null> {
  const stored = await deps.store.getPromiseSet(setKey);
  return stored ? statusOf(deps, stored, now) : null;
}

export async function getStatusReply(deps: AppDeps, bound: Bound): Promise<Reply> {
  return renderStatus(bound.set.def, await statusOf(deps, bound.set, deps.clock.now()));
}
