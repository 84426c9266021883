// The documents adapter: one ReportDocuments for the use cases. Word and the chart load their
// libraries on first use, so a bot that never reports never loads them.
import type { ReportDocuments, ReportFile, ReportFileFormat } from '../../app/build-report.ts';
import type { ReportModel } from '../../domain/report/types.ts';
import { renderCsv } from './render-csv.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { chartFileName, reportFileName } from './report-file-name.ts';

const encoder = new TextEncoder();

export async function renderReportFile(model: ReportModel, format: ReportFileFormat): Promise<ReportFile> {
  const name = reportFileName(model, format);
  switch (format) {
    case 'md':
      return { name, mediaType: 'text/markdown; charset=utf-8', data: encoder.encode(renderMarkdown(model)) };
    case 'csv':
      return { name, mediaType: 'text/csv; charset=utf-8', data: encoder.encode(renderCsv(model)) };
    case 'json':
      return { name, mediaType: 'application/json', data: encoder.encode(renderJson(model)) };
    case 'docx': {
      const { renderChartPng } = await import('./render-chart.ts');
      const { renderDocx } = await import('./render-docx.ts');
      const chart = await renderChartPng(model);
      return {
        name,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: await renderDocx(model, chart),
      };
    }
  }
}

export function createReportDocuments(): ReportDocuments {
  return {
    render: renderReportFile,
    async chart(model) {
      const { renderChartPng } = await import('./render-chart.ts');
      const png = await renderChartPng(model);
      return png ? { name: chartFileName(model), mediaType: 'image/png', data: png } : null;
    },
  };
}
