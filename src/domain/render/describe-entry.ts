// How a line was understood, echoed in every reply: "medborgarkontakt · Centrum · tis 20 mars (v.12) · 1 st".
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { formatDay, isoWeekOf } from '../time/index.ts';
import type { Activity } from '../types.ts';

export function describeEntry(
  set: PromiseSetDef,
  a: Pick<
    Activity,
    'promiseIds' | 'date' | 'time' | 'place' | 'count' | 'partners' | 'participants' | 'note' | 'figures'
  >,
): string {
  const words = a.promiseIds.map((id) => set.promises.find((p) => p.id === id)?.words[0] ?? id);
  const parts = [words.join(' + ')];
  if (a.place) parts.push(placeName(set, a.place));
  parts.push(`${formatDay(a.date)}${a.time ? ` kl ${a.time}` : ''} (v.${isoWeekOf(a.date).week})`);
  parts.push(`${a.count} st`);
  if (a.partners.length > 0) parts.push(`med ${a.partners.map((p) => partnerName(set, p)).join(', ')}`);
  if (a.participants.length > 1) parts.push(`${a.participants.length} deltagare`);
  for (const [id, value] of Object.entries(a.figures)) {
    const label = set.promises.flatMap((p) => p.figures).find((f) => f.id === id)?.label ?? id;
    parts.push(`${value} ${label}`);
  }
  if (a.note) parts.push(`"${a.note}"`);
  return parts.join(' · ');
}

export function placeName(set: PromiseSetDef, place: string): string {
  return set.places.find((p) => p.id === place)?.name ?? place;
}

export function partnerName(set: PromiseSetDef, partner: string): string {
  return set.partners.find((p) => p.id === partner)?.name ?? partner;
}
