// import-activities reads each spreadsheet row as the /logga line it stands for. The cells are not typed
// on a phone but kept in a sheet: a note with quotation marks is one note, a count cell is a whole
// number, and a row without a date is a gap to name, not an activity of today.
import { describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL } from '../../../src/app/ensure-defaults.ts';
import { importActivities, type SheetCell } from '../../../src/app/import-activities.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

const HEADER = ['datum', 'aktivitet', 'plats', 'antal', 'med', 'anteckning'];

async function importRows(rows: SheetCell[][], dryRun = false) {
  const { deps, ctx } = await createCoreHarness('2018-03-19T08:00:00');
  const result = await importActivities(
    deps,
    { ...ctx, channelId: CONSOLE_CHANNEL },
    'overkalix-2018',
    [HEADER, ...rows],
    { dryRun },
  );
  return { result, activities: await deps.store.findActivities('overkalix-2018') };
}

describe('import-activities cells', () => {
  it('keeps a note with quotation marks whole, as written', async () => {
    const notes = ['sa "hej" vid kiosken', '=HYPERLINK("http://evil.example";"x")', 'citat «så här»'];
    const { result, activities } = await importRows(
      notes.map((note, i) => [`2018-03-1${i}`, 'medborgarkontakt', 'Centrum', 1, '', note]),
    );
    expect(result.ok).toBe(true);
    expect(activities.map((a) => a.note).sort()).toEqual([...notes].sort());
  });

  it('names a count that is no whole number, and a row without a date, and stores nothing', async () => {
    const { result, activities } = await importRows([
      ['2018-03-12', 'medborgarkontakt', 'Centrum', '2,5', '', ''],
      ['2018-03-12', 'medborgarkontakt', 'Centrum', -3, '', ''],
      ['', 'medborgarkontakt', 'Centrum', 1, '', ''],
      ['2018-03-13', 'medborgarkontakt', 'Centrum', 'tre', '', ''],
    ]);
    expect(result.ok || result.error.message).toBe(
      [
        'Importen avbröts: 3 rader kan inte läsas. Inget har importerats; rätta raderna och importera filen igen.',
        'Rad 2: Antalet "2,5" är inget heltal. Skriv antalet som ett heltal, t.ex. 3.',
        'Rad 3: Antalet "-3" är inget heltal. Skriv antalet som ett heltal, t.ex. 3.',
        'Rad 4: Datumet saknas. Skriv dagen aktiviteten gjordes, t.ex. 2018-03-14.',
      ].join('\n'),
    );
    expect(activities).toHaveLength(0);
  });

  it('reads a count written in words or with its unit as /logga does', async () => {
    const { result, activities } = await importRows([
      ['2018-03-13', 'medborgarkontakt', 'Centrum', 'tre', '', ''],
      ['2018-03-14', 'medborgarkontakt', 'Centrum', '2 st', '', ''],
      ['2018-03-15', 'medborgarkontakt', 'Centrum', 4, '', ''],
    ]);
    expect(result.ok).toBe(true);
    expect(activities.map((a) => `${a.date} ${a.count}`).sort()).toEqual([
      '2018-03-13 3',
      '2018-03-14 2',
      '2018-03-15 4',
    ]);
  });
});

describe('import-activities and free-text places', () => {
  it('stores a place the set or an earlier row already has with that spelling, and says so', async () => {
    const { deps, ctx } = await createCoreHarness('2018-03-19T08:00:00');
    const { overkalixText } = await import('../../helpers/core-deps.ts');
    const { importPromiseSet } = await import('../../../src/app/import-promise-set.ts');
    // The seed with free-text places allowed for "närvaro".
    const open = overkalixText.replace(
      'rule: { kind: regular, weeks: 4 }\n    places: {',
      'rule: { kind: regular, weeks: 4 }\n    places: { open: true,',
    );
    expect(open).not.toBe(overkalixText);
    const imported = await importPromiseSet(deps, open, {
      actor: 'console:admin',
      platform: 'console',
      action: 'import',
    });
    expect(imported.ok).toBe(true);
    const { handleCommand } = await import('../../../src/app/handle-command.ts');
    expect((await handleCommand(deps, ctx, 'logga närvaro Kiosken 2018-03-01')).text).toContain(
      'Ny plats: "Kiosken"',
    );
    const result = await importActivities(
      deps,
      { ...ctx, channelId: CONSOLE_CHANNEL },
      'overkalix-2018',
      [
        HEADER,
        ['2018-03-05', 'närvaro', 'kiosken', 1, '', ''],
        ['2018-03-06', 'närvaro', 'Byskolan', 1, '', ''],
        ['2018-03-07', 'närvaro', 'BYSKOLAN', 1, '', ''],
      ],
      { dryRun: false },
    );
    expect(result.ok && result.value.text).toContain(
      'Platser som redan fanns med en annan stavning sparades som tidigare: "kiosken" → "Kiosken", "BYSKOLAN" → "Byskolan".',
    );
    const places = (await deps.store.findActivities('overkalix-2018')).map((a) => a.place).sort();
    expect(places).toEqual(['Byskolan', 'Byskolan', 'Kiosken', 'Kiosken']);
  });
});
