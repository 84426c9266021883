import type { ReportModel } from '../../domain/report/types.ts';
import { formatCsv } from './csv.ts';
import { reportCsvRows } from './report-csv-rows.ts';

export function renderCsv(model: ReportModel): string {
  return formatCsv(reportCsvRows(model));
}
