// Sends what is due now, exactly once per channel and period, across restarts and replicas:
// claim a row (unique key) → compose → post → mark sent. A claim left unsent by a crashed process
// is taken over after `staleMs`; a run missed while down is still due until its week ends.

import type { HolidayLookup } from '../../domain/digest/find-digest-day.ts';
import { type DueRun, findDueRuns, type ScheduledChannel } from '../../domain/digest/find-due-runs.ts';
import type { Platform } from '../../domain/types.ts';
import type { AppDeps } from '../deps.ts';
import type { ChannelBinding, ChannelPoster } from '../ports.ts';
import type { PostResult } from '../post-result.ts';
import { getChannelDigest } from './get-channel-digest.ts';
import {
  defaultRetryPolicy,
  postWithRetry,
  type RetryPolicy,
  realSleep,
  type Sleep,
} from './post-with-retry.ts';

export const CLAIM_TAKEOVER_MS = 10 * 60_000;

export interface RunDueOptions {
  now: Date;
  posters: Partial<Record<Platform, ChannelPoster>>;
  holidayName: HolidayLookup;
  /** Who holds a claim (host, process, random): shows in the run row when debugging doubles. */
  instanceId: string;
  kinds?: DueRun['kind'][];
  /** Keys this process knows were sent, so repeated ticks skip the database. */
  sentKeys?: Set<string>;
  sleep?: Sleep;
  retry?: RetryPolicy;
  staleMs?: number;
}

export interface RunDueResult {
  sent: string[];
  failed: string[];
}

export async function runDueRuns(
  deps: Pick<AppDeps, 'store' | 'ledger' | 'log'>,
  options: RunDueOptions,
): Promise<RunDueResult> {
  const { now, posters } = options;
  const store = deps.store;
  const result: RunDueResult = { sent: [], failed: [] };
  const bindings = (await store.findChannels()).filter((b) => posters[b.platform]);
  if (bindings.length === 0) return result;

  const sets = new Map<string, ScheduledChannel['set'] | null>();
  const channels: ScheduledChannel[] = [];
  const byChannel = new Map<string, ChannelBinding>();
  for (const binding of bindings) {
    if (!sets.has(binding.setKey))
      sets.set(binding.setKey, (await store.getPromiseSet(binding.setKey))?.def ?? null);
    const set = sets.get(binding.setKey);
    if (!set) continue;
    channels.push({ channelId: binding.channelId, set });
    byChannel.set(binding.channelId, binding);
  }

  const kinds = options.kinds ?? ['digest', 'reminder'];
  for (const run of findDueRuns(now, channels, options.holidayName)) {
    if (!kinds.includes(run.kind) || options.sentKeys?.has(run.key)) continue;
    const existing = await store.getRun(run.key);
    if (existing?.sentAt) {
      options.sentKeys?.add(run.key);
      continue;
    }
    if (!(await store.claimRun(run.key, options.instanceId, now, options.staleMs ?? CLAIM_TAKEOVER_MS)))
      continue;
    const binding = byChannel.get(run.channelId)!;
    const ok = await sendRun(deps, options, binding, run);
    if (ok) {
      await store.markRunSent(run.key, now);
      options.sentKeys?.add(run.key);
      result.sent.push(run.key);
    } else {
      // The claim stays unsent: another tick takes it over after the takeover time and tries again.
      result.failed.push(run.key);
    }
  }
  return result;
}

async function sendRun(
  deps: Pick<AppDeps, 'store' | 'ledger' | 'log'>,
  options: RunDueOptions,
  binding: ChannelBinding,
  run: DueRun,
): Promise<boolean> {
  const composed = await getChannelDigest(deps, binding, options.now, { postponed: run.postponed });
  if (!composed) {
    deps.log.warn({ key: run.key, setKey: binding.setKey }, 'digest skipped: promise set missing');
    return false;
  }
  const poster = options.posters[binding.platform]!;
  const outcome = await postWithRetry(
    () => poster.post(binding, composed.reply),
    options.sleep ?? realSleep,
    options.retry ?? defaultRetryPolicy,
    (attempt, waitMs, result) =>
      deps.log.warn({ key: run.key, attempt, waitMs, code: codeOf(result) }, 'digest post failed, retrying'),
  );
  const { result, attempts } = outcome;
  if (result.status === 'sent') {
    deps.log.info({ key: run.key, kind: run.kind, attempts }, 'digest posted');
    return true;
  }
  deps.log.error(
    {
      key: run.key,
      attempts,
      status: result.status,
      code: result.code,
      ...(result.status === 'terminal' ? { reason: result.reason } : {}),
    },
    'digest post failed',
  );
  return false;
}

function codeOf(result: PostResult): string | undefined {
  return result.status === 'sent' ? undefined : result.code;
}
