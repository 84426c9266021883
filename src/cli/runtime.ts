// The composition root: config → storage → use-case dependencies. Every entry point starts here.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReportDocuments } from '../adapters/documents/index.ts';
import { type AppLogger, createLogger } from '../adapters/logging/create-logger.ts';
import { createSwedishHolidays } from '../adapters/scheduler/swedish-holidays.ts';
import { openStore } from '../adapters/storage/open-store.ts';
import { elapsedMs, fixedClock, parseNow, systemClock } from '../app/clock.ts';
import type { AppDeps } from '../app/deps.ts';
import { ensureDefaults } from '../app/ensure-defaults.ts';
import { createBindingCache } from '../app/get-bound-set.ts';
import { createLedgerCache } from '../app/ledger-cache.ts';
import { createRateLimiter } from '../app/rate-limiter.ts';
import type { Config } from '../config.ts';
import type { HolidayLookup } from '../domain/digest/find-digest-day.ts';

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Runtime {
  config: Config;
  deps: AppDeps;
  log: AppLogger;
  close(): Promise<void>;
}

/** The holiday calendar is read on the first plan that needs it, not at every start of the console. */
function lazyHolidays(): HolidayLookup {
  let lookup: HolidayLookup | null = null;
  return (date) => {
    lookup ??= createSwedishHolidays();
    return lookup(date);
  };
}

export async function openRuntime(config: Config, extraAdmins: string[] = []): Promise<Runtime> {
  const log = createLogger(config.logLevel);
  const store = await openStore(config.databaseUrl);
  const clock = config.now ? fixedClock(parseNow(config.now, config.timeZone)) : systemClock;
  const deps: AppDeps = {
    log,
    store,
    clock,
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(config.rateLimitPerMinute, elapsedMs),
    admins: [...config.admins, ...extraAdmins],
    timeZone: config.timeZone,
    retentionMonths: config.retentionMonths,
    reports: createReportDocuments(),
    holidayName: lazyHolidays(),
  };
  // The promise file for a fresh database: as given (relative to where the command runs), else the shipped one.
  await ensureDefaults(deps, () =>
    readFile(config.promisesFile, 'utf8').catch(() =>
      readFile(resolve(projectRoot, config.promisesFile), 'utf8'),
    ),
  );
  return { config, deps, log, close: () => store.close() };
}
