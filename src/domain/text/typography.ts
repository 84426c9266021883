// Swedish typography for text a document prints (the Word report, the web page): ”citattecken” on both
// sides, an en dash in ranges (`1–3 mars`, `v.12–14`, `2018–2019`), and no-break spaces that keep a
// number with the word or unit after it (`54 medborgarkontakter`, `3 mars`, `mars 2019`, `45 %`).
// Thousands are grouped where numbers are formatted (formatInteger), not here: a four-digit number in
// running text may be a year.
import { MONTHS } from '../time/format-swedish.ts';

export const NBSP = '\u00a0';

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');

export function typesetSwedish(text: string): string {
  return (
    text
      // Quotation marks: Swedish uses the same closing mark on both sides.
      .replace(/["“”„]([^"“”„\n]*)["“”„]/g, '”$1”')
      .replace(/(^|[\s(])'([^'\n]*)'/g, '$1’$2’')
      // Ranges of numbers (never inside an ISO date such as 2019-01-31).
      .replace(/(?<![\d-])(\d{1,4}) ?- ?(\d{1,4})(?![\d-])/g, '$1–$2')
      // A hyphen standing alone between words is a dash.
      .replace(/ - /g, ' – ')
      // A number and the word, unit or per cent after it stay on one line.
      .replace(/(^|[^\d\-/:.])(\d[\d,\u00a0]*) (?=[\p{L}%§])/gu, `$1$2${NBSP}`)
      .replace(MONTH_YEAR, `$1${NBSP}$2`)
  );
}
