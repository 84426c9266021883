// The scheduler: jobs on node-cron in the set's zone, plus a catch-up tick at start. Each tick
// reads the injected clock, never the cron's own time, so tests drive a year by calling `tick`.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { Sleep } from '../../app/digest/post-with-retry.ts';
import type { ChannelPoster } from '../../app/ports.ts';
import type { HolidayLookup } from '../../domain/digest/find-digest-day.ts';
import type { Platform } from '../../domain/types.ts';
import { digestJob } from './jobs/digest-job.ts';
import type { ScheduledJob } from './jobs/job.ts';
import { reminderJob } from './jobs/reminder-job.ts';
import { createSwedishHolidays } from './swedish-holidays.ts';

export const defaultJobs: ScheduledJob[] = [digestJob, reminderJob];

export interface SchedulerOptions {
  jobs?: ScheduledJob[];
  instanceId?: string;
  holidayName?: HolidayLookup;
  sleep?: Sleep;
}

export interface Scheduler {
  /** Runs every job once now (by the injected clock); resolves when they are done. */
  tick(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export function createScheduler(
  deps: AppDeps,
  log: Logger,
  posters: Partial<Record<Platform, ChannelPoster>>,
  options: SchedulerOptions = {},
): Scheduler {
  const jobs = options.jobs ?? defaultJobs;
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const holidayName = options.holidayName ?? createSwedishHolidays();
  const sentKeys = new Set<string>();
  const running = new Map<string, Promise<void>>();
  const tasks: ScheduledTask[] = [];
  let stopped = false;

  const runJob = (job: ScheduledJob): Promise<void> => {
    const inFlight = running.get(job.id);
    if (inFlight) return inFlight;
    const run = job
      .run({ deps, posters, holidayName, instanceId, sentKeys, sleep: options.sleep, now: deps.clock.now() })
      .catch((error: unknown) => {
        log.error(
          { job: job.id, err: error instanceof Error ? error.message : String(error) },
          'scheduled job failed',
        );
      })
      .finally(() => running.delete(job.id));
    running.set(job.id, run);
    return run;
  };

  return {
    async tick() {
      for (const job of jobs) await runJob(job);
    },
    start() {
      for (const job of jobs) {
        tasks.push(
          cron.schedule(
            job.cron,
            () => {
              if (!stopped) void runJob(job);
            },
            { timezone: deps.timeZone, name: `loftesbot-${job.id}`, noOverlap: true },
          ),
        );
      }
      // A digest missed while the bot was down goes out now (the same week only: see findDueRuns).
      void this.tick();
      log.info({ jobs: jobs.map((j) => `${j.id} ${j.cron}`), instanceId }, 'scheduler started');
    },
    async stop() {
      stopped = true;
      await Promise.all(tasks.map((t) => t.destroy()));
      await Promise.allSettled([...running.values()]);
    },
  };
}
