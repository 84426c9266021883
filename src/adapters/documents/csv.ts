// CSV as Swedish Excel opens it with a double-click: semicolon separated (the list separator where the
// decimal separator is a comma), CRLF line ends, fields quoted when they hold a semicolon, quote or line
// break (quotes doubled), and a UTF-8 byte order mark first so Excel reads å, ä and ö right. Numbers are
// written with a decimal comma by the callers (`csvNumber`).
// csv-parse (the node-csv project) reads it back: the one RFC 4180 reader for tests and imports.
import { parse } from 'csv-parse/sync';

const BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/** Text Excel would run as a formula (`=`, `+`, `-`, `@` first) is kept as text with a leading apostrophe. */
function defuse(value: string): string {
  return /^[=+\-@]/.test(value) && !/^-\d+(,\d+)?$/.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const safe = defuse(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `1,5`: a number as Swedish Excel reads one. */
export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((row) => row.map(field).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}

/**
 * Rows of fields from CSV text. The separator is the one the header line uses most (`;` from Swedish
 * Excel, `,` or a tab from elsewhere) unless given.
 */
export function parseCsv(text: string, separator?: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = separator ?? guessSeparator(source);
  return parse(source, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

function guessSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((s) => [s, firstLine.split(s).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : CSV_SEPARATOR;
}

/**
 * Why csv-parse could not read a file, in Swedish with the row number (csv-parse's own messages are
 * English). Rows count from 1, the header included, as a spreadsheet numbers them.
 */
export function describeCsvError(error: unknown): string {
  const { code, lines } = (error ?? {}) as { code?: string; lines?: number };
  const row = typeof lines === 'number' ? `rad ${lines}: ` : '';
  const quoteHint =
    'sätt hela fältet inom citattecken och skriv citattecknen i texten dubbelt, t.ex. "han sa ""hej"""';
  switch (code) {
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return `${row}ett citattecken mitt i ett fält; ${quoteHint}.`;
    case 'CSV_QUOTE_NOT_CLOSED':
      // csv-parse counts to where the file ends, not to the quote: no row to name.
      return `ett citattecken öppnas men stängs aldrig; ${quoteHint}.`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${row}text direkt efter ett avslutande citattecken; ${quoteHint}.`;
    default:
      return `${row}filen följer inte CSV-formatet. Spara den från kalkylprogrammet som CSV (semikolonavgränsad) och försök igen.`;
  }
}
