import type { PromiseSetDef } from '../domain/promise-set/schema.ts';
import { countingSources, countingTargets } from '../domain/rules/counting-sources.ts';

/**
 * For an entry naming `promiseIds`: the promises it counts for (`shown`, with `alsoCounts`), and the
 * promises whose entries count for those (`sources`) — what a status of the shown ones must read.
 */
export function relatedPromises(
  def: PromiseSetDef,
  promiseIds: readonly string[],
): { shown: string[]; sources: string[] } {
  const targets = countingTargets(def);
  const sourcesOf = countingSources(def);
  const shown = [...new Set(promiseIds.flatMap((id) => targets.get(id) ?? [id]))];
  const sources = [...new Set(shown.flatMap((id) => sourcesOf.get(id) ?? [id]))];
  return { shown, sources };
}

/** The set narrowed to the given promises, so status is computed only for them. */
export function narrowSet(def: PromiseSetDef, ids: readonly string[]): PromiseSetDef {
  return { ...def, promises: def.promises.filter((p) => ids.includes(p.id)) };
}
