// Two things every store call goes through, for both databases:
//
// - A busy SQLite file is waited for asynchronously. The connection's own busy timeout is 0: a
//   writer that meets another process's write lock fails at once (SQLITE_BUSY) instead of sleeping
//   inside the driver, which would stop the whole event loop (every request, /healthz) for as long
//   as the lock is held. Here the call is tried again after a growing pause, on timers, up to a
//   bound; then it fails with StoreBusyError ("Databasen är upptagen just nu …"). A store call is one
//   transaction (or a read), and a busy one has written nothing, so trying it again is safe.
// - Readiness follows writes: after several write calls in a row failed for the database's sake
//   (disk full, read-only file, connection lost) `isReady` says no, until a write succeeds again;
//   while it says no, each readiness check tries one small write of its own, so a replica that
//   receives no traffic still comes back when the database does.
import type { Store } from '../../app/ports.ts';
import { isProgramError, StoreBusyError } from '../../app/store-errors.ts';

export interface GuardOptions {
  /** SQLite: wait for a busy database asynchronously. PostgreSQL waits for locks without blocking. */
  retryBusy: boolean;
  /** Longest total wait for a busy database before StoreBusyError (default 2 500 ms). */
  busyBoundMs?: number;
  /** Write failures in a row after which the store is not ready (default 3). */
  failuresBeforeNotReady?: number;
  /** A small real write that leaves nothing behind: readiness while writes have been failing. */
  probeWrite: () => Promise<void>;
}

/** The first pause after a busy answer; each next one doubles, up to MAX_PAUSE_MS, with jitter. */
const FIRST_PAUSE_MS = 5;
const MAX_PAUSE_MS = 100;

/** SQLITE_BUSY (and SQLITE_LOCKED) from better-sqlite3, or wrapped by Prisma's driver adapter. */
export function isBusyError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
    if (typeof message === 'string' && /SQLITE_BUSY|SQLITE_LOCKED|database is locked/.test(message)) {
      return true;
    }
  }
  return false;
}

/** Store methods that only read (every other one writes). */
const isRead = (name: string) => /^(get|find|verify|export|isReady|close)/.test(name);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function guardStore(store: Store, options: GuardOptions): Store {
  const bound = options.busyBoundMs ?? 2500;
  const threshold = options.failuresBeforeNotReady ?? 3;
  let failuresInARow = 0;

  async function withBusyRetry<T>(call: () => Promise<T>): Promise<T> {
    const started = Date.now();
    let pause = FIRST_PAUSE_MS;
    for (;;) {
      try {
        return await call();
      } catch (error) {
        if (!options.retryBusy || !isBusyError(error)) throw error;
        const waited = Date.now() - started;
        if (waited >= bound) throw new StoreBusyError(waited, { cause: error });
        await sleep(Math.min(pause * (0.5 + Math.random()), bound - waited));
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
      }
    }
  }

  const guarded = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function') {
      guarded[name] = value;
      continue;
    }
    const method = value as (...args: unknown[]) => Promise<unknown>;
    if (name === 'close') {
      guarded[name] = method;
      continue;
    }
    const write = !isRead(name);
    guarded[name] = async (...args: unknown[]) => {
      try {
        const result = await withBusyRetry(() => method.apply(store, args));
        if (write) failuresInARow = 0;
        return result;
      } catch (error) {
        // Busy is another writer's doing and a bug is the program's: neither says the database is down.
        if (write && !(error instanceof StoreBusyError) && !isProgramError(error)) failuresInARow++;
        throw error;
      }
    };
  }
  guarded.isReady = async () => {
    if (!(await store.isReady())) return false;
    if (failuresInARow < threshold) return true;
    try {
      // Once, without waiting for a busy lock: /readyz answers at once.
      await options.probeWrite();
      failuresInARow = 0;
      return true;
    } catch {
      return false;
    }
  };
  return guarded as unknown as Store;
}
