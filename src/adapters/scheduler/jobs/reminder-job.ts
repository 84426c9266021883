// After the period, until the written summary is due (January for a calendar year): a weekly
// reminder on the digest day, same claim mechanism as the digest, keyed by date.
import { runDueRuns } from '../../../app/digest/run-due-runs.ts';
import type { ScheduledJob } from './job.ts';

export const reminderJob: ScheduledJob = {
  id: 'reminder',
  cron: '*/5 6-22 * * *',
  run: async (ctx) => {
    await runDueRuns(ctx.deps, { ...ctx, kinds: ['reminder'] });
  },
};
