// Use-case dependencies over a store (in memory unless one is given) with a promise set bound to the
// console channel (Överkalix 2018 unless another file or seed is given), on a clock the test moves.
import { createMemoryStore } from '../../src/adapters/storage/memory-store.ts';
import type { ReportDocuments } from '../../src/app/build-report.ts';
import { elapsedMs, fixedClock, parseNow } from '../../src/app/clock.ts';
import type { AppDeps, CommandContext } from '../../src/app/deps.ts';
import { CONSOLE_CHANNEL, ensureDefaults } from '../../src/app/ensure-defaults.ts';
import { createBindingCache } from '../../src/app/get-bound-set.ts';
import { handleCommand } from '../../src/app/handle-command.ts';
import { createLedgerCache } from '../../src/app/ledger-cache.ts';
import type { Store } from '../../src/app/ports.ts';
import { createRateLimiter } from '../../src/app/rate-limiter.ts';
import type { Reply } from '../../src/domain/reply.ts';
import { overkalixText } from './build-activity.ts';

export { overkalixText };

export interface CoreHarnessOptions {
  store?: Store;
  /** Raw user ids that are admins everywhere; `console:admin` unless given. */
  admins?: string[];
  /** Report documents, for tests of `/rapport` files; none (text only) unless given. */
  reports?: ReportDocuments;
  /** The promise file bound to the console channel; Överkalix 2018 unless given. */
  promiseFile?: string;
  /** Seeds the store instead of binding the promise file to the console channel. */
  seed?: (deps: AppDeps) => Promise<void>;
  /** Display names by console user name (`eva` → `Eva Lindqvist`), as a platform would send them. */
  userNames?: Record<string, string>;
}

export interface CoreHarness {
  deps: AppDeps;
  /** Moves the clock to a local time in Europe/Stockholm (`2019-01-15T09:00`). */
  setNow(localTime: string): void;
  /** The console user `anna` in the console channel. */
  ctx: CommandContext;
  /** A console user in the console channel, with the display name `userNames` gives it. */
  consoleUser(user: string): CommandContext;
  /** Runs one line as a console user in the console channel. */
  run(user: string, line: string): Promise<Reply>;
}

export async function createCoreHarness(
  now = '2018-03-19T08:00:00',
  options: CoreHarnessOptions = {},
): Promise<CoreHarness> {
  const store = options.store ?? createMemoryStore();
  let instant = parseNow(now, 'Europe/Stockholm');
  const deps: AppDeps = {
    log: { info() {}, warn() {}, error() {} },
    store,
    clock: { now: () => fixedClock(instant).now() },
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(1000, elapsedMs),
    admins: options.admins ?? ['console:admin'],
    timeZone: 'Europe/Stockholm',
    ...(options.reports ? { reports: options.reports } : {}),
  };
  if (options.seed) await options.seed(deps);
  else await ensureDefaults(deps, async () => options.promiseFile ?? overkalixText);
  const consoleUser = (user: string): CommandContext => {
    const userName = options.userNames?.[user];
    return {
      channelId: CONSOLE_CHANNEL,
      platform: 'console',
      userId: `console:${user}`,
      platformUserId: `console:${user}`,
      ...(userName ? { userName } : {}),
    };
  };
  return {
    deps,
    setNow: (t) => {
      instant = parseNow(t, 'Europe/Stockholm');
    },
    ctx: consoleUser('anna'),
    consoleUser,
    run: (user, line) => handleCommand(deps, consoleUser(user), line),
  };
}
