// `loftesbot import-activities` on files its readers cannot read: the admin gets Swedish, the row and
// how to fix it, never the reader's English message, and nothing is written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteDatabase } from '../../helpers/databases.ts';
import { createCliRunner } from '../../helpers/run-cli.ts';

const { run: lb, exported } = createCliRunner('2018-03-19T09:00:00');

const write = (name: string, text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'unreadable-')), name);
  writeFileSync(path, text);
  return path;
};

describe('import-activities of a file that cannot be read', () => {
  it('names the row of a quote inside an unquoted field (a formula pasted as text) in Swedish', async () => {
    const db = await createSqliteDatabase();
    const file = write(
      'aktiviteter.csv',
      'datum;aktivitet;plats;antal;med;anteckning\r\n' +
        '2018-03-12;medborgarkontakt;Centrum;1;;lugnt\r\n' +
        '2018-03-13;medborgarkontakt;Centrum;1;;=HYPERLINK("http://evil.example")\r\n',
    );
    const result = await lb(db, 'import-activities', file, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Filen ${file} går inte att läsa som CSV: rad 3: ett citattecken mitt i ett fält; sätt hela fältet inom citattecken och skriv citattecknen i texten dubbelt, t.ex. "han sa ""hej""". Inget har sparats.\n`,
    );
    await db.drop();
  });

  it('says so in Swedish for a quote that is never closed, and for a broken workbook; nothing is stored', async () => {
    const db = await createSqliteDatabase();
    const open = write('a.csv', 'datum;aktivitet;plats\r\n2018-03-12;medborgarkontakt;"Centrum\r\n');
    expect((await lb(db, 'import-activities', open)).stderr).toContain(
      'går inte att läsa som CSV: ett citattecken öppnas men stängs aldrig;',
    );
    const broken = write('a.xlsx', 'inte en arbetsbok');
    const result = await lb(db, 'import-activities', broken);
    expect(result.stderr).toBe(
      `Filen ${broken} går inte att läsa som Excel-arbetsbok. Öppna den i Excel och spara den igen som .xlsx. Inget har sparats.\n`,
    );
    expect((await exported(db)).activities).toHaveLength(0);
    await db.drop();
  });
});
