// File names of the report documents: ASCII, so every platform and mail client keeps them intact.
import type { ReportModel } from '../../domain/report/types.ts';

export function reportFileName(model: ReportModel, extension: string): string {
  return `uppfoljning-${model.setKey}.${extension}`;
}

export function chartFileName(model: ReportModel): string {
  return `medborgarkontakter-${model.year}.png`;
}
