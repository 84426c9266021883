// Every bound channel with its health, for `loftesbot bindings`: where posts go, which cannot, since
// when, why, and what mends it.
import { describeSchedule, scheduleOf } from '../../domain/digest/schedule.ts';
import type { AppDeps } from '../deps.ts';
import type { ChannelBinding } from '../ports.ts';
import { describeProblem, describeRemedy } from './describe-post-failure.ts';

export interface BindingHealthRow {
  channelId: string;
  platform: ChannelBinding['platform'];
  setKey: string;
  boundAt: string;
  boundBy: string | null;
  /** `ok`, `unable` (a post was refused) or `inactive` (a lifecycle event stopped it). */
  state: 'ok' | 'unable' | 'inactive';
  reason: string | null;
  code: string | null;
  since: string | null;
  /** Swedish: what is wrong and what to do; null when healthy. */
  advice: string | null;
  /** When the digest comes (`/loften schema`): `onsdagar kl 09:30`, or `av`. */
  schedule: string;
}

export async function findBindingHealth(deps: Pick<AppDeps, 'store'>): Promise<BindingHealthRow[]> {
  return (await deps.store.findChannels()).map((b) => ({
    channelId: b.channelId,
    platform: b.platform,
    setKey: b.setKey,
    boundAt: b.boundAt,
    boundBy: b.boundBy ?? null,
    state: b.health?.state ?? 'ok',
    reason: b.health?.reason ?? null,
    code: b.health?.code ?? null,
    since: b.health?.since ?? null,
    advice: b.health
      ? `${describeProblem(b.health.reason, b.platform)} ${describeRemedy(b.health.reason, b.platform)}`
      : null,
    schedule: scheduleText(b.schedule),
  }));
}

function scheduleText(stored: ChannelBinding['schedule']): string {
  const schedule = scheduleOf(stored);
  return schedule.off ? `av (${describeSchedule(schedule)})` : describeSchedule(schedule);
}
