/**
 * The account of every cell a file holds. A layout marks each cell it reads into a value or
 * recognises (a header, a label, a printed rate, a note); whatever is left is named in a warning
 * by `settleLedger` (`index.ts`). So a file can never be accepted with a cell nobody looked at.
 */
import type { Cell } from './sheet.ts';

/** What a cell was taken for. `value` cells were read into a figure, a date or a mark. */
export type CellRole = 'value' | 'header' | 'label' | 'rate' | 'note';

/** Wider than any sheet (XLSX stops at 16,384 columns; a CSV row this wide is refused by the cell limit). */
const stride = 2 ** 20;

interface ColumnRule {
  from: number;
  to: number;
  roles: ReadonlyMap<number, CellRole>;
}

export class CellLedger {
  private readonly marks = new Map<number, CellRole>();
  /** Whole columns over a run of rows (a long file's 100,000 rows), kept as one rule. */
  private readonly rules: ColumnRule[] = [];

  /** Marks a cell (0-based row and column); a second mark keeps the first. */
  mark(r: number, c: number, role: CellRole): void {
    const key = r * stride + c;
    if (!this.marks.has(key)) this.marks.set(key, role);
  }

  /** Marks every non-empty cell of a row from `from` (inclusive) to `to` (exclusive). */
  markRow(row: readonly Cell[], r: number, role: CellRole, from = 0, to = row.length): void {
    for (let c = from; c < Math.min(to, row.length); c++) if (row[c] != null) this.mark(r, c, role);
  }

  /** Rows `from` … `to` (inclusive, 0-based): the given columns have the given roles. */
  markColumns(from: number, to: number, roles: ReadonlyMap<number, CellRole>): void {
    this.rules.push({ from, to, roles });
  }

  roleOf(r: number, c: number): CellRole | undefined {
    const own = this.marks.get(r * stride + c);
    if (own) return own;
    for (const rule of this.rules) if (r >= rule.from && r <= rule.to) return rule.roles.get(c);
    return undefined;
  }

  isMarked(r: number, c: number): boolean {
    return this.roleOf(r, c) !== undefined;
  }
}

/** How the cells of a file were accounted for, as the dry run reports it. */
export interface CellAccount {
  /** Non-empty cells read into a value (a figure, a workers count, a mark, a date). */
  read: number;
  /** Non-empty cells recognised as a header, a label, a printed rate or a note. */
  recognised: number;
  /** Non-empty cells neither read nor recognised, each named in a problem. */
  ignored: number;
  ignoredCells: Array<{ row: number; column: string; value: string }>;
}
