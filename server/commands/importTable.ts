/**
 * Importing a file through the API. The file arrives as base64; it is read and mapped off the main
 * thread (`server/import/`), and written, when asked, by the write pipeline (`commands/imports.ts`).
 */
import { authorize } from '../auth/authorize.ts';
import { appError } from '../errors.ts';
import { applySuggestions, flagKey } from '../import/index.ts';
import { parseFileIsolated } from '../import/isolate.ts';
import { importLimits, megabytes } from '../import/limits.ts';
import { importReport } from '../import/report.ts';
import type { Reader } from '../read/reader.ts';
import { applyImport, importContext, importTarget } from './imports.ts';

export interface ImportInput {
  stationCode: string;
  year: number;
  fileName: string;
  contentBase64: string;
  dryRun?: boolean | null;
  createContract?: boolean | null;
  contractStart?: string | null;
  contractEnd?: string | null;
  positions?: number | null;
  keepNames?: boolean | null;
  /** The data-quality suggestions to take in place of the printed figures (`indicator|area`). */
  acceptSuggestions?: ReadonlyArray<string> | null;
}

/**
 * `content`: the file's base64 as bytes, when the request body handed it over by reference
 * (`http/body.ts`); else `input.contentBase64` is the base64 itself.
 */
export async function importTable(
  r: Reader,
  ip: string,
  input: ImportInput,
  content: Uint8Array | null = null,
) {
  const target = await importTarget(r.db, r.scope, input.stationCode, input.year);
  if (!authorize(r.viewer, 'figures:write', target.station)) throw appError('auth/forbidden');
  // Refused before decoding: base64 holds three bytes in four characters.
  const base64 = content ?? input.contentBase64;
  if ((typeof base64 === 'string' ? base64.length : base64.byteLength) * 0.75 > importLimits.fileBytes + 3)
    throw appError('import/too_large', { limit: megabytes(importLimits.fileBytes) });
  const dates =
    input.contractStart && input.contractEnd ? { start: input.contractStart, end: input.contractEnd } : null;
  const ctx = await importContext(r.db, target, dates, r.today);
  const parsed = await parseFileIsolated(input.fileName, base64, ctx, r.deadlineAt);
  const taken = applySuggestions(parsed, input.acceptSuggestions ?? []);
  const apply = parsed.ok && input.dryRun === false;
  const summary = apply
    ? await applyImport(r.db, target, parsed, {
        viewer: r.viewer,
        ip,
        createContract: input.createContract === true,
        contractDates: dates,
        positions: input.positions,
        keepNames: input.keepNames === true,
      })
    : null;
  return {
    ...importReport(parsed, summary),
    contractNeeded: target.contract == null,
    suggestionsTaken: taken.map(flagKey),
  };
}

export type ImportResultModel = Awaited<ReturnType<typeof importTable>>;
