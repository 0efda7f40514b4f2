import type { Cell } from './tables.ts';

/** How a CSV file is written. */
export interface Dialect {
  delimiter: string;
  /** Byte order mark first: spreadsheet programs need it to read UTF-8. */
  bom: boolean;
  /** Decimal separator of numbers. */
  decimal: string;
}

/** The published CSV: RFC 4180 (comma, CRLF, double quotes), UTF-8 without BOM, `.` decimals. */
export const RFC_4180: Dialect = { delimiter: ',', bom: false, decimal: '.' };

function text(cell: Cell, dialect: Dialect): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell).replace('.', dialect.decimal);
  return String(cell);
}

/** A field is quoted when it holds the delimiter, a quote or a line break; quotes inside are doubled. */
function field(value: string, dialect: Dialect): string {
  const needsQuotes = value.includes(dialect.delimiter) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV bytes: a header row, then one line per row, each ended by CRLF. */
export function csv(header: readonly string[], rows: readonly Cell[][], dialect: Dialect): Uint8Array {
  const line = (cells: readonly Cell[]) => cells.map((cell) => field(text(cell, dialect), dialect)).join(dialect.delimiter);
  const body = [header, ...rows].map(line).map((text) => `${text}\r\n`).join('');
  return new TextEncoder().encode(dialect.bom ? `\uFEFF${body}` : body);
}
