// `logga ändra`: the parts of a line read by the same grammar as `logga`, against the entry they change.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { IsoDate, Result } from '../types.ts';
import { fail } from '../types.ts';
import type { EntryDraft } from './command.ts';
import { vocabularyOf } from './parse-command.ts';
import { type EntryBase, parseEntry } from './parse-entry.ts';
import type { Token } from './tokenize-line.ts';
import { EDIT_USAGE, quotePart } from './usage.ts';

/** The entry with the parts of the line in place of its own; every other field stays as it was. */
export function parseEdit(
  base: EntryBase & { planned: boolean },
  parts: Token[],
  note: string | null,
  ctx: { set: PromiseSetDef; today: IsoDate },
): Result<EntryDraft> {
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
  return parseEntry(parts, note, {
    set: ctx.set,
    vocabulary,
    today: ctx.today,
    mode: base.planned ? 'plan' : 'log',
    base,
  });
}
