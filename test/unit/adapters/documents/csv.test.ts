import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvNumber, formatCsv, parseCsv } from '../../../../src/adapters/documents/csv.ts';

describe('CSV for Swedish Excel', () => {
  it('round-trips any text, including semicolons, commas, quotes, line breaks and å/ä/ö', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'å', ',', ';', '"', '\n', '\r', ' ', 'Ö', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(parseCsv(formatCsv(rows), ';')).toEqual(rows);
        },
      ),
    );
  });

  it('starts with a byte order mark and separates fields with semicolons', () => {
    expect(
      formatCsv([
        ['plats', 'antal'],
        ['Ungdomsgården', csvNumber(1.5)],
      ]),
    ).toBe('\uFEFFplats;antal\r\nUngdomsgården;1,5\r\n');
  });

  it('keeps a comma inside a field unquoted, so Excel with a Swedish locale leaves it in one cell', () => {
    const text = formatCsv([['anteckning'], ['hastighet, nykterhet']]);
    expect(text.split('\r\n')[1]).toBe('hastighet, nykterhet');
  });

  it('keeps a note that looks like a formula as text', () => {
    const [, row] = parseCsv(formatCsv([['anteckning'], ['=HYPERLINK("x")']]), ';');
    expect(row).toEqual(['\'=HYPERLINK("x")']);
  });

  it('reads comma- and semicolon-separated files by their header line', () => {
    expect(parseCsv('datum,plats\r\n2018-01-03,Centrum\r\n')).toEqual([
      ['datum', 'plats'],
      ['2018-01-03', 'Centrum'],
    ]);
    expect(parseCsv('\uFEFFdatum;plats\n2018-01-03;"Centrum; torget"\n')).toEqual([
      ['datum', 'plats'],
      ['2018-01-03', 'Centrum; torget'],
    ]);
  });
});
