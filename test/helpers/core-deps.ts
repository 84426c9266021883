// Use-case dependencies over the in-memory store with the Överkalix 2018 set bound to a console channel.
import { createMemoryStore } from '../../src/adapters/storage/memory-store.ts';
import { elapsedMs, fixedClock, parseNow } from '../../src/app/clock.ts';
import type { AppDeps, CommandContext } from '../../src/app/deps.ts';
import { ensureDefaults } from '../../src/app/ensure-defaults.ts';
import { createBindingCache } from '../../src/app/get-bound-set.ts';
import { createLedgerCache } from '../../src/app/ledger-cache.ts';
import type { Store } from '../../src/app/ports.ts';
import { createRateLimiter } from '../../src/app/rate-limiter.ts';
import { overkalixText } from './build-activity.ts';

export { overkalixText };

export interface CoreHarness {
  deps: AppDeps;
  setNow(localTime: string): void;
  ctx: CommandContext;
}

export async function createCoreHarness(
  now = '2018-03-19T08:00:00',
  store: Store = createMemoryStore(),
): Promise<CoreHarness> {
  let instant = parseNow(now, 'Europe/Stockholm');
  const deps: AppDeps = {
    log: { info() {}, warn() {}, error() {} },
    store,
    clock: { now: () => fixedClock(instant).now() },
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(1000, elapsedMs),
    admins: ['console:admin'],
    timeZone: 'Europe/Stockholm',
  };
  await ensureDefaults(deps, async () => overkalixText);
  return {
    deps,
    setNow: (t) => {
      instant = parseNow(t, 'Europe/Stockholm');
    },
    ctx: {
      channelId: 'console:lokal',
      platform: 'console',
      userId: 'console:anna',
      platformUserId: 'console:anna',
    },
  };
}
