// `loftesbot demo`: writes the demo year through the store, so every row is attributed and
// audited (action `demo`) like anything a user logs. The year is filled only up to today (the clock,
// `--now`): what lies after it is stored as planned, as a working group would have it.
import { toLocalDate } from '../../domain/time/local-date.ts';
import type { AppDeps } from '../deps.ts';
import { DEMO_SET_KEY, generateDemoYear } from './generate-demo-year.ts';

export type FillDemoResult =
  | { ok: true; activities: number; planned: number; setKey: string }
  | { ok: false; message: string };

export async function fillDemo(deps: AppDeps, setKey: string): Promise<FillDemoResult> {
  if (setKey !== DEMO_SET_KEY) {
    return {
      ok: false,
      message: `Demodata finns bara för ${DEMO_SET_KEY}, men konsolen följer ${setKey}. Använd en ny databas (DATABASE_URL) för demon.`,
    };
  }
  if ((await deps.store.findActivities(setKey)).length > 0) {
    return {
      ok: false,
      message: `Databasen har redan aktiviteter för ${setKey}; demon fyller bara en tom databas. Använd en ny DATABASE_URL.`,
    };
  }
  const now = deps.clock.now();
  const today = toLocalDate(now, deps.timeZone);
  const activities = generateDemoYear().map((a) => (a.date > today ? { ...a, planned: true } : a));
  for (const activity of activities) {
    // Logged the evening of the day it happened, as a real entry would be (never after now); a plan now.
    const evening = new Date(`${activity.date}T17:00:00Z`);
    const loggedAt = activity.planned || evening > now ? now : evening;
    await deps.store.createActivity(
      activity,
      { actor: 'system:demo', platform: 'console', action: 'demo' },
      loggedAt,
    );
  }
  const planned = activities.filter((a) => a.planned).length;
  return { ok: true, activities: activities.length - planned, planned, setKey };
}
