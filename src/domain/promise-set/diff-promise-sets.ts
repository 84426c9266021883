// What importing a promise file would change, compared with the stored version: `loftesbot import
// --dry-run` prints it, so an admin sees the effect of an edit before anything is saved.
import type { PromiseSetDef } from './schema.ts';

export interface PromiseSetDiff {
  /** Top-level keys other than `promises` whose value differs (`period`, `places`). */
  header: string[];
  added: string[];
  removed: string[];
  /** Promise id and the keys of it that differ (`rule`, `words`). */
  changed: { id: string; keys: string[] }[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function differingKeys(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: string[] = [],
): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.includes(k));
  return keys.filter((k) => !same(a[k], b[k]));
}

export function diffPromiseSets(before: PromiseSetDef, after: PromiseSetDef): PromiseSetDiff {
  const old = new Map(before.promises.map((p) => [p.id, p]));
  const now = new Map(after.promises.map((p) => [p.id, p]));
  const changed: PromiseSetDiff['changed'] = [];
  for (const [id, p] of now) {
    const was = old.get(id);
    if (!was) continue;
    const keys = differingKeys(
      was as unknown as Record<string, unknown>,
      p as unknown as Record<string, unknown>,
    );
    if (keys.length > 0) changed.push({ id, keys });
  }
  return {
    header: differingKeys(
      before as unknown as Record<string, unknown>,
      after as unknown as Record<string, unknown>,
      ['promises'],
    ),
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed,
  };
}

/** The diff in Swedish, one line each; empty when nothing differs. */
export function describeDiff(diff: PromiseSetDiff): string[] {
  const lines: string[] = [];
  if (diff.header.length > 0) lines.push(`ändrat i filens huvud: ${diff.header.join(', ')}`);
  for (const id of diff.added) lines.push(`nytt löfte: ${id}`);
  for (const id of diff.removed) lines.push(`borttaget löfte: ${id}`);
  for (const c of diff.changed) lines.push(`ändrat löfte: ${c.id} (${c.keys.join(', ')})`);
  return lines;
}
