import { renderStatus } from '../domain/render/render-status.ts';
import type { Reply } from '../domain/reply.ts';
import { computeStatus } from '../domain/status/compute-status.ts';
import type { SetStatus } from '../domain/status/types.ts';
import type { AppDeps } from './deps.ts';
import type { Bound } from './log-activity.ts';

export async function getSetStatus(
  deps: AppDeps,
  setKey: string,
  now = deps.clock.now(),
): Promise<SetStatus | null> {
  const stored = await deps.store.getPromiseSet(setKey);
  if (!stored) return null;
  return computeStatus(stored.def, await deps.ledger.getActivities(setKey), now, {
    judgements: await deps.store.findJudgements(setKey),
  });
}

export async function getStatusReply(deps: AppDeps, bound: Bound): Promise<Reply> {
  const status = computeStatus(
    bound.set.def,
    await deps.ledger.getActivities(bound.set.key),
    deps.clock.now(),
    { judgements: await deps.store.findJudgements(bound.set.key) },
  );
  return renderStatus(bound.set.def, status);
}
