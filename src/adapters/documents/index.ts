// The documents adapter: one ReportDocuments for the use cases. Word, Excel and the chart load their
// libraries on first use, so a bot that never reports never loads them. A report's chart is drawn once,
// however many of its files use it.
import type { ReportDocuments, ReportFile, ReportFileFormat } from '../../app/build-report.ts';
import { toPublicReport } from '../../domain/report/public-report.ts';
import type { ReportModel } from '../../domain/report/types.ts';
import { renderCsv } from './render-csv.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { chartFileName, reportFileName } from './report-file-name.ts';

const encoder = new TextEncoder();

export type DrawChart = (model: ReportModel) => Promise<Uint8Array | null>;

const drawChartPng: DrawChart = async (model) => {
  const { renderChartPng } = await import('./render-chart.ts');
  return renderChartPng(model);
};

const MEDIA_TYPES: Record<ReportFileFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
};

async function renderData(
  model: ReportModel,
  format: ReportFileFormat,
  chart: () => Promise<Uint8Array | null>,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return encoder.encode(renderMarkdown(model));
    case 'csv':
      return encoder.encode(renderCsv(model));
    case 'json':
      return encoder.encode(renderJson(model));
    case 'xlsx': {
      const { renderXlsx } = await import('./render-xlsx.ts');
      return renderXlsx(model);
    }
    case 'docx': {
      const { renderDocx } = await import('./render-docx.ts');
      return renderDocx(model, await chart());
    }
    case 'html': {
      // The web page is always the public version, whatever model it is given.
      const [{ renderHtml }, { renderChartSvg }] = await Promise.all([
        import('./render-html.ts'),
        import('./render-chart.ts'),
      ]);
      const shown = model.audience === 'public' ? model : toPublicReport(model);
      return encoder.encode(renderHtml(shown, await renderChartSvg(shown)));
    }
  }
}

/** The report's files in the order asked, then the chart as PNG when `withChart` and there is data. */
export async function renderReportFiles(
  model: ReportModel,
  formats: readonly ReportFileFormat[],
  options: { withChart?: boolean; drawChart?: DrawChart } = {},
): Promise<ReportFile[]> {
  const draw = options.drawChart ?? drawChartPng;
  let drawn: Promise<Uint8Array | null> | undefined;
  const chart = () => {
    drawn ??= draw(model);
    return drawn;
  };
  const files: ReportFile[] = [];
  for (const format of formats) {
    files.push({
      name: reportFileName(model, format),
      mediaType: MEDIA_TYPES[format],
      data: await renderData(model, format, chart),
    });
  }
  if (options.withChart) {
    const png = await chart();
    if (png) files.push({ name: chartFileName(model), mediaType: 'image/png', data: png });
  }
  return files;
}

export async function renderReportFile(model: ReportModel, format: ReportFileFormat): Promise<ReportFile> {
  const [file] = await renderReportFiles(model, [format]);
  return file!;
}

export function createReportDocuments(drawChart: DrawChart = drawChartPng): ReportDocuments {
  return {
    render: (model, formats, options) => renderReportFiles(model, formats, { ...options, drawChart }),
  };
}
