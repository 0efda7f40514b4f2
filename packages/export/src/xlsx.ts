import { unzipSync, zipSync, type Zippable } from 'fflate';
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/node';
import type { Cell } from './tables.ts';
import type { TypedTable } from './typed.ts';

/** What the README sheet says, in both languages, line by line. */
export interface WorkbookReadme {
  lines: string[];
}

/** A sheet name: Excel allows 31 characters and none of []:*?/\ . */
const sheetName = (name: string) => {
  if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`${name}: not a valid Excel sheet name`);
  return name;
};

/**
 * A cell typed by its Table Schema field: every string (codes, ids, partial dates) is a text cell, so 09257 keeps its
 * zero and 2022-05 stays a month; integers and numbers are numbers, booleans booleans, full dates date cells.
 */
function cell(value: Cell, type: string): XlsxCell {
  if (value === undefined) return null;
  switch (type) {
    case 'integer':
    case 'number':
      return { value: value as number, type: Number };
    case 'boolean':
      return { value: value as boolean, type: Boolean };
    case 'date': {
      const [year, month, day] = String(value).split('-').map(Number) as [number, number, number];
      return { value: new Date(Date.UTC(year, month - 1, day)), type: Date, format: 'yyyy-mm-dd' };
    }
    default:
      return { value: String(value), type: String };
  }
}

/**
 * The workbook: a README sheet (what the data is, how to cite, what each sheet holds), then one sheet per table with a
 * bold, frozen header row. write-excel-file (maintained, one dependency: fflate) writes the cells with their types.
 */
export async function workbook(tables: readonly TypedTable[], readme: WorkbookReadme, date: string): Promise<Uint8Array> {
  const sheets: Sheet<never>[] = [
    { sheet: 'README', data: readme.lines.map((line) => [{ value: line, type: String }]), columns: [{ width: 120 }] },
    ...tables.map(
      (table): Sheet<never> => ({
        sheet: sheetName(table.name),
        stickyRowsCount: 1,
        data: [
          table.fields.map((field) => ({ value: field.name, type: String, fontWeight: 'bold' as const })),
          ...table.rows.map((row) => row.map((value, index) => cell(value, table.fields[index]!.type))),
        ],
      }),
    ),
  ];
  const buffer = await writeXlsxFile(sheets).toBuffer();
  return restamp(new Uint8Array(buffer), date);
}

/**
 * XML parsers turn a raw CR (or CRLF) into LF: a text written with CRLF would come back changed. As a character
 * reference it survives. A raw CR can only be in text here: the library writes its markup without line breaks.
 */
function keepCarriageReturns(xml: Uint8Array): Uint8Array {
  if (!xml.includes(13)) return xml;
  return new TextEncoder().encode(new TextDecoder().decode(xml).replaceAll('\r', '&#13;'));
}

/**
 * The same zip with every entry dated from the data's date (noon, local components, as zip.ts): the library stamps the
 * build's clock, and two builds of the same data must give the same bytes. Entry order is kept.
 */
function restamp(bytes: Uint8Array, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const entries: Zippable = {};
  for (const [path, content] of Object.entries(unzipSync(bytes))) entries[path] = [path.endsWith('.xml') ? keepCarriageReturns(content) : content, { mtime }];
  return zipSync(entries, { level: 9, mtime });
}
