// `logga ändra`: the parts of a line read by the same grammar as `logga`, against the entry they change.
// `utan <fält>` (or `ingen`/`inget <fält>`) empties a field: `logga ändra 2 utan part`, `ingen plats`.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { IsoDate, Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { EntryDraft } from './command.ts';
import { vocabularyOf } from './parse-command.ts';
import { type EntryBase, parseEntry } from './parse-entry.ts';
import type { Token } from './tokenize-line.ts';
import { EDIT_USAGE, quotePart } from './usage.ts';

/** A field `utan <fält>` empties. */
export type ClearedField = 'place' | 'partners' | 'time' | 'note' | 'targetGroups' | 'methods';

/** The field words after `utan`/`ingen`, folded, and the field each empties. */
const FIELD_WORDS = new Map<string, ClearedField>([
  ['plats', 'place'],
  ['part', 'partners'],
  ['parter', 'partners'],
  ['partner', 'partners'],
  ['partners', 'partners'],
  ['samverkanspart', 'partners'],
  ['samverkansparter', 'partners'],
  ['samverkan', 'partners'],
  ['tid', 'time'],
  ['klockslag', 'time'],
  ['anteckning', 'note'],
  ['malgrupp', 'targetGroups'],
  ['malgrupper', 'targetGroups'],
  ['metod', 'methods'],
  ['metoder', 'methods'],
]);
const CLEAR_WORDS = new Set(['utan', 'ingen', 'inget', 'inga']);

/** The field's name in a reply: `Utan plats räknas …`. */
export const CLEARED_FIELD_WORD: Record<ClearedField, string> = {
  place: 'plats',
  partners: 'samverkanspart',
  time: 'tid',
  note: 'anteckning',
  targetGroups: 'målgrupp',
  methods: 'metod',
};

const CLEAR_USAGE = 'utan plats, utan part, utan tid, utan anteckning, utan målgrupp eller utan metod';

export interface EditDraft extends EntryDraft {
  /** Fields the line empties (`utan plats`), in the order written. */
  cleared: ClearedField[];
  /** `ändå`: the change is wanted even where the entry stops counting for a promise. */
  anyway: boolean;
}

/** The `utan <fält>` pairs taken out of the line; an error for `utan` with no field after it. */
function takeClears(parts: Token[]): Result<{ rest: Token[]; cleared: ClearedField[] }> {
  const rest: Token[] = [];
  const cleared: ClearedField[] = [];
  for (let i = 0; i < parts.length; i++) {
    const token = parts[i]!;
    const next = parts[i + 1];
    if (token.kind === 'word' && CLEAR_WORDS.has(token.folded)) {
      const field = next?.kind === 'word' ? FIELD_WORDS.get(next.folded) : undefined;
      if (field) {
        if (!cleared.includes(field)) cleared.push(field);
        i++;
        continue;
      }
      if (next === undefined || next.kind !== 'word') {
        return fail({
          code: 'unexpected',
          message: `${quotePart(token.raw)} vad? Skriv vad som ska tas bort: ${CLEAR_USAGE}, t.ex. /logga ändra 2 utan part.`,
          part: token.raw,
          field: 'text',
        });
      }
    }
    rest.push(token);
  }
  return ok({ rest, cleared });
}

/** The base with the cleared fields emptied: the line's other parts then read against it as usual. */
function withoutFields<B extends EntryBase>(base: B, cleared: readonly ClearedField[]): B {
  const out = { ...base };
  for (const field of cleared) {
    if (field === 'place' || field === 'time' || field === 'note') out[field] = null;
    else out[field] = [];
  }
  return out;
}

/** A field both emptied and given (`utan plats Skolan`): which one is meant is unclear, so ask. */
function clearedAndGiven(draft: EntryDraft, cleared: readonly ClearedField[], note: string | null) {
  return cleared.find((field) => {
    if (field === 'note') return note !== null;
    if (field === 'place' || field === 'time') return draft[field] !== null;
    return draft[field].length > 0;
  });
}

/** The entry with the parts of the line in place of its own; every other field stays as it was. */
export function parseEdit(
  base: EntryBase & { planned: boolean },
  parts: Token[],
  note: string | null,
  ctx: { set: PromiseSetDef; today: IsoDate },
): Result<EditDraft> {
  const vocabulary = vocabularyOf(ctx.set);
  const first = parts[0];
  if (first?.kind === 'word' && vocabulary.activities.byPhrase.has(first.folded)) {
    return fail({
      code: 'unexpected',
      message: `Aktiviteten går inte att ändra (${quotePart(first.raw)}): ångra posten med /logga ångra och logga den på nytt. Ändra plats, datum, antal, parter eller anteckning med ${EDIT_USAGE}`,
      part: first.raw,
      field: 'promise',
    });
  }
  const taken = takeClears(parts);
  if (!taken.ok) return taken;
  const { rest, cleared } = taken.value;
  const anyway = rest.some((t) => t.kind === 'word' && t.folded === 'anda');
  const parsed = parseEntry(rest, note, {
    set: ctx.set,
    vocabulary,
    today: ctx.today,
    mode: base.planned ? 'plan' : 'log',
    base: withoutFields(base, cleared),
  });
  if (!parsed.ok) return parsed;
  const both = clearedAndGiven(parsed.value, cleared, note);
  if (both) {
    return fail({
      code: 'unexpected',
      message: `Både "utan ${CLEARED_FIELD_WORD[both]}" och en ny ${CLEARED_FIELD_WORD[both]} på samma rad: skriv det ena. Ta bort med utan ${CLEARED_FIELD_WORD[both]}, eller byt genom att bara skriva den nya.`,
      field: 'text',
    });
  }
  return ok({ ...parsed.value, cleared, anyway });
}
