// Sends what is due now, exactly once per channel and period, across restarts and replicas:
// claim a row (unique key) → compose → post → mark sent. A claim left unsent by a crashed process
// is taken over after `staleMs`; a run missed while down is still due until its week ends.
// From the poster's coded result: a terminal refusal gives the run up for the period (and marks the
// binding, telling its admins once); transient trouble past a round's own retries is tried again in
// a few later rounds (ROUND_DELAYS_MS), then given up: a dead channel costs a handful of attempts.

import type { HolidayLookup } from '../../domain/digest/find-digest-day.ts';
import { type DueRun, findDueRuns, type ScheduledChannel } from '../../domain/digest/find-due-runs.ts';
import { scheduleOf } from '../../domain/digest/schedule.ts';
import type { PromiseSetDef } from '../../domain/promise-set/schema.ts';
import { setWords } from '../../domain/status/status-words.ts';
import type { Platform } from '../../domain/types.ts';
import {
  recordPostRefusal,
  recordPostSuccess,
  tellGivenUp,
  tellUnknownOutcome,
} from '../delivery/record-post-outcome.ts';
import type { AppDeps } from '../deps.ts';
import type { ChannelBinding, ChannelPoster } from '../ports.ts';
import { type Delivery, deliverOnce } from './deliver-once.ts';
import { getChannelDigest } from './get-channel-digest.ts';
import { defaultRetryPolicy, type RetryPolicy, realSleep, type Sleep } from './post-with-retry.ts';

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
  deps: Pick<AppDeps, 'store' | 'ledger' | 'log' | 'bindings'>,
  options: RunDueOptions,
): Promise<RunDueResult> {
  const { now, posters } = options;
  const store = deps.store;
  const result: RunDueResult = { sent: [], failed: [] };
  // An inactive binding (uninstalled, archived, bot removed) waits for the event that undoes it.
  const bindings = (await store.findChannels()).filter(
    (b) => posters[b.platform] && b.health?.state !== 'inactive',
  );
  if (bindings.length === 0) return result;

  const sets = new Map<string, ScheduledChannel['set'] | null>();
  const channels: ScheduledChannel[] = [];
  const byChannel = new Map<string, ChannelBinding>();
  for (const binding of bindings) {
    if (!sets.has(binding.setKey))
      sets.set(binding.setKey, (await store.getPromiseSet(binding.setKey))?.def ?? null);
    const set = sets.get(binding.setKey);
    if (!set) continue;
    channels.push({ channelId: binding.channelId, set, schedule: binding.schedule ?? null });
    byChannel.set(binding.channelId, binding);
  }

  const kinds = options.kinds ?? ['digest', 'reminder'];
  for (const run of findDueRuns(now, channels, options.holidayName)) {
    if (!kinds.includes(run.kind) || options.sentKeys?.has(run.key)) continue;
    const existing = await store.getRun(run.key);
    if (existing?.sentAt || existing?.failedAt) {
      options.sentKeys?.add(run.key);
      continue;
    }
    if (!(await store.claimRun(run.key, options.instanceId, now, options.staleMs ?? CLAIM_TAKEOVER_MS)))
      continue;
    const binding = byChannel.get(run.channelId)!;
    const outcome = await sendRun(deps, options, binding, run);
    if (outcome !== 'missing-set' && outcome.status === 'sent') {
      await store.markRunSent(run.key, now, outcome.messageId ?? null);
      options.sentKeys?.add(run.key);
      result.sent.push(run.key);
      continue;
    }
    result.failed.push(run.key);
    if (outcome === 'missing-set') continue; // the claim is taken over later, as before
    if (outcome.status === 'unknown') {
      // Perhaps in the channel, and no way to look: never sent again; the admins are told.
      await store.failRun(run.key, `unknown:${outcome.code}`, now);
      options.sentKeys?.add(run.key);
      const title = sets.get(binding.setKey)?.title ?? binding.setKey;
      await tellUnknownOutcome(deps, posters[binding.platform]!, binding, outcome.code, {
        setTitle: title,
        missed: describeRun(run, sets.get(binding.setKey) ?? null),
      });
      continue;
    }
    if (outcome.status === 'terminal') {
      await store.failRun(run.key, `terminal:${outcome.reason}:${outcome.code}`, now);
      options.sentKeys?.add(run.key);
      const title = sets.get(binding.setKey)?.title ?? binding.setKey;
      await recordPostRefusal(
        deps,
        posters[binding.platform]!,
        binding,
        outcome,
        { setTitle: title, missed: describeRun(run, sets.get(binding.setKey) ?? null) },
        now,
      );
      continue;
    }
    // Transient after the round's own retries: a later round, a bounded number of times a week.
    const rounds = (await store.getRun(run.key))?.attempts ?? 1;
    if (rounds >= ROUND_DELAYS_MS.length + 1) {
      await store.failRun(run.key, `transient:${outcome.code}`, now);
      options.sentKeys?.add(run.key);
      const title = sets.get(binding.setKey)?.title ?? binding.setKey;
      await tellGivenUp(deps, posters[binding.platform]!, binding, outcome.code, {
        setTitle: title,
        missed: describeRun(run, sets.get(binding.setKey) ?? null),
        rounds,
      });
    } else {
      await store.deferRun(run.key, new Date(now.getTime() + ROUND_DELAYS_MS[rounds - 1]!));
    }
  }
  return result;
}

