// Named sets other than places (`sets:`): the year-8 classes, the villages, the housing units a
// coverage promise must reach. A member is logged where a place is (`/logga lag och rätt 8A Skola 1`)
// and stored by its id. A member may belong to one school year (`schoolYear: 2018/19`): "8A Skola 1"
// of 2017/18 and of 2018/19 are different classes with the same name, told apart by the entry's date.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { IsoDate } from '../types.ts';
import { schoolYearSpan } from './count-units.ts';

export type SetMemberDef = PromiseSetDef['sets'][number]['members'][number];

export function findMember(
  set: PromiseSetDef,
  id: string,
): { set: PromiseSetDef['sets'][number]; member: SetMemberDef } | null {
  for (const s of set.sets) {
    const member = s.members.find((m) => m.id === id);
    if (member) return { set: s, member };
  }
  return null;
}

/** Whether `date` lies in the member's school year (always, for a member without one). */
export function inSchoolYear(member: SetMemberDef, date: IsoDate): boolean {
  if (member.schoolYear === undefined) return true;
  const span = schoolYearSpan(member.schoolYear);
  return date >= span.start && date <= span.end;
}

/**
 * The member an entry dated `date` means: a member written by a name that another member of the same
 * set shares (the same class in another school year) is the one whose school year holds the date.
 * Anything else is returned as it is.
 */
export function resolveMember(set: PromiseSetDef, placeId: string, date: IsoDate): string {
  const found = findMember(set, placeId);
  if (!found || inSchoolYear(found.member, date)) return placeId;
  const name = normaliseWord(found.member.name);
  const twin = found.set.members.find((m) => normaliseWord(m.name) === name && inSchoolYear(m, date));
  return twin?.id ?? placeId;
}

/** `8A Skola 1 (läsåret 2018/19)`: a member's name, with its school year when it has one. */
export function memberName(set: PromiseSetDef, id: string): string | null {
  const found = findMember(set, id);
  if (!found) return null;
  const year = found.member.schoolYear;
  return year ? `${found.member.name} (läsåret ${year})` : found.member.name;
}
