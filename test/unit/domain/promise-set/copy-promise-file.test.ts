// Next year's file from this year's: key, period and dates move; comments and texts stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPromiseFile, shiftYears } from '../../../../src/domain/promise-set/copy-promise-file.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';

const example = (key: string) =>
  readFileSync(join(import.meta.dirname, '../../../../promises/examples', `${key}.yml`), 'utf8');

describe('copyPromiseFile', () => {
  it('moves key, period, report date and event dates, keeping comments and texts', () => {
    const result = copyPromiseFile(example('ljusdal-2019'), 2020);
    if (!result.ok) expect.fail(result.error);
    const { key, text, todo } = result.value;
    expect(key).toBe('ljusdal-2020');
    expect(text).toContain('# Källa: "Ljusdal – medborgarlöften"');
    expect(text).toContain('fritidsgårdarna Metro och Kåken vid minst nio tillfällen under 2019');
    const loaded = loadPromiseFile(text);
    if (!loaded.ok) expect.fail(JSON.stringify(loaded.errors));
    expect(loaded.value.period).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(loaded.value.reportDue).toBe('2021-01-31');
    expect(loaded.value.events[0]?.dates).toEqual(['2020-03-14']);
    expect(loaded.value.terms[1]).toMatchObject({ start: '2020-08-19', end: '2020-12-20' });
    expect(todo).toContain('events: kontrollera datumen för "Temakväll Metro vt"');
  });

  it('drops an extension with its dates, and moves a two-year period whole', () => {
    const habo = copyPromiseFile(example('habo-2018'), 2020);
    if (!habo.ok) expect.fail(habo.error);
    const def = loadPromiseFile(habo.value.text);
    if (!def.ok) expect.fail(JSON.stringify(def.errors));
    expect(def.value.period).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(habo.value.todo[0]).toBe('period: förlängningen (extendedTo) är borttagen');
    expect(def.value.events[0]?.dates).toEqual(['2020-10-04']);
    const laxa = copyPromiseFile(example('laxa-2018'), 2020);
    const laxaDef = laxa.ok ? loadPromiseFile(laxa.value.text) : null;
    expect(laxaDef?.ok && laxaDef.value.period).toEqual({ start: '2020-07-01', end: '2022-06-30' });
    expect(laxa.ok && laxa.value.key).toBe('laxa-2020');
    expect(laxaDef?.ok && laxaDef.value.title).toBe('Medborgarlöfte 2020–2022');
    expect(copyPromiseFile(example('habo-2018'), 2018)).toEqual({
      ok: false,
      error: 'Det nya året ska vara efter 2018.',
    });
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
