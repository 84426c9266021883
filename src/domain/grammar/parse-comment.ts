// `/loften kommentar <löfte> [år] [period] "text"`: the working group's comment on any promise, for the
// whole period or a part of it (`T2 2018`, `mars`), e.g. the reason behind `delvis uppfyllt`. The text
// goes through the personal-data guard like a note.
import { MAX_COMMENT } from '../comments/promise-comment.ts';
import { guardFreeText, personalDataError } from '../privacy/guard-free-text.ts';
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Command } from './command.ts';
import { NOT_BOUND } from './not-bound.ts';
import { parseReport } from './parse-report.ts';
import type { Token } from './tokenize-line.ts';

export const COMMENT_USAGE = '/loften kommentar <löfte> [år] [period] "text"';

export function parseComment(args: Token[], note: string | null, set: PromiseSetDef | null): Result<Command> {
  if (!set) return fail(NOT_BOUND);
  const [first, ...rest] = args;
  if (first === undefined || first.kind !== 'word') {
    return fail({
      code: 'empty',
      message: `Skriv vilket löfte kommentaren gäller. Skriv: ${COMMENT_USAGE}, t.ex. /loften kommentar aktivitetsdag "Ställdes in på grund av sjukdom".`,
      field: 'promise',
    });
  }
  const key = first.folded;
  const promise = set.promises.find((c) => c.id === key || c.words.some((w) => normaliseWord(w) === key));
  if (!promise) {
    return fail({
      code: 'unknown-activity',
      message: `Okänt löfte "${first.raw}". Löftena: ${set.promises.map((c) => c.id).join(', ')}. Skriv: ${COMMENT_USAGE}`,
      part: first.raw,
      field: 'promise',
    });
  }
  const when = parseReport(rest);
  if (!when.ok)
    return fail({
      ...when.error,
      message: when.error.message.replace(/Skriv: \/rapport.*$/s, `Skriv: ${COMMENT_USAGE}`),
    });
  if (when.value.kind !== 'report' || when.value.format !== undefined || when.value.public) {
    return fail({ code: 'unexpected', message: `Skriv: ${COMMENT_USAGE}`, field: 'text' });
  }
  const text = note?.trim() ?? '';
  if (text === '') {
    return fail({
      code: 'bad-note',
      message: `Skriv kommentaren inom citattecken, t.ex. /loften kommentar ${promise.id} "Ställdes in på grund av sjukdom". Inget har sparats.`,
      field: 'note',
    });
  }
  if (text.length > MAX_COMMENT) {
    return fail({
      code: 'bad-note',
      message: `Kommentaren är för lång: ${text.length} tecken, högst ${MAX_COMMENT}. Inget har sparats.`,
      field: 'note',
    });
  }
  const personal = guardFreeText(text, 'comment');
  if (personal) return fail(personalDataError(personal, 'note'));
  const { year, period } = when.value;
  return ok({
    kind: 'comment',
    promiseId: promise.id,
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
    text,
  });
}
