// What "Var?" names when a line lacks the place its promise counts at: the places that count for it
// (a subset with `places.only`: "hundsök i skolmiljö" offers Skolorna, not the central town), or, for
// coverage of a named set (the year-8 classes), the set's members of the entry's school year.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { placeSubset } from '../rules/place-subset.ts';
import { inSchoolYear } from '../rules/set-members.ts';
import type { IsoDate } from '../types.ts';

export interface PlacePrompt {
  /** `Var?`, or `Vilken av Årskurs 8-klasser?` */
  question: string;
  /** `på en plats`, or `för en av Årskurs 8-klasser` */
  oneOf: string;
  /** `på`, or `för` (a class is not a place one is at) */
  preposition: string;
  names: string[];
}

/** The named set a coverage promise must reach, when it has one. */
export function memberSetOf(
  promise: CommitmentDef,
  set: PromiseSetDef,
): PromiseSetDef['sets'][number] | null {
  const rule = promise.rule;
  if (rule.kind !== 'coverage' || rule.set === undefined) return null;
  return set.sets.find((s) => s.id === rule.set) ?? null;
}

export function placePrompt(promise: CommitmentDef, set: PromiseSetDef, date: IsoDate): PlacePrompt {
  const named = memberSetOf(promise, set);
  if (named) {
    const members = named.members.filter((m) => inSchoolYear(m, date));
    return {
      question: `Vilken av ${named.name}?`,
      oneOf: `för en av ${named.name}`,
      preposition: 'för',
      names: [...new Set((members.length > 0 ? members : named.members).map((m) => m.name))],
    };
  }
  const subset = placeSubset(promise, set);
  const places = subset ? set.places.filter((p) => subset.has(p.id)) : set.places;
  return { question: 'Var?', oneOf: 'på en plats', preposition: 'på', names: places.map((p) => p.name) };
}
