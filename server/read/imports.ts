/**
 * A station-year handed out as a file (its tables, its report) and its import history. Importing
 * a file is a write: `commands/importTable.ts`.
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
import type { Layout } from '../import/plan.ts';
import { contractAttendance, stationYear } from '../services/exports.ts';
import { importTarget } from '../commands/imports.ts';
import type { Reader } from './reader.ts';
import { evaluations } from './evaluations.ts';
import { progressNarrative } from './narrative.ts';
import { dataQualityIssues } from './quality.ts';
import { maskName } from '../domain/pseudonym.ts';
import { staffing } from './staffing.ts';
import { contractStatuses } from './statuses.ts';

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
