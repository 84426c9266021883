// `alsoCounts`: an activity logged for promise A also counts for the promises A names. Counting is
// one level deep, never transitive, so a promise's sources are itself and the promises naming it.
import type { PromiseSetDef } from '../promise-set/schema.ts';

// Both are asked for on every command; a set's file does not change, so each is built once per set.
const sourcesBySet = new WeakMap<PromiseSetDef, ReadonlyMap<string, readonly string[]>>();
const targetsBySet = new WeakMap<PromiseSetDef, ReadonlyMap<string, readonly string[]>>();

/** Promise id → the promise ids whose activities count for it. */
export function countingSources(set: PromiseSetDef): ReadonlyMap<string, readonly string[]> {
  let known = sourcesBySet.get(set);
  if (!known) {
    known = buildSources(set);
    sourcesBySet.set(set, known);
  }
  return known;
}

/** Promise id → the promises an activity naming it counts for (itself first). */
export function countingTargets(set: PromiseSetDef): ReadonlyMap<string, readonly string[]> {
  let known = targetsBySet.get(set);
  if (!known) {
    known = new Map(set.promises.map((c) => [c.id, [...new Set([c.id, ...c.alsoCounts])]]));
    targetsBySet.set(set, known);
  }
  return known;
}

function buildSources(set: PromiseSetDef): Map<string, string[]> {
  const sources = new Map<string, string[]>(set.promises.map((c) => [c.id, [c.id]]));
  for (const c of set.promises) {
    for (const target of c.alsoCounts) {
      const list = sources.get(target);
      if (list && !list.includes(c.id)) list.push(c.id);
    }
  }
  return sources;
}
