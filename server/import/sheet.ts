/**
 * Reading a file into a grid of cells, whatever it was: CSV (comma or tab, UTF-8 with or without
 * BOM, CRLF or LF) through csv-parse, XLSX through exceljs. Layouts (`long.ts`, `wide.ts`,
 * `attendance.ts`) map the grid; nothing here knows what the cells mean.
 */
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ImportFailure } from './problems.ts';

/** A cell as printed: numbers from XLSX stay numbers, percentages become their printed text. */
export type Cell = string | number | null;

export interface Grid {
  /** Rows as in the file; `rows[i]` is row `i + 1`, the number the user sees. */
  rows: Cell[][];
  /** The sheet's name (XLSX) or null (CSV). */
  sheet: string | null;
}

export type FileFormat = 'csv' | 'xlsx';

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip || /\.xlsx$/i.test(fileName)) return 'xlsx';
  return 'csv';
}

export async function readGrid(fileName: string, bytes: Uint8Array): Promise<Grid> {
  if (bytes.length === 0) throw new ImportFailure('import/empty', { file: fileName });
  return formatOf(fileName, bytes) === 'xlsx' ? readXlsx(fileName, bytes) : readCsv(fileName, bytes);
}

function readCsv(fileName: string, bytes: Uint8Array): Grid {
  // csv-parse reads the bytes themselves (given text, it would encode it back into bytes): they
  // are only checked here, and only the first line is decoded, to choose the delimiter.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer))
    throw new ImportFailure('import/unreadable', { file: fileName, detail: 'not UTF-8 text' });
  const end = buffer.indexOf(0x0a);
  const firstLine = buffer.toString('utf8', 0, end === -1 ? buffer.length : end);
  const delimiter = firstLine.split('\t').length > firstLine.split(',').length ? '\t' : ',';
  try {
    const records = parse(buffer, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as Cell[][];
    // Blank cells become null in place: a long file has 100,000 rows, not worth a second copy.
    for (const record of records)
      for (let c = 0; c < record.length; c++) if ((record[c] as string).trim() === '') record[c] = null;
    return { rows: records, sheet: null };
  } catch (error) {
    throw new ImportFailure('import/unreadable', {
      file: fileName,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportFailure('import/unreadable', {
      file: fileName,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ImportFailure('import/empty', { file: fileName });
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged range keeps its value in the master cell only, as a CSV export would.
      cells[col - 1] = cell.isMerged && cell.master.address !== cell.address ? null : cellValue(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { rows: Array.from(rows, (r) => r ?? []), sheet: sheet.name };
}

function cellValue(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value == null) return null;
  if (typeof value === 'number') return percentFormat(cell.numFmt, value) ?? value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) {
    const result = value.result;
    if (typeof result === 'number') return percentFormat(cell.numFmt, result) ?? result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    return result == null || typeof result === 'object' ? null : String(result);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** A number shown as a percentage (`0.00%`) is taken as printed: "103.70%". */
function percentFormat(numFmt: string | undefined, value: number): string | null {
  if (!numFmt?.includes('%')) return null;
  const decimals = /0\.(0+)%/.exec(numFmt)?.[1]?.length ?? 0;
  return `${(value * 100).toFixed(decimals)}%`;
}

/** The cell as text with spaces, line breaks and full-width variants folded, for matching labels. */
export function label(cell: Cell | undefined): string {
  if (cell == null) return '';
  const text = String(cell);
  // Most cells of a long file are plain codes, months and numbers: nothing to fold.
  if (/^[\x21-\x7e]*$/.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}
