// Swedish typography in the Word report, read back from its XML: en dashes in ranges, no-break spaces
// inside numbers and between a number and its word, ”citattecken”, dates as `3 mars 2019`, and a page
// number in the footer that is as large as the footer's text and stands at the right margin.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../src/adapters/documents/render-docx.ts';
import type { ReportModel } from '../../../../src/domain/report/types.ts';
import { typesetSwedish } from '../../../../src/domain/text/typography.ts';
import { formatInteger, formatNumber } from '../../../../src/domain/time/index.ts';
import { fixtureReport } from '../../../fixtures/report/load-report-fixture.ts';

const NB = '\u00a0';

async function open(model: ReportModel) {
  const zip = await JSZip.loadAsync(await renderDocx(model, null));
  const read = (name: string) => zip.file(name)!.async('string');
  const footerName = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
  const xml = await read('word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0].replace(/<[^>]+>/g, ''));
  return { paragraphs, text: paragraphs.join('\n'), footer: await read(footerName) };
}

/** A report whose words come as people type them: straight quotes, hyphenated ranges, big numbers. */
function typedReport(): ReportModel {
  const base = fixtureReport();
  const contacts = base.promises.find((p) => p.id === 'medborgarkontakt')!;
  const many = Array.from({ length: 1234 }, (_, i) => ({ ...contacts.activities[0]!, id: `m-${i}` }));
  return {
    ...base,
    promises: base.promises.map((p) =>
      p.id === 'medborgarkontakt'
        ? {
            ...p,
            activities: many,
            comments: [
              {
                date: '2019-01-10',
                day: '10 januari 2019',
                by: 'Anna',
                part: null,
                text: 'Skolan kallade det "en bra vår", besök 1-3 mars och v.12-14 - mest kvällstid',
              },
            ],
          }
        : p,
    ),
  };
}

describe('Swedish typography in the Word report', () => {
  it('prints ranges with an en dash, quotes as ”…” and keeps numbers with their words', async () => {
    const { text, paragraphs } = await open(typedReport());
    expect(text).toContain(
      `Skolan kallade det ”en bra vår”, besök 1–3${NB}mars och v.12–14 – mest kvällstid`,
    );
    expect(text).not.toMatch(/"/);
    expect(paragraphs).toContain(
      `Period 1${NB}januari–31${NB}december${NB}2018. Underlaget gäller 15${NB}januari${NB}2019. Skriftlig sammanställning senast 31${NB}januari${NB}2019.`,
    );
    // Thousands grouped with a no-break space, the number held to its word.
    expect(text).toContain(`Aktiviteter: 1${NB}234 (förtecknade i bilagan)`);
    expect(text).toContain(`Minst en medborgarkontakt i snitt per vecka (1${NB}234)`);
    // Dates stay whole and ISO dates are left alone.
    expect(text).not.toMatch(/\d{4}–\d{2}–\d{2}/);
  }, 60_000);

  it('writes `sida X av Y` at the right margin, no smaller than the footer’s text', async () => {
    const { footer } = await open(fixtureReport());
    const runs = [...footer.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]!);
    const size = (run: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(run)?.[1] ?? 0);
    const pageRun = runs.find((r) => r.includes('PAGE'))!;
    const textRun = runs.find((r) => r.includes('Uppföljning av medborgarlöfte'))!;
    expect(size(pageRun)).toBeGreaterThanOrEqual(size(textRun));
    expect(size(pageRun)).toBeGreaterThanOrEqual(18);
    expect(pageRun).toMatch(/<w:t[^>]*>\tsida <\/w:t>.*PAGE.*<w:t[^>]*> av <\/w:t>.*NUMPAGES/s);
    // The tab before `sida` goes to a right-aligned stop at the text's right edge.
    expect(footer).toMatch(/<w:tab w:val="right" w:pos="9026"\/>/);
  });
});

describe('typesetSwedish and number formats', () => {
  it('groups thousands and leaves years, ISO dates and decimals alone', () => {
    expect(formatInteger(1234)).toBe(`1${NB}234`);
    expect(formatInteger(2000000)).toBe(`2${NB}000${NB}000`);
    expect(formatInteger(999)).toBe('999');
    expect(formatNumber(1234.5, 1)).toBe(`1${NB}234,5`);
    expect(formatNumber(1.04)).toBe('1,04');
    expect(typesetSwedish('Period 2018-01-01 till 2018-12-31, år 2018')).toBe(
      `Period 2018-01-01 till 2018-12-31, år 2018`,
    );
    expect(typesetSwedish('45 % av 12 st, 3 mars 2019')).toBe(`45${NB}% av 12${NB}st, 3${NB}mars${NB}2019`);
    expect(typesetSwedish('säsongen 2018-2019')).toBe('säsongen 2018–2019');
    expect(typesetSwedish('”redan rätt” och “engelska”')).toBe('”redan rätt” och ”engelska”');
  });
});
