/**
 * Reading a file into a grid of cells, whatever it was: CSV or tab-separated text (comma, tab or
 * semicolon; UTF-8 with or without BOM, GB18030 as a Chinese Excel saves it, UTF-16 as Excel's
 * "Unicode text"; CRLF or LF) through csv-parse, XLSX through exceljs. Layouts (`long.ts`,
 * `official.ts`, `attendance.ts`) map the grid; nothing here knows what the cells mean.
 */
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startsLikeFormula } from '../domain/formula.ts';
import { checkArchive } from './archive.ts';
import { importLimits } from './limits.ts';
import { ImportFailure, problem, type ImportProblem } from './problems.ts';

/** A cell as printed: numbers from XLSX stay numbers, percentages become their printed text. */
export type Cell = string | number | null;

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Grid {
  /** Rows as in the file; `rows[i]` is row `i + 1`, the number the user sees. */
  rows: Cell[][];
  /** The sheet's name (XLSX) or null (text). */
  sheet: string | null;
  /** What reading the file itself found to say (a quote that swallowed rows). */
  warnings?: ImportProblem[];
  /** Other sheets of a workbook that hold cells: not read, and named in a warning. */
  otherSheets?: Array<{ name: string; rows: number }>;
  format: FileFormat;
  /** How a text file was encoded and separated (null for XLSX). */
  encoding: TextEncoding | null;
  delimiter: string | null;
}

export type FileFormat = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || /\.xlsx$/i.test(fileName)) return 'xlsx';
  return 'csv';
}

export async function readGrid(fileName: string, bytes: Uint8Array): Promise<Grid> {
  if (bytes.length === 0) throw new ImportFailure('import/empty', { file: fileName });
  // Excel 97–2003 (.xls) is an OLE2 compound file: no maintained library on npm reads it safely.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    throw new ImportFailure('import/xls', { file: fileName });
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) throw new ImportFailure('import/pdf', { file: fileName });
  return formatOf(fileName, bytes) === 'xlsx' ? readXlsx(fileName, bytes) : readCsv(fileName, bytes);
}

/**
 * The text's encoding, never asked of the user: a BOM says it; else valid UTF-8 is UTF-8; else
 * text whose every other byte is mostly zero is UTF-16 without a BOM; else GB18030 (a superset
 * of GBK and GB2312, what 另存为 CSV writes on a Chinese Windows), if it decodes cleanly.
 * Written here rather than with a guessing library: these four are the only ones stations send,
 * and a guesser would take a GB18030 file for Big5 or Shift_JIS now and then.
 */
export function textEncoding(buffer: Buffer): { encoding: TextEncoding; bom: number } | null {
  if (startsWith(buffer, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', bom: 3 };
  if (startsWith(buffer, 0xff, 0xfe)) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(buffer, 0xfe, 0xff)) return { encoding: 'utf-16be', bom: 2 };
  // UTF-16 first: text of plain ASCII in UTF-16 is, byte for byte, valid UTF-8 full of NULs.
  const sample = buffer.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.2 && evenZeros < half * 0.02) return { encoding: 'utf-16le', bom: 0 };
  if (evenZeros > half * 0.2 && oddZeros < half * 0.02) return { encoding: 'utf-16be', bom: 0 };
  if (isUtf8(buffer)) return { encoding: 'utf-8', bom: 0 };
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(buffer);
    return { encoding: 'gb18030', bom: 0 };
  } catch {
    return null;
  }
}

/**
 * The separator most lines of the first 50 use (a title line above the table has none):
 * comma, tab or semicolon; ties go to the tab, then the comma.
 */
export function delimiterOf(text: string): string {
  const lines = text.split(/\r?\n/, 50).filter((l) => l.trim() !== '');
  const score = (d: string) => {
    let lineCount = 0;
    let total = 0;
    for (const line of lines) {
      const n = line.split(d).length - 1;
      if (n > 0) lineCount += 1;
      total += n;
    }
    return lineCount * 1_000_000 + total;
  };
  const [tab, comma, semicolon] = [score('\t'), score(','), score(';')];
  if (tab >= comma && tab >= semicolon && tab > 0) return '\t';
  return semicolon > comma ? ';' : ',';
}

/** Separators and line ends in the bytes: the cells a text file can hold, counted before parsing. */
function cellsAtMost(text: Buffer | string, delimiter: string): number {
  if (typeof text === 'string') return text.split(delimiter).length + text.split('\n').length;
  const d = delimiter.charCodeAt(0);
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === d || text[i] === 0x0a) n++;
  return n;
}

