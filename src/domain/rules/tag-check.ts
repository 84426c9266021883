// `targetGroups` / `methods` on a promise: with `required` (the default) only activities logged with
// one of the listed target groups (`anyOf`) and one of the listed methods count ("riktade kontroller
// mot mopeder … civilt och uniformerat"); with `allOf` every listed one must be named ("utbildning
// för lärare, elever och vårdnadshavare" in one session). Without `required` they are only recorded.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';

export type TagCheck = (activity: Activity) => boolean;

type TagList = CommitmentDef['targetGroups'];

/** Every id a list names (anyOf, then allOf). */
export function tagIds(list: TagList): string[] {
  return [...new Set([...(list?.anyOf ?? []), ...(list?.allOf ?? [])])];
}

function listHolds(list: TagList, logged: readonly string[]): boolean {
  if (!list?.required) return true;
  const anyOf = list.anyOf;
  if (anyOf && !logged.some((id) => anyOf.includes(id))) return false;
  return (list.allOf ?? []).every((id) => logged.includes(id));
}

/** null when nothing is required, so the hot loop can skip it. */
export function createTagCheck(commitment: CommitmentDef): TagCheck | null {
  const groups = commitment.targetGroups;
  const methods = commitment.methods;
  if (!groups?.required && !methods?.required) return null;
  return (activity) => listHolds(groups, activity.targetGroups) && listHolds(methods, activity.methods);
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
      words: 'målgrupperna',
    },
    {
      rule: commitment.methods,
      list: set.methods,
      logged: activity?.methods,
      word: 'metod',
      words: 'metoderna',
    },
  ];
  return lists.flatMap(({ rule, list, logged, word, words }) => {
    if (!rule?.required || listHolds(rule, logged ?? [])) return [];
    const out: { word: string; ids: string[]; list: typeof list; all: boolean }[] = [];
    const anyOf = rule.anyOf;
    if (anyOf && !(logged ?? []).some((id) => anyOf.includes(id)))
      out.push({ word, ids: anyOf, list, all: false });
    const allOf = rule.allOf;
    if (allOf && !allOf.every((id) => (logged ?? []).includes(id))) {
      out.push({ word: `alla ${words}`, ids: allOf, list, all: true });
    }
    return out;
  });
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
  const logged = first.all ? [...(activity?.targetGroups ?? []), ...(activity?.methods ?? [])] : [];
  const id = first.ids.find((x) => !logged.includes(x)) ?? first.ids[0];
  const item = first.list.find((x) => x.id === id);
  return item ? (item.aliases[0] ?? item.name.toLowerCase()) : (id ?? '');
}
