/**
 * `npm run import -- FILE --station CODE --year YEAR [--dry-run] [--json]`: imports a long
 * template, an official indicator table (wide layout) or an attendance annex, CSV or XLSX, into
 * the database at DATABASE_PATH. A file with any error writes nothing and exits 1.
 *
 *   --create-contract [--start DATE --end DATE] [--positions N]   first import of a station-year
 *   --keep-names                                                 keep staff names (else pseudonyms)
 *   --accept INDICATOR|AREA   take a data-quality flag's suggestion (repeatable; AREA empty for
 *                             the station: --accept 'resources_linked|' puts a lost decimal back)
 *
 * Exit codes: 0 done (or a clean dry run), 1 the file has errors, 2 the command cannot run
 * (usage, unknown station, no contract).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { GraphQLError } from 'graphql';
import { system } from '../server/auth/viewer.ts';
import { databaseFromEnv, openDb } from '../server/db/client.ts';
import { isIsoDate, todayIso } from '../server/domain/dates.ts';
import { importReport } from '../server/import/report.ts';
import { applySuggestions, parseFile } from '../server/import/index.ts';
import { applyImport, importContext, importTarget, type ImportSummary } from '../server/commands/imports.ts';
import { fullScope } from '../server/services/scope.ts';

const usage =
  'usage: npm run import -- FILE --station CODE --year YEAR [--dry-run] [--json] ' +
  '[--create-contract [--start YYYY-MM-DD --end YYYY-MM-DD] [--positions N]] [--keep-names] ' +
  "[--accept 'INDICATOR|AREA' …]";

const { positionals, values: opts } = parseArgs({
  allowPositionals: true,
  options: {
    station: { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'create-contract': { type: 'boolean', default: false },
    start: { type: 'string' },
    end: { type: 'string' },
    positions: { type: 'string' },
    'keep-names': { type: 'boolean', default: false },
    accept: { type: 'string', multiple: true, default: [] },
  },
});

function stop(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const file = positionals[0];
const year = Number(opts.year);
if (!file || !opts.station || !Number.isInteger(year) || year < 2000 || year > 2100) stop(usage);
const dates =
  opts.start || opts.end
    ? isIsoDate(opts.start ?? '') && isIsoDate(opts.end ?? '') && (opts.start ?? '') <= (opts.end ?? '')
      ? { start: opts.start as string, end: opts.end as string }
      : stop('--start and --end must both be dates YYYY-MM-DD, start before end')
    : null;

const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) =>
  stop(`cannot read ${file}: ${error.code ?? error.message}`),
);
const { db, close } = await openDb(databaseFromEnv());
let exitCode = 0;
try {
  const target = await importTarget(db, fullScope, opts.station, year);
  const parsed = await parseFile(basename(file), bytes, await importContext(db, target, dates, todayIso()));
  applySuggestions(parsed, opts.accept ?? []);
  let summary: ImportSummary | null = null;
  if (parsed.ok && !opts['dry-run']) {
    const bar = progressBar(parsed.plan.values.length + parsed.plan.staff.length);
    summary = await applyImport(db, target, parsed, {
      viewer: system,
      actor: `cli:${process.env.USER ?? 'unknown'}`,
      createContract: opts['create-contract'],
      contractDates: dates,
      positions: opts.positions ? Number(opts.positions) : null,
      keepNames: opts['keep-names'],
      onProgress: bar ? (done) => bar.update(done) : undefined,
    });
    bar?.stop();
  }
  const report = importReport(parsed, summary);
  if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report, opts['dry-run']);
  if (!parsed.ok) exitCode = 1;
} catch (error) {
  if (!(error instanceof GraphQLError)) throw error;
  const ext = error.extensions as { code?: string; messageZh?: string; messageEn?: string };
  if (opts.json) process.stdout.write(`${JSON.stringify({ error: ext })}\n`);
  else process.stderr.write(`${ext.code}: ${ext.messageZh}\n${ext.messageEn}\n`);
  exitCode = 2;
} finally {
  await close();
}
process.exit(exitCode);

/** A bar on a terminal for files with many values; nothing when piped. */
function progressBar(total: number): SingleBar | null {
  if (!process.stderr.isTTY || total < 2000) return null;
  const bar = new SingleBar(
    { stream: process.stderr, format: '导入 import [{bar}] {percentage}% {value}/{total}' },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function printReport(report: ReturnType<typeof importReport>, dryRun: boolean) {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`${report.layout} · ${report.rowsRead} rows · ${report.values.length} values · ${report.staff} staff`);
  const { source, cells } = report;
  const separator = { ',': 'comma', '\t': 'tab', ';': 'semicolon' }[source.delimiter ?? ''] ?? '';
  if (source.format)
    out(
      source.format === 'xlsx'
        ? `XLSX · 工作表 sheet ${source.sheet}`
        : `文本 text · ${source.encoding?.toUpperCase()} · ${separator}-separated`,
    );
  out(
    `单元格 cells: 读入 read ${cells.read} · 识别 recognised ${cells.recognised} · 未导入 ignored ${cells.ignored}`,
  );
  for (const n of report.notes) out(`注 note (row ${n.row}): ${n.text}`);
  for (const p of report.problems)
    out(
      `${p.severity === 'error' ? '错误 error' : '提醒 warning'} ${p.code}: ${p.message}\n    ${p.messageEn}`,
    );
  for (const f of report.flags) {
    out(`数据质量 flag ${f.code}: ${f.message}\n    ${f.messageEn}`);
    if (f.suggestion != null)
      out(`    采用建议值 take the suggestion: --accept '${f.indicator}|${f.area ?? ''}'`);
  }
  if (!report.ok) out('未导入：请先修正上述错误 / nothing imported: fix the errors above');
  else if (dryRun) out('试运行，未写入 / dry run: nothing written');
  else if (report.summary)
    out(
      `新增 created ${report.summary.created} · 更新 updated ${report.summary.updated} · 未变 unchanged ${report.summary.unchanged}` +
        (report.summary.contractCreated ? ' · 新建合同 contract created' : ''),
    );
}
