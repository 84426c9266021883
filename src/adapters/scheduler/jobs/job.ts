// A scheduled job is data: an id, a cron expression (Europe/Stockholm wall time) and what to run.

import type { AppDeps } from '../../../app/deps.ts';
import type { Sleep } from '../../../app/digest/post-with-retry.ts';
import type { ChannelPoster } from '../../../app/ports.ts';
import type { HolidayLookup } from '../../../domain/digest/find-digest-day.ts';
import type { Platform } from '../../../domain/types.ts';

export interface JobContext {
  deps: AppDeps;
  posters: Partial<Record<Platform, ChannelPoster>>;
  holidayName: HolidayLookup;
  instanceId: string;
  /** Keys this process has seen sent: later ticks of the day skip the database for them. */
  sentKeys: Set<string>;
  sleep?: Sleep;
  now: Date;
}

export interface ScheduledJob {
  id: string;
  /** Cron expression in local time; keep clear of 02:00–02:59 (skipped or doubled on DST nights). */
  cron: string;
  run(ctx: JobContext): Promise<void>;
}
