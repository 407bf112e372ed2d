/** Validated paging arguments: every list a client can size is capped. */
import { appError } from '../errors.ts';

export const maxPageSize = 500;

export interface Page {
  limit: number;
  offset: number;
}

/** `limit` 1 … 500 (default 500), `offset` ≥ 0 (default 0); anything else is `input/bad_limit`. */
export function page(limit: number | null | undefined, offset: number | null | undefined): Page {
  const bad = (field: string, value: number, max: number, min: number) =>
    appError('input/bad_limit', { field, value: String(value), min: String(min), max: String(max) });
  const l = limit ?? maxPageSize;
  const o = offset ?? 0;
  if (!Number.isInteger(l) || l < 1 || l > maxPageSize) throw bad('limit', l, maxPageSize, 1);
  if (!Number.isInteger(o) || o < 0) throw bad('offset', o, Number.MAX_SAFE_INTEGER, 0);
  return { limit: l, offset: o };
}

export function pageOf<T>(items: readonly T[], p: Page): T[] {
  return items.slice(p.offset, p.offset + p.limit);
}
