// Golden tests: the fixed data set (test/fixtures/report) renders to the committed, hand-checked
// Markdown, CSV and JSON. To accept an intended change, re-render and read the diff line by line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/adapters/documents/csv.ts';
import { renderCsv } from '../../../../src/adapters/documents/render-csv.ts';
import { renderJson } from '../../../../src/adapters/documents/render-json.ts';
import { renderMarkdown } from '../../../../src/adapters/documents/render-markdown.ts';
import { CSV_HEADER, reportCsvRows } from '../../../../src/adapters/documents/report-csv-rows.ts';
import { fixtureDir, fixtureReport } from '../../../fixtures/report/load-report-fixture.ts';

const golden = (name: string) => readFileSync(join(fixtureDir, name), 'utf8');

describe('report documents for the fixed 2018 data set', () => {
  const model = fixtureReport();

  it('renders the committed Markdown', () => {
    expect(renderMarkdown(model)).toBe(golden('expected-2018.md'));
  });

  it('renders the committed JSON, which parses back to the model', () => {
    const json = renderJson(model);
    expect(json).toBe(golden('expected-2018.json'));
    expect(JSON.parse(json)).toEqual(model);
  });

  it('renders the committed CSV, and parsing it gives back every row', () => {
    const csv = renderCsv(model);
    expect(csv).toBe(golden('expected-2018.csv'));
    const rows = parseCsv(csv);
    expect(rows).toEqual(reportCsvRows(model));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('writes RFC 4180 with semicolons: CRLF line ends, quoted fields, doubled quotes', () => {
    const csv = renderCsv(model);
    expect(csv.split('\r\n').length).toBe(parseCsv(csv).length + 1);
    expect(csv).toContain('"Nyårsafton, ""lugnt"", inga problem"');
    const rows = parseCsv(csv);
    const note = rows.find((r) => r[0] === 'aktivitet' && r[5] === '2018-12-31');
    expect(note?.at(-1)).toBe('Nyårsafton, "lugnt", inga problem');
  });

  it('states each outcome with the figures behind it', () => {
    const md = renderMarkdown(model);
    expect(md).toContain('**Utfall:** uppfyllt');
    expect(md).toContain('- 55 medborgarkontakter på 52 veckor, snitt 1,06 per vecka (mål 1)');
    expect(md).toContain('- 2 bemannade helger, längsta glapp 49 veckor');
    expect(md).toContain('- 3 av 4 trafikinsatser');
    expect(md).toContain('- 1 loggad utan samverkanspart räknades inte');
    expect(md).toContain(
      '| tor 15 november | v.46 | Aktivitetsdag om narkotika för föräldrar och åk 7 | Skolan | ej utförd |',
    );
  });
});
