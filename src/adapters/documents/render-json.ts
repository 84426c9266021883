import type { ReportModel } from '../../domain/report/types.ts';

/** The report model as is: the machine-readable form other systems read. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
