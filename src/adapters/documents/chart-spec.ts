// The chart of the report as a Vega-Lite spec: citizen contacts per week as bars with the target
// as a dashed line, and under it a strip of the weeks with a staffed weekend (gaps that broke the
// promise in red). Plain data in, a spec out, so tests can read it without rendering.
import type { ReportModel } from '../../domain/report/types.ts';
import { formatPeriodYears } from '../../domain/time/index.ts';

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 560;
const PLOT_WIDTH = 1040;
const FONT = 'DejaVu Sans';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Roughly the width of one character of an 11 px DejaVu Sans axis label, and the room between labels.
const LABEL_CHAR_PX = 6.6;
const LABEL_GAP_PX = 14;
/** Label every 4th week (a year of `v.20`), every 8th, quarter or half year when the labels need it. */
const STRIDES = [4, 8, 13, 26, 52];

/**
 * The week labels shown on the axis: the first, the last and every fourth week of a year, fewer
 * when the weeks are many or the labels name their year (`v.20 2021`), so no two labels overlap.
 */
export function axisLabels(labels: readonly string[]): string[] {
  const widest = Math.max(0, ...labels.map((l) => l.length)) * LABEL_CHAR_PX + LABEL_GAP_PX;
  const barsApart = Math.ceil(widest / (PLOT_WIDTH / Math.max(1, labels.length)));
  const stride = STRIDES.find((s) => s >= barsApart) ?? Math.ceil(barsApart / 52) * 52;
  const last = labels.length - 1;
  return labels.filter(
    (_, i) => i === 0 || i === last || ((i + 1) % stride === 0 && i >= barsApart && last - i >= barsApart),
  );
}

export function chartSpec(model: ReportModel): Record<string, unknown> | null {
  const { contacts, staffing } = model;
  if (!contacts && !staffing) return null;
  const rows: Record<string, unknown>[] = [];
  const subtitle: string[] = [];
  if (contacts) {
    const labels = contacts.weeks.map((w) => w.label);
    subtitle.push(
      `Staplar: ${contacts.unit} per vecka · streckad linje: målet ${String(contacts.target).replace('.', ',')} per vecka`,
    );
    rows.push({
      width: PLOT_WIDTH,
      height: 300,
      data: { values: contacts.weeks.map((w) => ({ vecka: w.label, antal: w.count })) },
      layer: [
        {
          mark: { type: 'bar', color: '#1f5fa8' },
          encoding: {
            x: {
              field: 'vecka',
              type: 'ordinal',
              sort: null,
              title: null,
              axis: { labelAngle: 0, values: axisLabels(labels) },
            },
            y: {
              field: 'antal',
              type: 'quantitative',
              title: capitalise(contacts.unit),
              // Headroom above the tallest bar, so no bar touches the frame.
              scale: { domain: [0, Math.max(contacts.target, ...contacts.weeks.map((w) => w.count)) + 1] },
              axis: { tickMinStep: 1, format: 'd' },
            },
          },
        },
        {
          mark: { type: 'rule', color: '#c0392b', strokeDash: [8, 5], size: 2 },
          encoding: { y: { datum: contacts.target } },
        },
      ],
    });
  }
  if (staffing) {
    const labels = staffing.weeks.map((w) => w.label);
    subtitle.push(
      `Remsan: ${staffing.title.toLowerCase()} (grön = bemannad helg, röd = glapp som bröt löftet)`,
    );
    rows.push({
      width: PLOT_WIDTH,
      height: 28,
      data: {
        values: staffing.weeks.map((w) => ({
          vecka: w.label,
          läge: w.staffed ? 'bemannad' : w.inBrokenWindow ? 'glapp' : 'ej bemannad',
        })),
      },
      mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
      encoding: {
        x: {
          field: 'vecka',
          type: 'ordinal',
          sort: null,
          title: 'Vecka',
          axis: { labelAngle: 0, values: axisLabels(labels) },
        },
        color: {
          field: 'läge',
          type: 'nominal',
          scale: { domain: ['bemannad', 'ej bemannad', 'glapp'], range: ['#2e7d32', '#d9d9d9', '#c0392b'] },
          legend: { orient: 'bottom', title: 'Helgbemanning', direction: 'horizontal' },
        },
      },
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    padding: 16,
    title: {
      text: contacts
        ? `${capitalise(contacts.unit)} per vecka ${model.scope?.label ?? formatPeriodYears(model.period.start, model.period.end)}`
        : `${staffing!.title} ${model.scope?.label ?? formatPeriodYears(model.period.start, model.period.end)}`,
      subtitle,
      anchor: 'start',
      fontSize: 18,
      subtitleFontSize: 12,
    },
    config: {
      font: FONT,
      view: { stroke: null },
      axis: { labelFontSize: 11, titleFontSize: 12, labelFont: FONT, titleFont: FONT },
      legend: { labelFont: FONT, titleFont: FONT },
      title: { font: FONT, subtitleFont: FONT },
    },
    spacing: 12,
    vconcat: rows,
  };
}
