// WAL checkpoints off the event loop. SQLite copies the write-ahead log back into the database file
// (and syncs it) inside whichever commit crosses the auto-checkpoint size: on the bot's one connection
// that stalled a command for 4–7 ms every 150 or so entries. A worker thread with its own connection
// checkpoints instead, while there are writes:
// - every quarter second a PASSIVE checkpoint copies what it can without waiting for anyone;
// - under writing so steady that it never finishes the log (new frames arrive while it copies; SQLite
//   starts the log over only once it is finished), past RESTART_FRAMES (32 MB) the worker asks for a
//   RESTART, which waits for the bot's current transaction and then holds its next one back while it
//   copies the frames since the last pass and syncs (a few ms). At everyday rates the passive pass
//   finishes between two entries and the log starts over without one.
// The bot's connection keeps a far larger auto-checkpoint only as a safety net. The worker starts
// with the first write and ends after half a minute without any, so an idle bot has no second thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Pages (4 KiB) the WAL may reach before the bot's own connection checkpoints after all. */
export const SAFETY_NET_PAGES = 20_000;
const INTERVAL_MS = 250;
const IDLE_ROUNDS = 120;
const RESTART_FRAMES = 8000;

// CommonJS source, so the same code runs from sources (tsx) and from the compiled build.
const source = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
// The busy timeout matters to RESTART only (PASSIVE never waits): long enough to get in between
// two of the bot's transactions.
const db = new Database(workerData.path, { timeout: 50 });
let last = -1;
let idle = 0;
const timer = setInterval(() => {
  try {
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
    if (log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
    idle = log === last ? idle + 1 : 0;
    last = log;
  } catch {
    idle++;
  }
  if (idle >= workerData.idleRounds) {
    clearInterval(timer);
    db.close();
  }
}, workerData.intervalMs);
`;

export interface Checkpointer {
  /** After a write: makes sure the worker runs. Cheap when it does. */
  touch(): void;
  running(): boolean;
  stop(): Promise<void>;
}

export function createCheckpointer(
  path: string,
  timing: { intervalMs?: number; idleRounds?: number; restartFrames?: number } = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  let worker: Worker | null = null;
  let stopped = false;
  return {
    touch() {
      if (worker || stopped) return;
      const started = new Worker(source, {
        eval: true,
        workerData: {
          driver,
          path,
          intervalMs: timing.intervalMs ?? INTERVAL_MS,
          idleRounds: timing.idleRounds ?? IDLE_ROUNDS,
          restartFrames: timing.restartFrames ?? RESTART_FRAMES,
        },
        resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
      });
      started.unref();
      // An error ends the worker: the next write starts another, and the safety net holds meanwhile.
      started.on('error', () => undefined);
      started.once('exit', () => {
        if (worker === started) worker = null;
      });
      worker = started;
    },
    running: () => worker !== null,
    async stop() {
      stopped = true;
      await worker?.terminate();
      worker = null;
    },
  };
}
