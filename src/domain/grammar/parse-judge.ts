// `/loften bedöm <löfte> <status> "orsak"`: a person's status for a promise without a number.
// The reason is required when it is not going to plan, so the report can say why. `för 2019` gives an
// ended year of a multi-year set its late, final judgement.

import { guardFreeText, personalDataError } from '../privacy/guard-free-text.ts';
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { sliceOf } from '../rules/slices.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import { formatPeriod } from '../time/format-swedish.ts';
import type { IsoDate, Result, StatusWord } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Command } from './command.ts';
import { NOT_BOUND } from './not-bound.ts';
import type { Token } from './tokenize-line.ts';

export const JUDGE_USAGE =
  '/loften bedöm <löfte> <uppfyllt|i fas|släpar|ej uppfyllt|ej aktuell> [för <år>] "orsak"';

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

export function parseJudge(
  args: Token[],
  note: string | null,
  set: PromiseSetDef | null,
  today: IsoDate,
): Result<Command> {
  if (!set) return fail(NOT_BOUND);
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
  // A final judgement for an earlier year of a multi-year set: `… uppfyllt för 2019` (or `… 2019`).
  let year: number | undefined;
  const last = rest.at(-1);
  if (last?.kind === 'word' && /^\d{4}$/.test(last.raw)) {
    year = Number(last.raw);
    rest.pop();
    const before = rest.at(-1);
    if (before?.kind === 'word' && before.folded === 'for') rest.pop();
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
  if (year !== undefined) {
    const problem = yearProblem(set, year, today, status);
    if (problem) {
      return fail({
        code: 'bad-period',
        message: `${problem} Inget har sparats.`,
        part: String(year),
        field: 'date',
      });
    }
  }
  return ok({
    kind: 'judge',
    promiseId: promise.id,
    status,
    reason,
    ...(year !== undefined ? { year } : {}),
  });
}

/**
 * Why a judgement cannot be given for `year`: only a set whose targets start over each year has
 * years of its own, and only a year that has ended takes a late, final judgement.
 */
function yearProblem(set: PromiseSetDef, year: number, today: IsoDate, status: StatusWord): string | null {
  if (!set.period.resetsEach) {
    return `Löftena i ${set.title} bedöms för hela perioden, inte per år: skriv bedömningen utan år.`;
  }
  const window = effectivePeriod(set);
  const slice = judgedYear(set, year);
  if (slice.end < window.start || slice.start > window.end) {
    return `${year} ligger utanför perioden ${formatPeriod(window.start, window.end)}.`;
  }
  if (today <= slice.end) {
    return `${year} är inte slut än: en bedömning för pågående år skrivs utan år.`;
  }
  if (status === 'i fas' || status === 'släpar') {
    return `${year} är slut: skriv en slutlig bedömning (uppfyllt, ej uppfyllt eller ej aktuell).`;
  }
  return null;
}

/** The year (calendar year, or the school year starting then) a judgement names, clipped to the period. */
export function judgedYear(set: PromiseSetDef, year: number): { start: IsoDate; end: IsoDate } {
  const day = set.period.resetsEach === 'school-year' ? `${year}-12-31` : `${year}-06-30`;
  return sliceOf(set, day, effectivePeriod(set));
}
