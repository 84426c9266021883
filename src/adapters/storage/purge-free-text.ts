// What a retention purge leaves of an activity (Store.purgeFreeText), the same for every store: no
// note, no place or partner typed free (only ids of the set's file stay), and only the logger as
// participant. Counts, dates, promises, target groups, methods and figures stay.
import type { PurgedText } from '../../app/ports.ts';
import type { KnownIds } from './audit-chain.ts';

export interface PurgeableFields {
  place: string | null;
  partners: string[];
  participants: string[];
  note: string | null;
  userId: string;
}

export type PurgedFields = Pick<PurgeableFields, 'place' | 'partners' | 'participants' | 'note'>;

export const NOTHING_PURGED: PurgedText = {
  notes: 0,
  places: 0,
  partners: 0,
  participants: 0,
  reasons: 0,
  comments: 0,
};

export const purgedAnything = (p: PurgedText) => Object.values(p).some((n) => n > 0);

/** The fields without free text, or null when there was none; `counts` is told what went. */
export function purgeActivityFields(
  row: PurgeableFields,
  known: KnownIds,
  counts: PurgedText,
): PurgedFields | null {
  const place = row.place !== null && !known.places.has(row.place) ? null : row.place;
  const partners = row.partners.filter((p) => known.partners.has(p));
  const participants = row.participants.every((p) => p === row.userId) ? row.participants : [row.userId];
  const changed = {
    notes: row.note !== null,
    places: place !== row.place,
    partners: partners.length !== row.partners.length,
    participants: participants !== row.participants,
  };
  if (!Object.values(changed).some(Boolean)) return null;
  for (const [kind, did] of Object.entries(changed)) if (did) counts[kind as keyof PurgedText] += 1;
  return { place, partners, participants, note: null };
}
