/**
 * Importing a file through the API and handing a station-year out as a file. The file arrives
 * as base64; parsing and mapping are `server/import/`, writing `services/imports.ts`.
 */
import { desc, eq } from 'drizzle-orm';
import { contractAsOf } from '../domain/asOf.ts';
import { asLang } from '../domain/format.ts';
import { reportHtml } from '../export/report.ts';
import { authorize } from '../auth/authorize.ts';
import * as t from '../db/schema.ts';
import { appError } from '../errors.ts';
import { attendanceGrid, longTemplate, wideGrid } from '../export/tables.ts';
import { mimeTypes, writeGrid, type ExportFormat } from '../export/write.ts';
import { applySuggestions, flagKey } from '../import/index.ts';
import { parseFileIsolated } from '../import/isolate.ts';
import { importLimits, megabytes } from '../import/limits.ts';
import type { Layout } from '../import/plan.ts';
import { importReport } from '../import/report.ts';
import { contractAttendance, stationYear } from '../services/exports.ts';
import { applyImport, importContext, importTarget } from '../services/imports.ts';
import type { Reader } from './reader.ts';
import { evaluations } from './evaluations.ts';
import { progressNarrative } from './narrative.ts';
import { dataQualityIssues } from './quality.ts';
import { maskName, staffing } from './staffing.ts';
import { contractStatuses } from './statuses.ts';

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
  const ctx = await importContext(r.db, target, dates);
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

export async function tableFile(
  r: Reader,
  stationCode: string,
  year: number,
  layout: Layout,
  format: ExportFormat,
) {
  const y = await stationYear(r.db, r.scope, stationCode, year);
  const { contract } = y;
  if (layout !== 'long' && !contract) throw appError('import/no_contract', { value: String(year) });
  let grid;
  if (layout === 'long') grid = longTemplate(y);
  else if (!contract) throw appError('import/no_contract', { value: String(year) });
  else if (layout === 'wide') grid = wideGrid({ ...y, contract });
  else {
    const named = authorize(r.viewer, 'staff:names', y.station);
    const { people, months } = await contractAttendance(r.db, contract.id);
    grid = attendanceGrid({ ...y, contract }, people, months, (s) => (named ? s.name : maskName(s.name)));
  }
  const bytes = await writeGrid(grid, format);
  return {
    fileName: `${grid.name}.${format}`,
    mimeType: mimeTypes[format],
    base64: bytes.toString('base64'),
  };
}

export async function importHistory(r: Reader, stationCode: string, year: number) {
  const target = await importTarget(r.db, r.scope, stationCode, year);
  if (!target.contract) return [];
  return r.db
    .select({
      fileName: t.importFiles.fileName,
      sha256: t.importFiles.sha256,
      layout: t.importFiles.layout,
      rowsRead: t.importFiles.rowsRead,
      changed: t.importFiles.changed,
      username: t.users.username,
      importedAt: t.importFiles.importedAt,
    })
    .from(t.importFiles)
    .leftJoin(t.users, eq(t.users.id, t.importFiles.userId))
    .where(eq(t.importFiles.contractId, target.contract.id))
    .orderBy(desc(t.importFiles.importedAt), desc(t.importFiles.id));
}

/** The station-year report as a printable HTML page (A4), in zh or en. */
export async function reportFile(
  r: Reader,
  contract: t.ContractRow,
  lang: string | null | undefined,
  asked?: string | null,
) {
  const station = await r.loaders.station.load(contract.stationId);
  if (!station) throw appError('import/unknown_station', { value: String(contract.stationId) });
  const asOf = contractAsOf(contract, asked, r.today);
  const [statuses, narrative, staff, evals, issues] = await Promise.all([
    contractStatuses(r, contract, asOf),
    progressNarrative(r, contract, lang, asOf),
    staffing(r, contract, asOf),
    evaluations(r, contract),
    dataQualityIssues(r, { stationCode: station.code }),
  ]);
  const l = asLang(lang);
  const html = reportHtml(
    {
      station,
      contract,
      asOf,
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      statuses,
      narrative,
      staffing: staff,
      evaluations: evals,
      issues: issues.filter((i) => i.contract.id === contract.id),
    },
    l,
  );
  return {
    fileName: `${station.code}-${contract.serviceYear}-report-${l}.html`,
    mimeType: 'text/html; charset=utf-8',
    base64: Buffer.from(html, 'utf8').toString('base64'),
  };
}
