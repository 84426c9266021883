// `/loften bedöm <löfte> <status> "orsak"`: a person's status for a promise without a number.
// The reason is required when it is not going to plan, so the report can say why.

import { guardFreeText, personalDataError } from '../privacy/guard-free-text.ts';
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { Result, StatusWord } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Command } from './command.ts';
import type { Token } from './tokenize-line.ts';

export const JUDGE_USAGE = '/loften bedöm <löfte> <uppfyllt|i fas|släpar|ej uppfyllt|ej aktuell> "orsak"';

const STATUSES: Record<string, StatusWord> = lookupTable({
  uppfyllt: 'uppfyllt',
  klar: 'uppfyllt',
  'i fas': 'i fas',
  slapar: 'släpar',
  'ej uppfyllt': 'ej uppfyllt',
  'inte uppfyllt': 'ej uppfyllt',
  'ej aktuell': 'ej aktuell',
  'inte aktuell': 'ej aktuell',
});

/** Statuses that need a reason: anything but going to plan. */
export function needsReason(status: StatusWord): boolean {
  return status !== 'uppfyllt' && status !== 'i fas';
}

export function parseJudge(args: Token[], note: string | null, set: PromiseSetDef | null): Result<Command> {
  if (!set) {
    return fail({
      code: 'not-bound',
      message:
        'Den här kanalen är inte kopplad till några medborgarlöften än. En administratör kopplar den med /loften koppla <nyckel>.',
    });
  }
  const [first, ...rest] = args;
  if (first === undefined || first.kind !== 'word') {
    return fail({
      code: 'empty',
      message: `Skriv vilket löfte och vilken status. Skriv: ${JUDGE_USAGE}`,
      field: 'promise',
    });
  }
  const key = first.folded;
  const promise = set.promises.find((c) => c.id === key || c.words.some((w) => normaliseWord(w) === key));
  if (!promise) {
    const judged = set.promises.filter((c) => c.rule.kind === 'judged').map((c) => c.id);
    return fail({
      code: 'unknown-activity',
      message: `Okänt löfte "${first.raw}". Löften som bedöms: ${judged.join(', ') || 'inga'}. Skriv: ${JUDGE_USAGE}`,
      part: first.raw,
      field: 'promise',
    });
  }
  const words = rest.map((t) => (t.kind === 'word' ? t.folded : t.kind === 'comma' ? ',' : t.raw));
  const status = STATUSES[words.join(' ')];
  if (status === undefined) {
    const part = rest.map((t) => (t.kind === 'comma' ? ',' : t.raw)).join(' ');
    return fail({
      code: 'unexpected',
      message: `${part ? `Okänd status "${part}". ` : 'Status saknas. '}Skriv: ${JUDGE_USAGE}`,
      ...(part ? { part } : {}),
      field: 'text',
    });
  }
  const reason = note?.trim() || null;
  if (reason === null && needsReason(status)) {
    return fail({
      code: 'bad-note',
      message: `Skriv en orsak när status är ${status}, t.ex. /loften bedöm ${promise.id} ${status} "kort orsak". Inget har sparats.`,
      field: 'note',
    });
  }
  const personal = guardFreeText(reason, 'reason');
  if (personal) return fail(personalDataError(personal, 'note'));
  return ok({ kind: 'judge', promiseId: promise.id, status, reason });
}
