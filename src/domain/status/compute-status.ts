// The status of every promise of a set now. One pass groups the activities by promise, so the
// cost stays linear in the ledger (100 000 activities in a few ms).
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { evaluateRule } from '../rules/evaluate-rule.ts';
import { activityNoun } from '../rules/noun.ts';
import { disqualification } from '../rules/qualifies.ts';
import { createTimeline, createWeekRef } from '../rules/timeline.ts';
import type { Alert } from '../rules/types.ts';
import { watchPlaces } from '../rules/watch-places.ts';
import { weekSerialOfDate } from '../time/iso-week.ts';
import { toLocalDate } from '../time/local-date.ts';
import type { Activity } from '../types.ts';
import type { PromiseStatus, SetStatus } from './types.ts';

export function computeStatus(set: PromiseSetDef, activities: readonly Activity[], now: Date): SetStatus {
  const byPromise = new Map<string, Activity[]>();
  for (const activity of activities) {
    for (const id of activity.promiseIds) {
      const list = byPromise.get(id);
      if (list) list.push(activity);
      else byPromise.set(id, [activity]);
    }
  }
  const today = toLocalDate(now, set.timeZone);
  return {
    asOf: now.toISOString(),
    today,
    setKey: set.key,
    period: { start: set.period.start, end: set.period.end },
    currentWeek: createWeekRef(weekSerialOfDate(today)),
    ended: today > set.period.end,
    promises: set.promises.map((c) => computePromiseStatus(c, set, byPromise.get(c.id) ?? [], now)),
  };
}

function computePromiseStatus(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
): PromiseStatus {
  const evaluation = evaluateRule(commitment, set, activities, now);
  const timeline = createTimeline(commitment, set, now);
  const qualifying: Activity[] = [];
  const figureTotals: Record<string, number> = Object.fromEntries(commitment.figures.map((f) => [f.id, 0]));
  const planned: { date: string; place: string | null }[] = [];
  let missingPartner = 0;
  for (const activity of activities) {
    const reason = disqualification(commitment, set, activity);
    if (reason === null) {
      qualifying.push(activity);
      for (const [key, value] of Object.entries(activity.figures))
        figureTotals[key] = (figureTotals[key] ?? 0) + value;
    } else if (
      reason === 'planned' &&
      activity.date >= timeline.today &&
      activity.date <= timeline.window.end
    ) {
      planned.push({ date: activity.date, place: activity.place });
    } else if (reason === 'missing-partner') {
      missingPartner++;
    }
  }
  planned.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const watched = watchPlaces(commitment, set, qualifying, timeline);
  const alerts: Alert[] = [...evaluation.alerts, ...watched.alerts];
  if (missingPartner > 0 && !timeline.ended) {
    const names = (commitment.partners?.anyOf ?? []).map(
      (id) => set.partners.find((p) => p.id === id)?.name ?? id,
    );
    alerts.push({
      code: 'missing-partner',
      severity: 'warning',
      message: `${missingPartner} loggade räknas inte: samverkanspart saknas (${names.join(', ')}). Logga med "med <part>"`,
    });
  }
  const toPlace = (p: { place: string; name: string; weeks: number }) => ({
    place: p.place,
    name: p.name,
    weeks: p.weeks,
  });
  return {
    id: commitment.id,
    title: commitment.title,
    category: commitment.category,
    kind: commitment.rule.kind,
    unit: activityNoun(commitment).many,
    ...evaluation,
    watchedPlaces: watched.places.map(toPlace),
    silentPlaces: watched.places.filter((p) => p.silent).map(toPlace),
    planned,
    missingPartner,
    figureTotals,
    alerts,
  };
}
