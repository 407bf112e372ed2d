/**
 * Numbers as spreadsheets print them: "1,350", "１３５０", " 677 ", "103.70%", "100%", blank or
 * "——" for nothing. A cell that is none of these is a problem, never a zero.
 */
import type { Cell } from './sheet.ts';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false };

const blanks = new Set(['', '-', '—', '——', '/', '无', 'N/A', 'n/a']);

function clean(cell: Cell): string | number | null {
  if (cell == null || typeof cell === 'number') return cell;
  // Most cells are plain ASCII without spaces ("1350", "103.70%"): nothing to fold.
  const text = /^[\x21-\x7e]*$/.test(cell) ? cell : cell.normalize('NFKC').replace(/[\s\u00a0]+/g, '');
  return blanks.has(text) ? null : text;
}

/** A count or an amount; thousands separators only where they group by three. */
export function parseNumber(cell: Cell): Parsed<number> {
  const c = clean(cell);
  if (c == null) return { ok: true, value: null };
  if (typeof c === 'number') return Number.isFinite(c) ? { ok: true, value: c } : { ok: false };
  if (/^-?\d+(\.\d+)?$/.test(c)) return { ok: true, value: Number(c) };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(c)) return { ok: true, value: Number(c.replace(/,/g, '')) };
  return { ok: false };
}

/**
 * A completion rate as a fraction, with its printed text. "103.70%" → 1.037. A bare number is
 * read as a fraction up to 3 (1.037) and as percent points above (103.7), which no completion
 * rate a report prints confuses.
 */
export function parseRate(cell: Cell): Parsed<{ rate: number; text: string }> {
  const c = clean(cell);
  if (c == null) return { ok: true, value: null };
  if (typeof c === 'number') return { ok: true, value: { rate: c <= 3 ? c : c / 100, text: String(c) } };
  const match = /^(-?\d+(?:\.\d+)?)%$/.exec(c);
  if (match) return { ok: true, value: { rate: Number(match[1]) / 100, text: c } };
  const bare = parseNumber(c);
  if (bare.ok && bare.value != null)
    return { ok: true, value: { rate: bare.value <= 3 ? bare.value : bare.value / 100, text: c } };
  return { ok: false };
}
