// The year-end report use case: find the set for the year, build the model from its ledger. The
// documents (Markdown, CSV, JSON, Word, the chart) are rendered by an adapter behind ReportDocuments,
// so this layer stays free of docx and the charting library.
import { buildReport } from '../domain/report/build-report.ts';
import type { ReportModel } from '../domain/report/types.ts';
import { type DomainError, fail, ok, type Result } from '../domain/types.ts';
import type { AppDeps } from './deps.ts';
import type { StoredPromiseSet } from './ports.ts';

export type ReportFileFormat = 'md' | 'csv' | 'json' | 'docx';

export interface ReportFile {
  name: string;
  mediaType: string;
  data: Uint8Array;
}

/** Renders a report model into files; implemented in src/adapters/documents. */
export interface ReportDocuments {
  render(model: ReportModel, format: ReportFileFormat): Promise<ReportFile>;
  /** Citizen contacts per week with the target line and the staffed weekends, as PNG; null without data. */
  chart(model: ReportModel): Promise<ReportFile | null>;
}

export function setYear(set: StoredPromiseSet): number {
  return Number(set.def.period.end.slice(0, 4));
}

export function wrongYear(set: StoredPromiseSet, year: number): DomainError {
  const def = set.def;
  return {
    code: 'unknown-set',
    message: `Här följs ${def.title} för ${def.municipality} (${def.period.start}–${def.period.end}). Någon rapport för ${year} finns inte här; skriv /rapport ${setYear(set)}.`,
  };
}

export async function buildReportForYear(
  deps: AppDeps,
  setKey: string,
  year?: number,
): Promise<Result<{ model: ReportModel; set: StoredPromiseSet }>> {
  const set = await deps.store.getPromiseSet(setKey);
  if (!set)
    return fail({ code: 'unknown-set', message: `Löftesuppsättningen ${setKey} finns inte i databasen.` });
  if (year !== undefined && year !== setYear(set)) return fail(wrongYear(set, year));
  const activities = await deps.ledger.getActivities(set.key);
  const judgements = await deps.store.findJudgements(set.key);
  return ok({ model: buildReport(set.def, activities, deps.clock.now(), { judgements }), set });
}
