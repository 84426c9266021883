// The report use case: find the set, decide which dates the report covers (the whole period, or
// the part asked for: `/rapport T2 2019`, `/rapport 2024`), build the model from its ledger. The
// documents (Markdown, CSV, JSON, Word, the chart) are rendered by an adapter behind ReportDocuments,
// so this layer stays free of docx and the charting library.
import { commentsForReport, type PromiseComment } from '../domain/comments/promise-comment.ts';
import { buildReport } from '../domain/report/build-report.ts';
import { withOwnReport } from '../domain/report/own-report.ts';
import { type ReportRequest, resolveReportScope } from '../domain/report/report-scope.ts';
import type { ReportModel } from '../domain/report/types.ts';
import { toLocalDate } from '../domain/time/local-date.ts';
import { fail, ok, type Result } from '../domain/types.ts';
import type { AppDeps } from './deps.ts';
import type { StoredPromiseSet } from './ports.ts';

export type ReportFileFormat = 'md' | 'csv' | 'json' | 'docx' | 'xlsx' | 'html';

export interface ReportFile {
  name: string;
  mediaType: string;
  data: Uint8Array;
}

/** Renders a report model into files; implemented in src/adapters/documents. */
export interface ReportDocuments {
  /**
   * The files in the order asked; with `withChart`, then the chart of citizen contacts per week (target
   * line, staffed weekends) as PNG when there is data. The chart is drawn once for all of them.
   */
  render(
    model: ReportModel,
    formats: readonly ReportFileFormat[],
    options?: { withChart?: boolean },
  ): Promise<ReportFile[]>;
}

/** `request` as parsed from `/rapport [år] [period]`; empty for the whole period. */
export async function buildReportFor(
  deps: AppDeps,
  setKey: string,
  request: ReportRequest = {},
): Promise<Result<{ model: ReportModel; set: StoredPromiseSet }>> {
  const set = await deps.store.getPromiseSet(setKey);
  if (!set)
    return fail({ code: 'unknown-set', message: `Löftesuppsättningen ${setKey} finns inte i databasen.` });
  const now = deps.clock.now();
  const scope = resolveReportScope(set.def, request, toLocalDate(now, set.def.timeZone));
  if (!scope.ok) return scope;
  const activities = await deps.ledger.getActivities(set.key);
  const judgements = await deps.store.findJudgements(set.key);
  const comments = await deps.store.findComments(set.key);
  const adoptions = await deps.store.findAdoptions(set.key);
  const model = buildReport(set.def, activities, now, { judgements }, scope.value);
  return ok({
    model: withOwnReport(withComments(model, comments, scope.value?.slug ?? null), set.def, adoptions),
    set,
  });
}

function withComments(
  model: ReportModel,
  comments: readonly PromiseComment[],
  partSlug: string | null,
): ReportModel {
  if (comments.length === 0) return model;
  return {
    ...model,
    promises: model.promises.map((p) => {
      const shown = commentsForReport(comments, p.id, partSlug);
      return shown.length > 0 ? { ...p, comments: shown } : p;
    }),
  };
}
