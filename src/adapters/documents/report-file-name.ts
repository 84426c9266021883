// File names of the report documents: ASCII, so every platform and mail client keeps them intact.
import type { ReportModel } from '../../domain/report/types.ts';

export function reportFileName(model: ReportModel, extension: string): string {
  const part = model.scope ? `-${model.scope.slug}` : '';
  return `uppfoljning-${model.setKey}${part}.${extension}`;
}

export function chartFileName(model: ReportModel): string {
  return `medborgarkontakter-${model.scope?.slug ?? model.year}.png`;
}
