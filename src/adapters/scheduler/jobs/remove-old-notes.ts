// Nightly retention: notes removed LOFTESBOT_RETENTION_MONTHS after a set's report date. One replica
// runs it per day (a claimed run), so the audit trail gets one entry per clearing.
import { DEFAULT_RETENTION_MONTHS, removeOldNotes } from '../../../app/retention/remove-old-notes.ts';
import { toLocalDate } from '../../../domain/time/index.ts';
import type { ScheduledJob } from './job.ts';

const CLAIM_TAKEOVER_MS = 30 * 60_000;

export const removeOldNotesJob: ScheduledJob = {
  id: 'remove-old-notes',
  cron: '30 3 * * *',
  run: async (ctx) => {
    const key = `remove-old-notes:${toLocalDate(ctx.now, ctx.deps.timeZone)}`;
    if (ctx.sentKeys.has(key)) return;
    if (!(await ctx.deps.store.claimRun(key, ctx.instanceId, ctx.now, CLAIM_TAKEOVER_MS))) return;
    await removeOldNotes(ctx.deps, ctx.deps.retentionMonths ?? DEFAULT_RETENTION_MONTHS, ctx.now);
    await ctx.deps.store.markRunSent(key, ctx.now);
    ctx.sentKeys.add(key);
  },
};
