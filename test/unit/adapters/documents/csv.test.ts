import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../../../src/adapters/documents/csv.ts';

describe('CSV (RFC 4180)', () => {
  it('round-trips any text, including commas, quotes, line breaks and å/ä/ö', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'å', ',', '"', '\n', '\r', ' ', 'Ö', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(parseCsv(formatCsv(rows))).toEqual(rows);
        },
      ),
    );
  });

  it('starts with a byte order mark so Excel reads UTF-8', () => {
    expect(formatCsv([['plats'], ['Ungdomsgården']])).toBe('\uFEFFplats\r\nUngdomsgården\r\n');
  });
});
