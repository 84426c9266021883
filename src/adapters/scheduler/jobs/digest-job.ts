// The weekly digest, on each channel's day and time (`/loften schema`; Monday 08:00 by default, the
// next working day after a holiday). It ticks every five minutes from 06:00 to 22:55: the first tick
// at or after a channel's time sends, later ones take over a claim a crashed replica left behind
// (after 10 minutes) or send one missed while the bot was down.
import { runDueRuns } from '../../../app/digest/run-due-runs.ts';
import type { ScheduledJob } from './job.ts';

export const digestJob: ScheduledJob = {
  id: 'digest',
  cron: '*/5 6-22 * * *',
  run: async (ctx) => {
    await runDueRuns(ctx.deps, { ...ctx, kinds: ['digest'] });
  },
};