/** Waits before the 2nd, 3rd and 4th round of a run that met only transient errors; then it is given up. */
export const ROUND_DELAYS_MS = [30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/**
 * `måndagsöversikten för v.12`: the week the run is for (a holiday Friday's digest comes the next
 * week, and is still its own week's), with its year where the set's wording asks for one.
 */
function describeRun(run: DueRun, set: PromiseSetDef | null): string {
  if (run.kind !== 'digest') return 'påminnelsen om uppföljningen';
  const [year, week] = run.week.split('-W').map(Number) as [number, number];
  const label = set ? setWords(set, run.day).week({ year, week }) : `v.${week} ${year}`;
  return `${isMonday(run.day) ? 'måndagsöversikten' : 'veckoöversikten'} för ${label}`;
}

async function sendRun(
  deps: Pick<AppDeps, 'store' | 'ledger' | 'log' | 'bindings'>,
  options: RunDueOptions,
  binding: ChannelBinding,
  run: DueRun,
): Promise<
  { status: 'sent'; messageId?: string | undefined } | 'missing-set' | Exclude<Delivery, { status: 'sent' }>
> {
  const composed = await getChannelDigest(deps, binding, options.now, {
    postponed: run.postponed,
    weekday: scheduleOf(binding.schedule).weekday,
  });
  if (!composed) {
    deps.log.warn({ key: run.key, setKey: binding.setKey }, 'digest skipped: promise set missing');
    return 'missing-set';
  }
  const poster = options.posters[binding.platform]!;
  const { result, posts, lookups } = await deliverOnce({
    store: deps.store,
    poster,
    binding,
    reply: composed.reply,
    mark: { kind: run.kind, runKey: run.key, setKey: run.setKey, week: run.week },
    now: options.now,
    sleep: options.sleep ?? realSleep,
    policy: options.retry ?? defaultRetryPolicy,
    onRetry: (attempt, waitMs, code) =>
      deps.log.warn({ key: run.key, attempt, waitMs, code }, 'digest post failed, retrying'),
  });
  if (result.status === 'sent') {
    deps.log.info(
      {
        key: run.key,
        kind: run.kind,
        posts,
        lookups,
        found: result.found ?? false,
        messageId: result.messageId,
      },
      result.found ? 'digest found already posted: not sent again' : 'digest posted',
    );
    await recordPostSuccess(deps, binding, options.now);
    return result;
  }
  deps.log.error(
    {
      key: run.key,
      posts,
      lookups,
      status: result.status,
      code: result.code,
      ...(result.status === 'terminal' ? { reason: result.reason } : {}),
    },
    result.status === 'unknown' ? 'digest may have been posted: not sent again' : 'digest post failed',
  );
  return result;
}

function isMonday(day: string): boolean {
  return new Date(`${day}T12:00:00Z`).getUTCDay() === 1;
}