function readCsv(fileName: string, bytes: Uint8Array): Grid {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = textEncoding(buffer);
  if (!found) throw new ImportFailure('import/unreadable', { file: fileName });
  // csv-parse reads UTF-8 bytes themselves (given text, it would encode it back into bytes);
  // other encodings are decoded first.
  const utf8 = found.encoding === 'utf-8';
  const input: Buffer | string = utf8
    ? buffer
    : new TextDecoder(found.encoding).decode(buffer.subarray(found.bom));
  const head = typeof input === 'string' ? input.slice(0, 64 * 1024) : input.toString('utf8', 0, 64 * 1024);
  const delimiter = delimiterOf(head.replace(/^\ufeff/, ''));
  if (cellsAtMost(input, delimiter) > importLimits.cells * 1.5)
    throw new ImportFailure('import/too_many_cells', { file: fileName, limit: String(importLimits.cells) });
  const read = (quote: boolean) => {
    try {
      return parse(input, {
        bom: true,
        delimiter,
        quote: quote ? '"' : false,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
      }) as Cell[][];
    } catch {
      throw new ImportFailure('import/unreadable_text', { file: fileName });
    }
  };
  let records = read(true);
  // A cell that opens with a quote nobody closes swallows the rows after it into one cell (text
  // pasted from a PDF: "注：…“双百工程”…”): such a cell spans lines that hold separators of their
  // own. The file is then read without quotes, and the row named.
  const swallowing = records.findIndex((record) =>
    record.some((cell) => {
      const text = cell as string;
      if (!text.includes('\n')) return false;
      return text.split('\n').some((line, i) => i > 0 && line.split(delimiter).length > 2);
    }),
  );
  const warnings: ImportProblem[] = [];
  if (swallowing >= 0) {
    records = read(false);
    warnings.push(problem('import/unpaired_quote', { row: swallowing + 1 }, 'warning'));
  }
  let cells = 0;
  // Blank cells become null in place: a long file has 100,000 rows, not worth a second copy.
  for (const record of records) {
    cells += record.length;
    for (let c = 0; c < record.length; c++) {
      const text = record[c] as string;
      if (text.trim() === '') record[c] = null;
      // The apostrophe our exports (and spreadsheets) put before text that starts like a formula.
      else if (text.charCodeAt(0) === 39 && startsLikeFormula(text.slice(1))) record[c] = text.slice(1);
    }
  }
  if (cells > importLimits.cells)
    throw new ImportFailure('import/too_many_cells', { file: fileName, limit: String(importLimits.cells) });
  return { rows: records, sheet: null, format: 'csv', encoding: found.encoding, delimiter, warnings };
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<Grid> {
  await checkArchive(fileName, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFailure('import/bad_xlsx', { file: fileName });
  }
  // The first visible sheet with content (a hidden helper sheet is not the table).
  const filled = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  const sheet = filled.find((ws) => ws.state === 'visible') ?? filled[0];
  if (!sheet) throw new ImportFailure('import/empty', { file: fileName });
  const others = filled.filter((ws) => ws !== sheet);
  if (sheet.rowCount > importLimits.rows)
    throw new ImportFailure('import/too_many_rows', {
      file: fileName,
      value: String(sheet.rowCount),
      limit: String(importLimits.rows),
    });
  const rows: Cell[][] = [];
  let cells = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged range keeps its value in the master cell only, as a CSV export would.
      values[col - 1] = cell.isMerged && cell.master.address !== cell.address ? null : cellValue(cell);
    });
    cells += values.length;
    if (cells > importLimits.cells)
      throw new ImportFailure('import/too_many_cells', { file: fileName, limit: String(importLimits.cells) });
    rows[rowNumber - 1] = Array.from(values, (c) => c ?? null);
  });
  return {
    rows: Array.from(rows, (r) => r ?? []),
    sheet: sheet.name,
    otherSheets: others.map((ws) => ({ name: ws.name, rows: ws.actualRowCount })),
    format: 'xlsx',
    encoding: null,
    delimiter: null,
  };
}

function cellValue(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value == null) return null;
  if (typeof value === 'number') return percentFormat(cell.numFmt, value) ?? value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === 'number') return percentFormat(cell.numFmt, result) ?? result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    if (typeof result === 'string' || typeof result === 'boolean') return String(result);
    // An error the formula shows (#N/A, #DIV/0!) is named as it shows; a formula the file holds
    // no result for (a workbook written by a program, never opened in Excel) by its formula:
    // either way the cell is named, never read as blank.
    if (result && typeof result === 'object' && 'error' in result) return String(result.error);
    const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? '';
    return `=${formula}`;
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * A number shown as a percentage is taken as printed: "103.70%". A `%` of the format multiplies
 * by 100 (`0.00%`); one written as text in it (`0.00"%"`, `0\\%`) does not: the number is the
 * percent already.
 */
function percentFormat(numFmt: string | undefined, value: number): string | null {
  if (!numFmt?.includes('%')) return null;
  const live = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const decimals = /0\.(0+)/.exec(numFmt)?.[1]?.length ?? 0;
  if (!live.includes('%')) return `${value.toFixed(decimals)}%`;
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

/** A cell that holds a figure, a rate or a blank marker (——), as opposed to words. */
export function isFigureLike(cell: Cell): boolean {
  if (cell == null) return false;
  if (typeof cell === 'number') return true;
  return /^[\s\d.,，%％+\-—–/]+$/.test(cell.normalize('NFKC'));
}
