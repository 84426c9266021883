// `/loften kommentar` end to end: the working group writes why a promise went as it did; the comment is
// kept with earlier ones, refused with personal data or from an officer, and shown under the promise in
// every report format, in the group's and chief's status, and January's reminder names the unmet
// promises that still lack one.
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import { getChannelDigest } from '../../../src/app/digest/get-channel-digest.ts';
import { CONSOLE_CHANNEL } from '../../../src/app/ensure-defaults.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

async function setUp() {
  const { deps, run, setNow } = await createCoreHarness('2018-11-20T09:00', {
    admins: ['console:chef'],
    reports: createReportDocuments(async () => null),
    userNames: { chef: 'Eva Chef' },
  });
  return { deps, run, at: setNow };
}

const TITLE = 'Aktivitetsdag om narkotika för föräldrar och åk 7';
const COMMENT = 'Ställdes in på grund av sjukdom, flyttas till våren';

describe('/loften kommentar', () => {
  it('is kept with earlier comments and refused from an officer or with personal data', async () => {
    const { deps, run } = await setUp();
    const officer = await run('anna', `/loften kommentar aktivitetsdag "${COMMENT}"`);
    expect(officer.ok).toBe(false);
    expect(officer.text).toContain('kräver rollen arbetsgrupp');
    const personal = await run('chef', '/loften kommentar aktivitetsdag "Ring 070-123 45 67"');
    expect(personal.ok).toBe(false);
    expect(personal.text).toContain('Kommentaren ser ut att innehålla ett telefonnummer');
    expect(await deps.store.findComments('overkalix-2018')).toEqual([]);

    const first = await run('chef', `/loften kommentar aktivitetsdag "${COMMENT}"`);
    expect(first.ok).toBe(true);
    expect(first.text).toContain('Kommentar sparad för Aktivitetsdag');
    expect(first.text).toContain(`20 november 2018, Eva Chef: ${COMMENT}`);
    const second = await run(
      'chef',
      '/loften kommentar aktivitetsdag T2 2018 "Skolan stängd under sommaren"',
    );
    expect(second.text).toContain('(tertial 2 2018)');
    expect(second.text).toContain('Tidigare kommentarer finns kvar (1)');
    const stored = await deps.store.findComments('overkalix-2018');
    expect(stored.map((c) => [c.text, c.part?.slug ?? null, c.userId])).toEqual([
      [COMMENT, null, 'console:chef'],
      ['Skolan stängd under sommaren', 't2-2018', 'console:chef'],
    ]);
    expect((await deps.store.findAudit(10)).filter((a) => a.action === 'comment')).toHaveLength(2);

    const unknown = await run('chef', '/loften kommentar flygplan "x"');
    expect(unknown.text).toContain('Okänt löfte "flygplan"');
    const empty = await run('chef', '/loften kommentar aktivitetsdag');
    expect(empty.text).toContain('Skriv kommentaren inom citattecken');
  });

  it('appears under the promise in every report format and in the chief’s status, not the officer’s', async () => {
    const { run, at } = await setUp();
    await run('chef', `/loften kommentar aktivitetsdag "${COMMENT}"`);
    at('2019-01-15T09:00');
    const report = await run('chef', '/rapport 2018');
    expect(report.text).toContain(`Kommentar 20 november 2018, Eva Chef: ${COMMENT}`);
    const files = new Map(report.files!.map((f) => [f.name.split('.').at(-1), f.data]));
    // The report's own deadline promise is delivered by this very document.
    expect(report.text).toContain('Levereras med denna sammanställning.');

    expect(new TextDecoder().decode(files.get('md'))).toContain(`- 20 november 2018, Eva Chef: ${COMMENT}`);
    const docx = await JSZip.loadAsync(files.get('docx')!);
    const text = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain(COMMENT);
    const rows = parse(new TextDecoder().decode(files.get('csv')!).slice(1), {
      delimiter: ';',
    }) as string[][];
    expect(rows.find((r) => r[0] === 'kommentar')).toEqual(
      expect.arrayContaining(['aktivitetsdag', '2018-11-20', `Eva Chef: ${COMMENT}`]),
    );
    const workbook = (await run('chef', '/rapport 2018 xlsx')).files![0]!;
    expect(workbook.name).toBe('uppfoljning-overkalix-2018.xlsx');
    const overview = await readSheet(Buffer.from(workbook.data), 'Översikt');
    const commented = overview.filter((r) => String(r[6] ?? '').includes(COMMENT));
    expect(commented.map((r) => r[0])).toEqual([TITLE]);

    const chief = await run('chef', '/status');
    expect(chief.text).toContain(`Kommentar 20 november 2018, Eva Chef: ${COMMENT}`);
    const officer = await run('anna', '/status');
    expect(officer.text).not.toContain(COMMENT);
  });

  it('January’s reminder names the unmet promises with no comment yet', async () => {
    const { deps, run, at } = await setUp();
    await run('chef', '/logga trafikinsats 2018-05-15');
    await run('chef', `/loften kommentar aktivitetsdag "${COMMENT}"`);
    at('2019-01-14T08:00');
    const binding = (await deps.store.getChannel(CONSOLE_CHANNEL))!;
    const digest = await getChannelDigest(deps, binding, deps.clock.now());
    const names = digest!.digest.reminder!.uncommented.map((u) => u.promiseId);
    expect(names).toContain('trafikinsats');
    expect(names).toContain('riskkvall');
    expect(names).not.toContain('aktivitetsdag');
    expect(names).not.toContain('sammanstallning');
    expect(digest!.reply.text).toMatch(/Ej uppfyllda utan kommentar: .*Minst fyra trafiksäkerhetsinsatser/);
  });
});
