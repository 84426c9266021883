// The Monday digest (the next working day after a holiday Monday). It ticks every ten minutes
// from 08:00 to 22:50: the first tick on the day sends, later ones take over a claim a crashed
// replica left behind (after 10 minutes) or send one missed while the bot was down.
import { runDueRuns } from '../../../app/digest/run-due-runs.ts';
import type { ScheduledJob } from './job.ts';

export const digestJob: ScheduledJob = {
  id: 'digest',
  cron: '*/10 8-22 * * *',
  run: async (ctx) => {
    await runDueRuns(ctx.deps, { ...ctx, kinds: ['digest'] });
  },
};
