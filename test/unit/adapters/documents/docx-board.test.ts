// The Word report as the board reads it, checked in the document's own XML: page numbers in the
// footer, the municipality in the header, an overview with figures and a coloured outcome that also
// says its word, activities summarised in the body and listed in the appendix, and a signature block
// with place and date lines for each signatory, also for 25 promises and 2 000 activities.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../src/adapters/documents/render-docx.ts';
import type { PromiseReport, ReportModel } from '../../../../src/domain/report/types.ts';
import { fixtureReport } from '../../../fixtures/report/load-report-fixture.ts';

async function open(model: ReportModel) {
  const zip = await JSZip.loadAsync(await renderDocx(model, null));
  const read = (name: string) => zip.file(name)!.async('string');
  const names = Object.keys(zip.files);
  const footers = await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(read));
  const headers = await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(read));
  const xml = await read('word/document.xml');
  return {
    xml,
    text: xml.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' '),
    footer: footers.join(''),
    header: headers.join(''),
  };
}

/** The text of each paragraph, in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) =>
    m[0].replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' '),
  );

describe('Word report as a board document', () => {
  it('numbers its pages "sida X av Y" in the footer and names the municipality in the header', async () => {
    const { footer, header } = await open(fixtureReport());
    const footerText = footer
      .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
      .replace(/<[^>]+>/g, '')
      .replaceAll('\u00a0', ' ');
    expect(footerText).toContain('sida');
    expect(footerText).toContain('av');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footerText).toContain('Uppföljning av medborgarlöfte 2018 — Överkalix kommun');
    expect(header.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' ')).toContain(
      'Överkalix kommun · Lokalpolisområde Östra Norrbotten',
    );
    expect(header.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' ')).toContain('15 januari 2019');
  });

  it('gives each promise its figures and an outcome in colour and in words', async () => {
    const { xml } = await open(fixtureReport());
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    const traffic = rows.find((r) => r.includes('Minst fyra trafiksäkerhetsinsatser'))!;
    expect(traffic.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' ')).toContain('3 av 4 trafikinsatser');
    expect(traffic).toMatch(/<w:shd [^>]*w:fill="FFEB9C"[^>]*\/>.*delvis uppfyllt/s);
    const contacts = rows.find((r) => r.includes('Minst en medborgarkontakt i snitt per vecka'))!;
    expect(contacts.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' ')).toContain('snitt 1,06 per vecka');
    expect(contacts).toMatch(/w:fill="C6EFCE".*uppfyllt/s);
  });

  it('summarises activities per place and month in the body and lists them in the appendix', async () => {
    const { xml } = await open(fixtureReport());
    const ps = paragraphs(xml);
    const appendixAt = ps.indexOf('Bilaga: Aktiviteter');
    expect(appendixAt).toBeGreaterThan(0);
    const body = ps.slice(0, appendixAt);
    expect(body).toContain(
      'Aktiviteter: 3 (förtecknade i bilagan). Per plats: E4 2, Riksväg 392 1. Per månad: apr 1, jun 1, sep 1.',
    );
    expect(body.some((p) => p.startsWith('fre 20 april (v.16)'))).toBe(false);
    expect(ps.slice(appendixAt)).toContain(
      'fre 20 april (v.16) · E4 · 1 st · kontrollerade fordon 45 · alkoholutandningsprov 45',
    );
  });

  it('has place and date lines for both signatories', async () => {
    const { xml } = await open(fixtureReport());
    const ps = paragraphs(xml);
    const start = ps.indexOf('Undertecknare');
    const block = ps.slice(start, ps.indexOf('Bilaga: Aktiviteter'));
    // A tab stop at the right margin separates the two lines.
    expect(block.filter((p) => /^Ort: _+\s*Datum: _+$/.test(p))).toHaveLength(2);
    expect(block).toContain('Kommunalråd Överkalix');
    expect(block).toContain('Lokalpolisområdeschef Östra Norrbotten');
  });

  it('holds 25 promises and 2 000 activities, every one in the appendix', async () => {
    const base = fixtureReport();
    const template = base.promises.find((p) => p.id === 'medborgarkontakt')!;
    const activity = template.activities[0]!;
    const promises: PromiseReport[] = Array.from({ length: 25 }, (_, i) => ({
      ...template,
      id: `lofte-${i + 1}`,
      title: `Löfte nummer ${i + 1}`,
      activities: Array.from({ length: 80 }, (_, j) => ({
        ...activity,
        id: `a-${i}-${j}`,
        note: `anteckning ${i + 1}.${j + 1}`,
      })),
    }));
    const { xml } = await open({ ...base, promises });
    const ps = paragraphs(xml);
    const appendix = ps.slice(ps.indexOf('Bilaga: Aktiviteter'));
    expect(appendix.filter((p) => p.includes(' · anteckning '))).toHaveLength(2000);
    expect(appendix).toContain('Löfte nummer 25 (80)');
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].filter((m) => m[0].includes('Löfte nummer'));
    expect(rows).toHaveLength(25);
  }, 60_000);
});
