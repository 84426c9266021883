// Nightly retention: free text removed LOFTESBOT_RETENTION_MONTHS after a set's report date. One replica
// runs it per day (a claimed run), so the audit trail gets one entry per clearing.
import { DEFAULT_RETENTION_MONTHS, removeOldText } from '../../../app/retention/remove-old-text.ts';
import { toLocalDate } from '../../../domain/time/index.ts';
import type { ScheduledJob } from './job.ts';

const CLAIM_TAKEOVER_MS = 30 * 60_000;

export const removeOldTextJob: ScheduledJob = {
  id: 'remove-old-text',
  cron: '30 3 * * *',
  run: async (ctx) => {
    const key = `remove-old-text:${toLocalDate(ctx.now, ctx.deps.timeZone)}`;
    if (ctx.sentKeys.has(key)) return;
    if (!(await ctx.deps.store.claimRun(key, ctx.instanceId, ctx.now, CLAIM_TAKEOVER_MS))) return;
    await removeOldText(ctx.deps, ctx.deps.retentionMonths ?? DEFAULT_RETENTION_MONTHS, ctx.now);
    await ctx.deps.store.markRunSent(key, ctx.now);
    ctx.sentKeys.add(key);
  },
};
