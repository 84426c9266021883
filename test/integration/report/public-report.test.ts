// `/rapport 2018 publik`: the follow-up for citizens, as a web page and Markdown. Nothing internal reaches
// it — notes, people (who logged, took part, commented, adopted; signatories' names), working-group
// comments, planned work — and the page stands alone: no external request, Swedish, headings, tables
// with captions, outcomes in words, the chart inline.
import { describe, expect, it } from 'vitest';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import { toPublicReport } from '../../../src/domain/report/public-report.ts';
import type { PromiseReport } from '../../../src/domain/report/types.ts';
import { fixtureReport } from '../../fixtures/report/load-report-fixture.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

const NOTES = ['Samtal med butiksägaren om snatteri', 'Ungdomsgården stängd, pratade vid busshållplatsen'];
const COMMENT = 'Ställdes in på grund av sjukdom, flyttas till våren';
const PLANNED_PLACE = 'Skolan';

async function setUp() {
  const { run, setNow } = await createCoreHarness('2018-11-20T09:00', {
    admins: ['console:eva'],
    reports: createReportDocuments(async () => null),
    userNames: { eva: 'Eva Lindqvist', bertil: 'Bertil Nordström' },
  });
  const eva = (line: string) => run('eva', line);
  const bertil = (line: string) => run('bertil', line);
  await eva('/loften roll @bertil grupp');
  await bertil(`/logga medborgarkontakt Centrum 2018-11-14 med @karin "${NOTES[0]}"`);
  await bertil(`/logga medborgarkontakt Centrum 2018-11-07 "${NOTES[1]}"`);
  await bertil('/logga trafikinsats E4 2018-10-03');
  await eva(`/loften kommentar aktivitetsdag "${COMMENT}"`);
  await bertil(`/planera trafikinsats ${PLANNED_PLACE} 2018-12-20`);
  setNow('2019-01-15T09:00');
  await eva('/rapport 2018 fastställ');
  return { eva, bertil };
}

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

describe('/rapport publik', () => {
  it('leaves out notes, people, comments and planned work in every public file', async () => {
    const { eva, bertil } = await setUp();
    const internal = await eva('/rapport 2018');
    const internalMd = decode(internal.files!.find((f) => f.name.endsWith('.md'))!.data);
    // The fixture's internal material is in the internal report, so its absence below means something.
    for (const note of NOTES) expect(internalMd).toContain(note);
    expect(internalMd).toContain(COMMENT);
    expect(internalMd).toContain('Eva Lindqvist');
    expect(internalMd).toContain('Planerat men inte utfört');

    const reply = await bertil('/rapport 2018 publik');
    expect(reply.ok).toBe(true);
    const names = reply.files!.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'uppfoljning-overkalix-2018-publik.html',
        'uppfoljning-overkalix-2018-publik.md',
      ]),
    );
    const texts = [
      reply.text,
      ...reply.files!.filter((f) => !f.name.endsWith('.png')).map((f) => decode(f.data)),
    ];
    for (const text of texts) {
      for (const secret of [
        ...NOTES,
        COMMENT,
        'Eva Lindqvist',
        'Bertil Nordström',
        'karin',
        'bertil',
        'eva',
      ]) {
        expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      expect(text).not.toContain('Planerat men inte utfört');
      expect(text).not.toContain('2018-12-20');
      expect(text).not.toContain('Kommentar');
    }
    // The signed promise's signatories are named by role, never by name.
    const md = decode(reply.files!.find((f) => f.name.endsWith('.md'))!.data);
    expect(md).toContain('Fastställd:** 15 januari 2019.');
    expect(md).toContain('Aktiviteter: 2. Per plats: Centrum 2. Per månad: nov 2.');
  });

  it('is a self-contained, accessible web page', async () => {
    const { bertil } = await setUp();
    const reply = await bertil('/rapport 2018 publik');
    const html = decode(reply.files!.find((f) => f.name.endsWith('.html'))!.data);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toContain('<meta charset="utf-8">');
    // No request to anywhere: no URL at all, no script, no external style sheet or image.
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|src=|url\(/i);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    // Headings in order, the figures in tables with captions and header cells.
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<h2 id="oversikt">Översikt<\/h2>\n<table>\n<caption>/);
    expect(html).toContain('<th scope="col">Utfall</th>');
    // An outcome is a word beside its colour.
    expect(html).toMatch(/<span class="utfall ej">ej uppfyllt<\/span>/);
    expect(html).toMatch(/<span class="utfall uppfyllt">uppfyllt<\/span>/);
    // The chart inline as SVG with a text alternative and its figures as a table.
    expect(html).toMatch(/<svg viewBox="0 0 \d+ \d+" role="img" aria-labelledby="diagram-titel"/);
    expect(html).toContain('<summary>Siffrorna i diagrammet som tabell</summary>');
  }, 60_000);

  it('refuses formats the public version does not come in', async () => {
    const { bertil } = await setUp();
    const reply = await bertil('/rapport 2018 publik docx');
    expect(reply.ok).toBe(false);
    expect(reply.text).toContain('Versionen för medborgare finns som webbsida (html) och Markdown (md)');
  });
});

describe('toPublicReport', () => {
  it('keeps a judged promise’s outcome but not who judged it or the reason', () => {
    const base = fixtureReport();
    const judged: PromiseReport = {
      ...base.promises[0]!,
      id: 'samverkan',
      kind: 'judged',
      final: true,
      outcome: 'ej uppfyllt',
      figures: [
        '3 aktiviteter loggade',
        'Bedömt ej uppfyllt 12 januari 2019 av Anna: "Kommunen drog sig ur"',
      ],
    };
    const shown = toPublicReport({ ...base, promises: [judged] }).promises[0]!;
    expect(shown.figures).toEqual(['3 aktiviteter loggade', 'Bedömt av arbetsgruppen: ej uppfyllt']);
  });
});
