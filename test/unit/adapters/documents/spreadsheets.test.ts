// The spreadsheets read back as their readers would: the CSV split as Swedish Excel splits it (on
// semicolons, after the byte order mark) and the workbook's cells read with an xlsx reader.
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { renderReportFiles } from '../../../../src/adapters/documents/index.ts';
import { renderCsv } from '../../../../src/adapters/documents/render-csv.ts';
import { renderXlsx } from '../../../../src/adapters/documents/render-xlsx.ts';
import { fixtureReport } from '../../../fixtures/report/load-report-fixture.ts';

describe('spreadsheets out', () => {
  const model = fixtureReport();

  it('writes CSV that Swedish Excel splits into its columns, with decimal commas', () => {
    const bytes = new TextEncoder().encode(renderCsv(model));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes.slice(3)), { delimiter: ';' }) as string[][];
    expect(rows[0]!.slice(0, 5)).toEqual(['typ', 'löfte_id', 'löfte', 'mål', 'utfall']);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const contacts = rows.find((r) => r[0] === 'löfte' && r[1] === 'medborgarkontakt')!;
    expect(contacts[4]).toBe('uppfyllt');
    expect(contacts.at(-1)).toContain('snitt 1,06 per vecka');
    const risk = rows.find((r) => r[0] === 'aktivitet' && r[5] === '2018-04-30')!;
    expect(risk[8]).toBe('Socialtjänsten, Nattvandrare');
  });

  it('writes a workbook with the overview, every activity and the weekly counts', async () => {
    const data = Buffer.from(await renderXlsx(model));
    const overview = await readSheet(data, 'Översikt');
    expect(overview[0]).toEqual(['Löfte', 'Kategori', 'Mål', 'Utfall', 'Antal', 'Siffror', 'Kommentarer']);
    expect(overview).toHaveLength(model.promises.length + 1);
    const contacts = overview.find((r) => r[0] === 'Minst en medborgarkontakt i snitt per vecka')!;
    expect(contacts[3]).toBe('uppfyllt');
    expect(contacts[4]).toBe(55);
    expect(String(contacts[5])).toContain('55 medborgarkontakter på 52 veckor, snitt 1,06 per vecka');

    const activities = await readSheet(data, 'Aktiviteter');
    const all = model.promises.reduce((n, p) => n + p.activities.length, 0);
    expect(activities).toHaveLength(all + 1);
    const valborg = activities.find((r) => r[9] === 'Valborg')!;
    expect(valborg[1]).toEqual(new Date('2018-04-30T00:00:00Z'));
    expect(valborg[4]).toBe('Socialtjänsten, Nattvandrare');
    expect(valborg[5]).toBe(1);

    const weeks = await readSheet(data, 'Veckor');
    // v.1 2018 to v.1 2019, which holds 31 December 2018.
    expect(weeks).toHaveLength(53 + 1);
    expect(weeks.at(-1)![0]).toBe('v.1 2019');
    const column = weeks[0]!.indexOf('Minst en medborgarkontakt i snitt per vecka');
    expect(weeks[2]![0]).toBe('v.2 2018');
    expect(weeks[2]![column]).toBe(30);
    const counted = weeks.slice(1).reduce((n, r) => n + Number(r[column]), 0);
    expect(counted).toBe(55);
  });

  it('draws the chart once for a report with Word and the chart attached', async () => {
    let drawn = 0;
    const files = await renderReportFiles(model, ['docx', 'md', 'csv', 'xlsx'], {
      withChart: true,
      drawChart: async () => {
        drawn++;
        return new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
      },
    });
    expect(drawn).toBe(1);
    expect(files.map((f) => f.name)).toEqual([
      'uppfoljning-overkalix-2018.docx',
      'uppfoljning-overkalix-2018.md',
      'uppfoljning-overkalix-2018.csv',
      'uppfoljning-overkalix-2018.xlsx',
      'medborgarkontakter-2018.png',
    ]);
  });
});
