// Wires the scheduler for `npm start`: the digest and reminder jobs, posting through the
// platforms' posters.
import type { AppDeps, Logger } from '../../app/deps.ts';
import type { ChannelPoster } from '../../app/ports.ts';
import type { Platform } from '../../domain/types.ts';
import { createScheduler, defaultJobs, type SchedulerOptions } from './create-scheduler.ts';
import { removeOldTextJob } from './jobs/remove-old-text.ts';

export function startScheduler(
  deps: AppDeps,
  log: Logger,
  posters: Partial<Record<Platform, ChannelPoster>>,
  options: SchedulerOptions = {},
): { stop(): Promise<void> } {
  const scheduler = createScheduler(deps, log, posters, {
    jobs: [...defaultJobs, removeOldTextJob],
    ...options,
  });
  scheduler.start();
  return { stop: () => scheduler.stop() };
}
