// Use-case dependencies on the in-memory store with Överkalix 2018 imported and one Slack channel
// bound, for driving handleCommand as a front end would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { fixedClock, parseNow } from '../../../src/app/clock.ts';
import type { AppDeps, CommandContext, Logger } from '../../../src/app/deps.ts';
import { createBindingCache } from '../../../src/app/get-bound-set.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { importPromiseSet } from '../../../src/app/import-promise-set.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import type { Store } from '../../../src/app/ports.ts';
import { createRateLimiter } from '../../../src/app/rate-limiter.ts';
import type { Reply } from '../../../src/domain/reply.ts';

export const CHANNEL = 'slack:T1:C1';
export const SET_KEY = 'overkalix-2018';
/** Slack user listed in LOFTESBOT_ADMINS (as `slack:T1:UADMIN`) for these tests. */
export const ENV_ADMIN = 'UADMIN';

export const promiseFileText = readFileSync(
  fileURLToPath(new URL('../../../promises/overkalix-2018.yml', import.meta.url)),
  'utf8',
);

export const silentLog: Logger = { info() {}, warn() {}, error() {} };

export interface Harness {
  deps: AppDeps;
  /** Runs one line as Slack user `U<name>` in the bound channel (or `channelId`). */
  run(user: string, text: string, channelId?: string): Promise<Reply>;
  ctx(user: string, channelId?: string): CommandContext;
  /** Moves the command clock (the duplicate window reads it; the rate limit does not). */
  setNow(iso: string): void;
  /** Lets real time pass for the rate limit, which never reads the command clock. */
  elapse(ms: number): void;
}

export async function createHarness(
  options: { store?: Store; now?: string; rateLimit?: number; bind?: boolean } = {},
): Promise<Harness> {
  const store = options.store ?? createMemoryStore();
  let now = parseNow(options.now ?? '2018-03-19T08:00:00', 'Europe/Stockholm');
  const clock = { now: () => new Date(now.getTime()) };
  let elapsed = 0;
  const deps: AppDeps = {
    log: silentLog,
    store,
    clock,
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(options.rateLimit ?? 1_000_000, () => elapsed),
    admins: [`slack:T1:${ENV_ADMIN}`],
    timeZone: 'Europe/Stockholm',
  };
  const seed = { actor: 'system:test', platform: 'console' as const, action: 'import' };
  if (!(await store.getPromiseSet(SET_KEY))) {
    const imported = await importPromiseSet(deps, promiseFileText, seed);
    if (!imported.ok) throw new Error(imported.message);
  }
  if (options.bind !== false && !(await store.getChannel(CHANNEL))) {
    await store.bindChannel(
      { channelId: CHANNEL, platform: 'slack', setKey: SET_KEY, postTarget: null },
      { ...seed, action: 'bind' },
      fixedClock(now).now(),
    );
  }
  const ctx = (user: string, channelId = CHANNEL): CommandContext => ({
    channelId,
    platform: 'slack',
    userId: `slack:T1:${user}`,
    platformUserId: `slack:T1:${user}`,
    resolveMention: (raw) => `slack:T1:${raw.replace(/^<@|>$/g, '').replace(/^@/, '')}`,
  });
  return {
    deps,
    ctx,
    run: (user, text, channelId) => handleCommand(deps, ctx(user, channelId), text),
    setNow(iso) {
      now = parseNow(iso, 'Europe/Stockholm');
    },
    elapse(ms) {
      elapsed += ms;
    },
  };
}
