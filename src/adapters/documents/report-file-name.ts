// File names of the report documents: ASCII, so every platform and mail client keeps them intact.
import type { ReportModel } from '../../domain/report/types.ts';

export function reportFileName(model: ReportModel, extension: string): string {
  const part = model.scope ? `-${model.scope.slug}` : '';
  const audience = model.audience === 'public' || extension === 'html' ? '-publik' : '';
  return `uppfoljning-${model.setKey}${part}${audience}.${extension}`;
}

export function chartFileName(model: ReportModel): string {
  // A set of several years names them all (`2020-2022`), as the chart's title does.
  const first = model.period.start.slice(0, 4);
  const last = model.period.end.slice(0, 4);
  return `medborgarkontakter-${model.scope?.slug ?? (first === last ? first : `${first}-${last}`)}.png`;
}
