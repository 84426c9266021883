// The set's own deadline promise, the written summary due at `reportDue`, is what the follow-up itself
// delivers. Until the chief adopts the whole period's follow-up (`/rapport <år> fastställ`) it reads
// "denna sammanställning", never "inga aktiviteter"; once adopted it is met on the adoption's date (or
// missed, when that came after the due date), and the summary line counts it so.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { formatDate } from '../time/format-swedish.ts';
import { type ReportAdoption, toAdoptionNote } from './adoption.ts';
import { summariseOutcomes } from './build-report.ts';
import type { PromiseReport, ReportModel } from './types.ts';

export const THIS_REPORT_FIGURE = 'Levereras med denna sammanställning.';

/** The set's own deadline promise: a deadline due on the report date. */
export function ownReportPromiseId(set: PromiseSetDef): string | null {
  return set.promises.find((c) => c.rule.kind === 'deadline' && c.rule.due === set.reportDue)?.id ?? null;
}

/**
 * `adoptions`: the set's adoptions; the one for this report's scope is noted on the model (`adopted`),
 * and the whole period's one settles the own promise. Adoptions dated after the report's day are
 * not yet known to it.
 */
export function withOwnReport(
  model: ReportModel,
  set: PromiseSetDef,
  adoptions: readonly ReportAdoption[],
): ReportModel {
  const known = adoptions.filter((a) => a.setKey === set.key && a.date <= model.today);
  const thisOne = known.find((a) => (a.part?.slug ?? null) === (model.scope?.slug ?? null)) ?? null;
  const whole = known.find((a) => a.part === null) ?? null;
  const ownId = ownReportPromiseId(set);
  const promises = model.promises.map((p) => (p.id === ownId ? ownPromise(p, set.reportDue, whole) : p));
  const changed = promises.some((p, i) => p.final !== model.promises[i]!.final);
  return {
    ...model,
    ...(thisOne ? { adopted: toAdoptionNote(thisOne) } : {}),
    promises,
    ...(changed ? summariseOutcomes(promises, set.promises.length) : {}),
  };
}

function ownPromise(p: PromiseReport, due: string, adoption: ReportAdoption | null): PromiseReport {
  const dueText = formatDate(due, true);
  if (!adoption) {
    if (p.final) return { ...p, thisReport: true };
    return {
      ...p,
      thisReport: true,
      verdict: `${p.status}, fastställs senast ${dueText}`,
      figures: [THIS_REPORT_FIGURE],
    };
  }
  const note = toAdoptionNote(adoption);
  const line = `Sammanställningen fastställd ${note.day} av ${note.by}`;
  // Delivered earlier by a logged entry: that stands, and the adoption is noted beside it.
  if (p.final && p.outcome === 'uppfyllt')
    return { ...p, thisReport: true, figures: [...p.figures, `${line}.`] };
  const inTime = adoption.date <= due;
  const outcome = inTime ? 'uppfyllt' : 'ej uppfyllt';
  return {
    ...p,
    thisReport: true,
    outcome,
    status: outcome,
    final: true,
    verdict: outcome,
    figures: [inTime ? `${line} (senast ${dueText}).` : `${line}, efter sista dagen ${dueText}.`],
  };
}
