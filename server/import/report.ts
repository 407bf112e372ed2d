/**
 * The import summary as the CLI (`--json`) and the API give it: what was read, the values, the
 * problems with row, column and value, the data-quality flags of the file's own numbers, and
 * (after a real run) what changed.
 */
import type { ImportSummary } from '../commands/imports.ts';
import type { ParsedFile } from './index.ts';

export function importReport(parsed: ParsedFile, summary: ImportSummary | null) {
  const { plan } = parsed;
  return {
    fileName: parsed.fileName,
    layout: plan.layout,
    ok: parsed.ok,
    applied: summary != null,
    rowsRead: plan.rowsRead,
    title: plan.title,
    statedPeriod: plan.statedPeriod,
    values: plan.values.map((v) => ({
      indicator: v.indicator,
      area: v.area,
      target: v.target,
      actual: v.actual,
      statedRate: v.statedRate,
      periodStart: v.period?.start ?? null,
      periodEnd: v.period?.end ?? null,
      row: v.row,
    })),
    staff: plan.staff.length,
    newAreas: plan.newAreas.map((a) => a.code),
    problems: plan.problems.map((p) => ({
      row: p.row,
      column: p.column,
      value: p.value,
      code: p.code,
      severity: p.severity,
      message: p.message.zh,
      messageEn: p.message.en,
    })),
    flags: parsed.flags.map((f) => ({
      code: f.code,
      indicator: f.indicator,
      area: f.area,
      message: f.message.zh,
      messageEn: f.message.en,
      suggestion: f.suggestion,
      suggestionText: f.suggestionText?.zh ?? null,
      suggestionTextEn: f.suggestionText?.en ?? null,
    })),
    summary,
    cells: plan.cells,
    notes: plan.notes,
    source: plan.source,
  };
}

export type ImportReport = ReturnType<typeof importReport>;
