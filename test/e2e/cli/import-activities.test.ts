// `loftesbot import-activities` as a group starting mid-year runs it: a spreadsheet (CSV from Swedish
// Excel, or .xlsx) with headers in any case and order; one bad row refuses the whole file, naming every
// bad row; --dry-run writes nothing; the corrected file goes in whole, attributed, marked and audited;
// importing it again adds nothing. On SQLite and PostgreSQL.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { ExportData } from '../../../src/app/ports.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import { createCliRunner } from '../../helpers/run-cli.ts';

const { database, run: lb, exported } = createCliRunner('2019-01-15T09:00:00');

const live = (data: ExportData) => data.activities.filter((a) => a.undoneAt === null);

describe.each(await findTestDatabases('import-activities'))('import-activities on $name', (backend) => {
  it('refuses a file with bad rows whole, then imports the corrected one once', async () => {
    const db = await database(backend);
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const file = join(dir, 'aktiviteter.csv');
    const rows = [
      'Anteckning;PLATS;Datum;Aktivitet;Antal;Med;Övrigt',
      ';Centrum;2018-01-03;medborgarkontakt;1;;ignoreras',
      ';Centrum;2018-01-03;medborgarkontakt;1;;',
      'samtal om trafik;Skolan;2018-02-07;medborgarkontakt;2;;',
      ';;2018-13-40;medborgarkontakt;1;;',
      ';;2018-03-09;riskkväll;1;socialtjänsten;',
      'ring 070-123 45 67;;2018-04-11;trafikinsats;1;;',
      ';;2018-04-12;flygning;1;;',
    ];
    writeFileSync(file, `\uFEFF${rows.join('\r\n')}\r\n`);
    const before = live(await exported(db)).length;

    const refused = await lb(db, 'import-activities', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Importen avbröts: 3 rader kan inte läsas. Inget har importerats');
    expect(refused.stderr).toContain('Rad 5: "2018-13-40" är inget giltigt datum');
    expect(refused.stderr).toContain('Rad 7: Anteckningen ser ut att innehålla ett telefonnummer');
    expect(refused.stderr).toContain('Rad 8: Förstod inte "flygning"');
    expect(live(await exported(db))).toHaveLength(before);

    writeFileSync(file, `\uFEFF${rows.slice(0, 4).join('\r\n')}\r\n${rows[5]}\r\n`);
    const dry = await lb(db, 'import-activities', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Provläsning: 4 rader kan importeras');
    // Read on 15 January 2019, a day of 2018 names its year.
    expect(dry.stdout).toContain('Rad 4: medborgarkontakt · Skolan · ons 7 februari 2018 (v.6) · 2 st');
    expect(live(await exported(db))).toHaveLength(before);

    const taken = await lb(db, 'import-activities', file);
    expect(taken.code).toBe(0);
    expect(taken.stdout).toContain('Importerade 4 aktiviteter');
    const data = await exported(db);
    const imported = live(data).filter((a) => a.dedupeKey?.startsWith('import:'));
    expect(imported).toHaveLength(4);
    expect(live(data)).toHaveLength(before + 4);
    // Two equal rows are two activities; the partner column and the note are read as in /logga.
    expect(imported.filter((a) => a.date === '2018-01-03')).toHaveLength(2);
    expect(imported.find((a) => a.date === '2018-03-09')?.partners).toEqual(['socialtjansten']);
    expect(imported.find((a) => a.date === '2018-02-07')).toMatchObject({
      count: 2,
      note: 'samtal om trafik',
    });
    expect(new Set(imported.map((a) => a.createdRevision)).size).toBe(1);
    expect(data.audit.filter((e) => e.action === 'import-activities')).toHaveLength(4);
    expect(data.importedRows).toHaveLength(4);

    const again = await lb(db, 'import-activities', file);
    expect(again.stdout).toContain('Inget nytt att importera: alla 4 rader i filen är redan importerade');
    expect(live(await exported(db))).toHaveLength(before + 4);
  }, 240_000);

  it('reads an Excel workbook, dates as date cells, and shows progress for a large file', async () => {
    const db = await database(backend);
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const file = join(dir, 'aktiviteter.xlsx');
    const header = ['datum', 'aktivitet', 'plats'].map((value) => ({ value }));
    const body = Array.from({ length: 600 }, (_, i) => [
      { value: new Date(Date.UTC(2018, 0, 1 + (i % 300))), type: Date, format: 'yyyy-mm-dd' },
      { value: 'medborgarkontakt' },
      { value: i % 2 === 0 ? 'Centrum' : 'Skolan' },
    ]);
    await writeXlsxFile([header, ...body]).toFile(file);
    const result = await lb(db, 'import-activities', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Importerade 600 aktiviteter');
    expect(result.stderr).toContain('Läser rad 501 av 601');
    const imported = live(await exported(db)).filter((a) => a.dedupeKey?.startsWith('import:'));
    expect(imported).toHaveLength(600);
    expect(imported.some((a) => a.date === '2018-10-27' && a.place === 'skolan')).toBe(true);
  }, 240_000);
});
