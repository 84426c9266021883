// Issue 19, wording: the weeks of the report's chart and of its table are worded as the rest of the
// report words them (DateWords): with their year in a set of several years, without it in a one-year
// set, also when that year's report is read the year after (the report speaks in its period's frame).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { axisLabels, chartSpec } from '../../../../src/adapters/documents/chart-spec.ts';
import { renderDocx } from '../../../../src/adapters/documents/render-docx.ts';
import { renderHtml } from '../../../../src/adapters/documents/render-html.ts';
import { chartFileName } from '../../../../src/adapters/documents/report-file-name.ts';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import type { ReportModel } from '../../../../src/domain/report/types.ts';
import { buildActivity, overkalixText } from '../../../helpers/build-activity.ts';
import { loadSetText } from '../../../helpers/promise-set-fixture.ts';

type Spec = {
  title: { text: string };
  vconcat: {
    data: { values: { vecka: string }[] };
    layer?: { encoding: { x?: { axis: { values: string[] } } } }[];
  }[];
};

const oneYear = loadSetText(overkalixText);
// The same promises over two years, each year with its own targets.
const twoYears = loadSetText(
  overkalixText
    .replace(
      'period: { start: 2018-01-01, end: 2018-12-31 }',
      'period: { start: 2018-01-01, end: 2019-12-31, resetsEach: year }',
    )
    .replace('reportDue: 2019-01-31', 'reportDue: 2020-01-31'),
);
const ledger = [
  buildActivity('medborgarkontakt', '2018-01-10', { count: 3, place: 'centrum' }),
  buildActivity('medborgarkontakt', '2019-01-02', { count: 2, place: 'centrum' }),
];

function report(set: typeof oneYear, local: string): ReportModel {
  return buildReport(set, ledger, parseNow(local, set.timeZone));
}

/** The week table of the web page as rows of cell texts. */
function weekRows(html: string): string[][] {
  const section = html.slice(html.indexOf('id="per-vecka"'));
  const body = section.slice(section.indexOf('<tbody>'), section.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replaceAll('\u00a0', ' ')),
  );
}

describe('chart and week table of a set of two years (2018–2019), read in June 2019', () => {
  const model = report(twoYears, '2019-06-15T12:00');
  const spec = chartSpec(model) as unknown as Spec;

  it('names the year of every week on the bars and on the staffing strip', () => {
    const bars = spec.vconcat[0]!.data.values.map((v) => v.vecka);
    expect(bars).toHaveLength(104);
    expect(bars.slice(0, 2)).toEqual(['v.1 2018', 'v.2 2018']);
    // 2018 has 52 ISO weeks: the 53rd bar is week 1 of 2019.
    expect(bars.slice(51, 53)).toEqual(['v.52 2018', 'v.1 2019']);
    expect(spec.vconcat[1]!.data.values.at(-1)!.vecka).toBe('v.52 2019');
  });

  it('titles the chart with both years and shows every eighth week on the axis, no two labels crowded', () => {
    expect(spec.title.text).toBe('Medborgarkontakter per vecka 2018–2019');
    // 104 bars on 1040 px are 10 px each; a label "v.16 2018" needs about 9 × 6.6 + 14 ≈ 73 px, so
    // 8 bars: the first week, then each eighth week 8 bars or more from both ends, then the last.
    expect(spec.vconcat[0]!.layer![0]!.encoding.x!.axis.values).toEqual([
      'v.1 2018',
      'v.16 2018',
      'v.24 2018',
      'v.32 2018',
      'v.40 2018',
      'v.48 2018',
      'v.4 2019',
      'v.12 2019',
      'v.20 2019',
      'v.28 2019',
      'v.36 2019',
      'v.44 2019',
      'v.52 2019',
    ]);
  });

  it('words the weeks and their Mondays with the year in the table under the chart', () => {
    const rows = weekRows(renderHtml(model, '<svg></svg>'));
    expect(rows[1]).toEqual(['v.2 2018', '8 januari 2018', '3']);
    // Week 1 of 2019 starts on Monday 31 December 2018.
    expect(rows[52]).toEqual(['v.1 2019', '31 december 2018', '2']);
  });

  it('names the year of the months the activities fall in, also when all lie in one of the years', () => {
    const only2018 = buildReport(twoYears, [ledger[0]!], parseNow('2019-06-15T12:00', twoYears.timeZone));
    const html = renderHtml(only2018, '<svg></svg>').replaceAll('\u00a0', ' ');
    expect(html).toContain('Per månad: jan 2018 1.');
    // In the one-year set the month alone is clear.
    const oneYearHtml = renderHtml(report(oneYear, '2018-06-15T12:00'), null).replaceAll('\u00a0', ' ');
    expect(oneYearHtml).toContain('Per månad: jan 1.');
  });

  it('names both years in the chart file', () => {
    expect(chartFileName(model)).toBe('medborgarkontakter-2018-2019.png');
  });

  it('names both years in the footer of the Word document', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(model, null));
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    const text = (await Promise.all(footers.map((n) => zip.file(n)!.async('string')))).join('');
    expect(text.replace(/<[^>]+>/g, '')).toContain('Uppföljning av medborgarlöfte 2018–2019');
  }, 20_000);
});

describe('chart and week table of a one-year set (2018)', () => {
  it('in its own year, says the weeks and Mondays without a year, every fourth week on the axis', () => {
    const model = report(oneYear, '2018-06-15T12:00');
    const spec = chartSpec(model) as unknown as Spec;
    expect(spec.title.text).toBe('Medborgarkontakter per vecka 2018');
    const axis = spec.vconcat[0]!.layer![0]!.encoding.x!.axis.values;
    expect(axis.slice(0, 3)).toEqual(['v.1', 'v.4', 'v.8']);
    expect(axis.at(-1)).toBe('v.52');
    const rows = weekRows(renderHtml(model, '<svg></svg>'));
    expect(rows[1]).toEqual(['v.2', '8 januari', '3']);
  });

  it('read in January 2019, still speaks in 2018: its title names the year, its weeks do not', () => {
    // The same frame as the report's activity list ("lör 6 januari", "v.1"): see reportWords.
    const model = report(oneYear, '2019-01-15T09:00');
    const spec = chartSpec(model) as unknown as Spec;
    expect(spec.title.text).toBe('Medborgarkontakter per vecka 2018');
    expect(spec.vconcat[0]!.data.values.slice(0, 2).map((v) => v.vecka)).toEqual(['v.1', 'v.2']);
    expect(weekRows(renderHtml(model, '<svg></svg>'))[1]).toEqual(['v.2', '8 januari', '3']);
  });
});

describe('axis labels', () => {
  it('keep three years of weeks with their years to one label a quarter', () => {
    const labels = Array.from({ length: 157 }, (_, i) => `v.${(i % 52) + 1} ${2018 + Math.floor(i / 52)}`);
    // 157 bars on 1040 px are 6.6 px each; 73 px per label is 12 bars: the next stride is 13. The
    // twelfth quarter (index 155) lies one bar from the last label and gives way to it.
    const shown = axisLabels(labels);
    expect(shown.slice(0, 3)).toEqual(['v.1 2018', 'v.13 2018', 'v.26 2018']);
    expect(shown.slice(-2)).toEqual(['v.39 2020', 'v.1 2021']);
  });
});
