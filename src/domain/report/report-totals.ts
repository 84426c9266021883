// Totals per place and per partner over every performed activity of the period. An event logged
// for several promises is one event here, so the totals do not double count.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { partnerName, placeName } from './report-activity.ts';
import type { ReportTotal } from './types.ts';

function add(totals: Map<string, ReportTotal>, id: string, name: string, count: number): void {
  const total = totals.get(id);
  if (total) {
    total.activities++;
    total.count += count;
  } else {
    totals.set(id, { id, name, activities: 1, count });
  }
}

function sorted(totals: Map<string, ReportTotal>): ReportTotal[] {
  return [...totals.values()].sort(
    (a, b) => b.activities - a.activities || b.count - a.count || a.name.localeCompare(b.name, 'sv'),
  );
}

export function reportTotals(
  set: PromiseSetDef,
  performed: readonly Activity[],
): { places: ReportTotal[]; partners: ReportTotal[] } {
  const places = new Map<string, ReportTotal>();
  const partners = new Map<string, ReportTotal>();
  for (const activity of performed) {
    if (activity.place !== null)
      add(places, activity.place, placeName(set, activity.place) ?? activity.place, activity.count);
    for (const partner of new Set(activity.partners))
      add(partners, partner, partnerName(set, partner), activity.count);
  }
  return { places: sorted(places), partners: sorted(partners) };
}
