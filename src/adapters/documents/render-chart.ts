// The chart as SVG (Vega, no browser or canvas needed) and PNG (resvg, a Rust renderer; text in
// the system's DejaVu Sans). The SVG is placed on a canvas of fixed size, so the PNG is always
// CHART_WIDTH × CHART_HEIGHT whatever the labels measure.
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportModel } from '../../domain/report/types.ts';
import { CHART_HEIGHT, CHART_WIDTH, chartSpec } from './chart-spec.ts';

export async function renderChartSvg(model: ReportModel): Promise<string | null> {
  const spec = chartSpec(model);
  if (!spec) return null;
  const view = new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  const inner = await view.toSVG();
  view.finalize();
  const root = /^<svg[^>]*>/.exec(inner)?.[0] ?? '<svg>';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? CHART_WIDTH);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? CHART_HEIGHT);
  const body = inner.replace(
    root,
    `<svg x="0" y="0" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet">`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}"><rect width="100%" height="100%" fill="white"/>${body}</svg>`;
}

export async function renderChartPng(model: ReportModel): Promise<Uint8Array | null> {
  const svg = await renderChartSvg(model);
  if (!svg) return null;
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}
