// The Word document opens as a zip with the follow-up's headings and figures in its document XML,
// and the chart is a real PNG of the documented size.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH, chartSpec } from '../../../../src/adapters/documents/chart-spec.ts';
import { renderChartPng } from '../../../../src/adapters/documents/render-chart.ts';
import { renderDocx } from '../../../../src/adapters/documents/render-docx.ts';
import { fixtureReport } from '../../../fixtures/report/load-report-fixture.ts';

function pngHeader(png: Uint8Array): { width: number; height: number; colourType: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20), colourType: png[25]! };
}

describe('Word report and chart', () => {
  const model = fixtureReport();

  it('draws the chart as a PNG of the fixed size', async () => {
    const png = await renderChartPng(model);
    expect(png).not.toBeNull();
    const header = pngHeader(png!);
    expect(header.width).toBe(CHART_WIDTH);
    expect(header.height).toBe(CHART_HEIGHT);
    expect(png!.length).toBeGreaterThan(10_000);
  }, 20_000);

  it('plots every week with the target line and the staffing strip', () => {
    const spec = chartSpec(model) as { vconcat: { data: { values: unknown[] }; layer?: unknown[] }[] };
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.vconcat[0]!.data.values).toHaveLength(52);
    expect(JSON.stringify(spec.vconcat[0]!.layer)).toContain('"datum":1');
    const strip = spec.vconcat[1]!.data.values as { vecka: string; läge: string }[];
    expect(strip.filter((w) => w.läge === 'bemannad').map((w) => w.vecka)).toEqual(['v.1', 'v.3']);
    expect(strip.find((w) => w.vecka === 'v.4')?.läge).toBe('glapp');
  });

  it('lays out the written follow-up in word/document.xml', async () => {
    const png = await renderChartPng(model);
    const zip = await JSZip.loadAsync(await renderDocx(model, png));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' ');
    expect(text).toContain(
      'Uppföljning av medborgarlöfte 2018 — Överkalix kommun och lokalpolisområde Östra Norrbotten',
    );
    for (const heading of [
      'Problembild',
      'Översikt',
      'Polis närvaro/tillgänglighet',
      'Totalt per plats',
      'Planerat men inte utfört',
      'Undertecknare',
    ]) {
      expect(text).toContain(heading);
    }
    for (const p of model.promises) expect(text).toContain(p.title);
    expect(text).toContain('55 medborgarkontakter på 52 veckor, snitt 1,06 per vecka');
    expect(text).toContain('3 av 4 trafikinsatser');
    expect(text).toContain('Kommunalråd Överkalix');
    expect(text).toContain('Lokalpolisområdeschef Östra Norrbotten');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    const media = Object.keys(zip.files).filter(
      (name) => name.startsWith('word/media/') && !zip.files[name]!.dir,
    );
    expect(media).toHaveLength(1);
    const embedded = await zip.file(media[0]!)!.async('uint8array');
    expect(pngHeader(embedded).width).toBe(CHART_WIDTH);
  }, 20_000);
});
