// The chief's adoption of a follow-up (`/rapport <år> fastställ`): recorded once per report (the whole
// period, or a part of it), attributed and dated. The whole period's adoption is what delivers the set's
// own deadline promise, the written summary due at `reportDue`.
import { formatDate } from '../time/format-swedish.ts';
import type { IsoDate } from '../types.ts';

export interface ReportAdoption {
  setKey: string;
  /** The part adopted (`t2-2019`, `tertial 2 2019`), or null for the whole period. */
  part: { slug: string; label: string } | null;
  userId: string;
  /** The chief's display name, when the platform gave one. */
  userName: string | null;
  /** Instant, ISO-8601. */
  at: string;
  /** Local date. */
  date: IsoDate;
}

/** As a report prints it: `15 januari 2019 av Eva Chef`. */
export interface ReportAdoptionNote {
  date: IsoDate;
  day: string;
  /** Who adopted it; null in the version for citizens. */
  by: string | null;
}

/** `Fastställd 15 januari 2019 av Eva Chef.` */
export function adoptionLine(note: ReportAdoptionNote): string {
  return `Fastställd ${note.day}${note.by ? ` av ${note.by}` : ''}.`;
}

export function toAdoptionNote(adoption: ReportAdoption): ReportAdoptionNote {
  return {
    date: adoption.date,
    day: formatDate(adoption.date, true),
    by: adoption.userName ?? adoption.userId.split(':').at(-1) ?? adoption.userId,
  };
}

/** The adoption of the report on `partSlug` (null: the whole period), if there is one. */
export function adoptionFor(
  adoptions: readonly ReportAdoption[],
  partSlug: string | null,
): ReportAdoption | null {
  return adoptions.find((a) => (a.part?.slug ?? null) === partSlug) ?? null;
}
