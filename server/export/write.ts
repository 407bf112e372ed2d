/** A grid to a file: CSV (UTF-8 with BOM, CRLF, so that Excel reads Chinese) or XLSX (exceljs). */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { startsLikeFormula } from '../domain/formula.ts';
import type { Cell } from '../import/sheet.ts';
import type { ExportGrid } from './tables.ts';

export type ExportFormat = 'csv' | 'xlsx';

export const mimeTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A CSV cell as text a spreadsheet will not run: a leading apostrophe before text that starts
 * like a formula (`domain/formula.ts`; the importer takes the apostrophe off again). Numbers, and
 * text that is only a number, stay as they are.
 */
export function inertCell(cell: Cell): Cell {
  return typeof cell === 'string' && startsLikeFormula(cell) ? `'${cell}` : cell;
}

export async function writeGrid(grid: ExportGrid, format: ExportFormat): Promise<Buffer> {
  if (format === 'csv') {
    const width = Math.max(...grid.rows.map((r) => r.length));
    const rows = grid.rows.map((r) => Array.from({ length: width }, (_, i) => inertCell(r[i] ?? '')));
    return Buffer.from(stringify(rows, { bom: true, record_delimiter: 'windows' }), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Station Monitor 社工站监测看板';
  const sheet = workbook.addWorksheet(grid.name.slice(0, 31));
  // exceljs writes a string as a text cell, never as a formula: shown as it is, run never.
  for (const row of grid.rows) sheet.addRow(row.map((c) => c ?? null));
  for (const [top, left, bottom, right] of grid.merges) sheet.mergeCells(top, left, bottom, right);
  for (const r of grid.headerRows) sheet.getRow(r).font = { bold: true };
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 28 : 11;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
