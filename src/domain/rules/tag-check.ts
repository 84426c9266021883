// `targetGroups` / `methods` on a promise: with `required` (the default) only activities logged with
// one of the listed target groups and one of the listed methods count ("riktade kontroller mot
// mopeder … civilt och uniformerat"). Without `required` they are only recorded.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';

export type TagCheck = (activity: Activity) => boolean;

function requiredIds(list: { anyOf: string[]; required: boolean } | undefined): Set<string> | null {
  return list?.required ? new Set(list.anyOf) : null;
}

/** null when nothing is required, so the hot loop can skip it. */
export function createTagCheck(commitment: CommitmentDef): TagCheck | null {
  const groups = requiredIds(commitment.targetGroups);
  const methods = requiredIds(commitment.methods);
  if (!groups && !methods) return null;
  return (activity) =>
    (!groups || activity.targetGroups.some((g) => groups.has(g))) &&
    (!methods || activity.methods.some((m) => methods.has(m)));
}

function names(ids: readonly string[], list: PromiseSetDef['targetGroups']): string {
  return ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join(', ');
}

/** The required lists an activity lacks (all required lists without an activity). */
function lacking(commitment: CommitmentDef, set: PromiseSetDef, activity: Activity | null) {
  const lists = [
    {
      rule: commitment.targetGroups,
      list: set.targetGroups,
      logged: activity?.targetGroups,
      word: 'målgrupp',
    },
    { rule: commitment.methods, list: set.methods, logged: activity?.methods, word: 'metod' },
  ];
  return lists.flatMap(({ rule, list, logged, word }) =>
    rule?.required && !(logged ?? []).some((id) => rule.anyOf.includes(id))
      ? [{ word, ids: rule.anyOf, list }]
      : [],
  );
}

/** `målgrupp (Mopeder, A-traktorer) och metod (Civilt)`: what the activity lacks; null when it counts. */
export function explainTags(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activity: Activity,
): string | null {
  const parts = lacking(commitment, set, activity).map((l) => `${l.word} (${names(l.ids, l.list)})`);
  return parts.length === 0 ? null : parts.join(' och ');
}

/**
 * What the promise requires: `målgrupp (Mopeder, A-traktorer) och metod (Civilt)` for "löftet kräver …",
 * or joined with `eller` for "utan …", where an activity may lack either.
 */
export function describeRequiredTags(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  joiner: 'och' | 'eller' = 'och',
): string {
  return lacking(commitment, set, null)
    .map((l) => `${l.word} (${names(l.ids, l.list)})`)
    .join(` ${joiner} `);
}

/** A word that logs the first missing target group or method, for "logga igen med t.ex. …". */
export function tagExample(commitment: CommitmentDef, set: PromiseSetDef, activity: Activity | null): string {
  const first = lacking(commitment, set, activity)[0];
  if (!first) return '';
  const item = first.list.find((x) => x.id === first.ids[0]);
  return item ? (item.aliases[0] ?? item.name.toLowerCase()) : (first.ids[0] ?? '');
}
