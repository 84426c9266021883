// File names of the report documents: ASCII, so every platform and mail client keeps them intact.
import type { ReportModel } from '../../domain/report/types.ts';

export function reportFileName(model: ReportModel, extension: string): string {
  const part = model.scope ? `-${model.scope.slug}` : '';
  const audience = model.audience === 'public' || extension === 'html' ? '-publik' : '';
  return `uppfoljning-${model.setKey}${part}${audience}.${extension}`;
}

export function chartFileName(model: ReportModel): string {
  return `medborgarkontakter-${model.scope?.slug ?? model.year}.png`;
}
