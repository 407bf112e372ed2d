/**
 * A file → an import plan with its problems and the data-quality flags of its own numbers.
 * Pure apart from reading the bytes: the station-year it goes into comes in as a context, and
 * nothing is written here (`commands/imports.ts` writes a plan).
 */
import { createHash } from 'node:crypto';
import { tableChecks } from '../domain/quality/figures.ts';
import { groupRows } from '../lib/group.ts';
import { findAttendanceHeader, readAttendance } from './attendance.ts';
import { CellLedger, type CellAccount } from './ledger.ts';
import { importLimits, megabytes } from './limits.ts';
import { findLongHeader, readLong } from './long.ts';
import { isOfficialTable, readOfficial } from './official.ts';
import type { ImportContext, ImportPlan, LayoutPlan } from './plan.ts';
import { columnName, hasErrors, ImportFailure, problem, shortText, type ImportProblem } from './problems.ts';
import { isFigureLike, readGrid, type Cell, type Grid } from './sheet.ts';

export interface ImportFlag {
  code: string;
  indicator: string;
  /** Area code, or null for the station total. */
  area: string | null;
  message: { zh: string; en: string };
  /** The likely right figure (a lost decimal point put back, an area's corrected target), if any. */
  suggestion: number | null;
  suggestionText: { zh: string; en: string } | null;
}

export interface ParsedFile {
  fileName: string;
  sha256: string;
  plan: ImportPlan;
  flags: ImportFlag[];
  /** True when the plan may be written: no error among its problems. */
  ok: boolean;
}

const noSource: ImportPlan['source'] = { format: null, encoding: null, delimiter: null, sheet: null };

export const emptyPlan = (problems: ImportProblem[]): ImportPlan => ({
  layout: 'long',
  rowsRead: 0,
  title: null,
  statedPeriod: null,
  values: [],
  staff: [],
  newAreas: [],
  socialWorkers: null,
  problems,
  notes: [],
  cells: { read: 0, recognised: 0, ignored: 0, ignoredCells: [] },
  source: noSource,
});

/** Which layout the grid is, by its header, and the account of every cell it holds. */
export function mapGrid(grid: Grid, ctx: ImportContext): ImportPlan {
  const { rows } = grid;
  const ledger = new CellLedger();
  let layout: LayoutPlan;
  if (findAttendanceHeader(rows)) layout = readAttendance(rows, ctx, ledger);
  else if (isOfficialTable(rows)) layout = readOfficial(rows, ctx, ledger);
  else if (findLongHeader(rows)) layout = readLong(rows, ctx, ledger);
  else return { ...emptyPlan([problem('import/no_header')]), source: sourceOf(grid) };
  layout.problems.unshift(...(grid.warnings ?? []));
  for (const other of grid.otherSheets ?? [])
    layout.problems.push(
      problem(
        'import/other_sheet',
        { value: other.name, params: { count: String(other.rows), sheet: grid.sheet ?? '' } },
        'warning',
      ),
    );
  const { cells, notes, unaccounted } = settleLedger(rows, ledger, layout.problems);
  layout.problems.push(...unaccounted);
  return { ...layout, cells, notes, source: sourceOf(grid) };
}

const sourceOf = (grid: Grid): ImportPlan['source'] => ({
  format: grid.format,
  encoding: grid.encoding,
  delimiter: grid.delimiter,
  sheet: grid.sheet,
});

/** Ignored cells named one by one, up to this many; past it, one warning counts the rest. */
const namedAtMost = 200;
/** Ignored cells listed in the account (the count covers them all): the list is sent back whole. */
const listedAtMost = 1000;

/**
 * Every non-empty cell accounted for: read, recognised, or named in a problem. A cell no layout
 * took is a note when its row holds only words (a footnote, a period, a remark); a figure, or
 * words beside one, is named in a warning. A cell read into a value that a problem names (a word
 * for a number, a duplicate row) counts as ignored, not read.
 */
export function settleLedger(
  rows: readonly Cell[][],
  ledger: CellLedger,
  problems: readonly ImportProblem[],
) {
  // Cells a problem names; an error also undoes a value read from its cell or row.
  const named = new Set<string>();
  const refused = new Set<string>();
  for (const p of problems) {
    if (p.row == null) continue;
    named.add(`${p.row}:${p.column ?? ''}`);
    if (p.severity === 'error') refused.add(`${p.row}:${p.column ?? ''}`);
  }
  const cells: CellAccount = { read: 0, recognised: 0, ignored: 0, ignoredCells: [] };
  const notes: ImportPlan['notes'] = [];
  const unaccounted: ImportProblem[] = [];
  let loosely = 0;
  rows.forEach((row, r) => {
    const loose: number[] = [];
    const rowRefused = refused.has(`${r + 1}:`);
    row.forEach((cell, c) => {
      if (cell == null) return;
      const role = ledger.roleOf(r, c);
      const column = columnName(c + 1);
      const undone = role === 'value' && (rowRefused || refused.has(`${r + 1}:${column}`));
      if (role && !undone) {
        cells[role === 'value' ? 'read' : 'recognised'] += 1;
      } else if (undone || named.has(`${r + 1}:${column}`)) {
        cells.ignored += 1;
        if (cells.ignoredCells.length < listedAtMost)
          cells.ignoredCells.push({ row: r + 1, column, value: shortText(String(cell)) });
      } else loose.push(c);
    });
    if (loose.length === 0) return;
    if (!loose.some((c) => isFigureLike(row[c] ?? null))) {
      cells.recognised += loose.length;
      notes.push({ row: r + 1, text: shortText(loose.map((c) => String(row[c]).trim()).join(' '), 2000) });
      return;
    }
    for (const c of loose) {
      const value = String(row[c]);
      cells.ignored += 1;
      if (cells.ignoredCells.length < listedAtMost)
        cells.ignoredCells.push({ row: r + 1, column: columnName(c + 1), value: shortText(value) });
      loosely += 1;
      if (loosely <= namedAtMost)
        unaccounted.push(problem('import/ignored_cell', { row: r + 1, col: c + 1, value }, 'warning'));
    }
  });
  if (loosely > namedAtMost)
    unaccounted.push(
      problem(
        'import/ignored_more',
        { params: { count: String(loosely - namedAtMost), listed: String(namedAtMost) } },
        'warning',
      ),
    );
  return { cells, notes, unaccounted };
}

/** A file's bytes from its base64, given as text or as the text's bytes. */
export function fromBase64(base64: string | Uint8Array): Buffer {
  const text =
    typeof base64 === 'string'
      ? base64
      : Buffer.from(base64.buffer, base64.byteOffset, base64.byteLength).toString('latin1');
  return Buffer.from(text, 'base64');
}

export async function parseFile(
  fileName: string,
  bytes: Uint8Array,
  ctx: ImportContext,
): Promise<ParsedFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let plan: ImportPlan;
  try {
    if (bytes.length > importLimits.fileBytes)
      throw new ImportFailure('import/too_large', {
        file: fileName,
        limit: megabytes(importLimits.fileBytes),
      });
    plan = mapGrid(await readGrid(fileName, bytes), ctx);
  } catch (error) {
    if (!(error instanceof ImportFailure)) throw error;
    plan = emptyPlan([error.problem]);
  }
  plan.problems.push(...overlaps(plan, ctx), ...wrongFile(plan, ctx));
  if (plan.values.length === 0 && plan.staff.length === 0 && !hasErrors(plan.problems))
    plan.problems.push(problem('import/no_values'));
  const flags = flagsOf(plan, ctx);
  return { fileName, sha256, plan, flags, ok: !hasErrors(plan.problems) };
}

/**
 * Actuals for a period that overlaps a stored entry of another period (a year total over monthly
 * figures, or the reverse): both would count, so the file is refused until one of them goes.
 */
function overlaps(plan: ImportPlan, ctx: ImportContext): ImportProblem[] {
  const contract = ctx.contract;
  const stored = ctx.storedPeriods;
  if (!contract || !stored) return [];
  // Indicators whose figures are stored by area only: a station total would replace their sum.
  const withTotal = new Set<string>();
  const withAreas = new Set<string>();
  for (const key of stored.keys()) {
    const [indicator = '', area] = key.split('|');
    (area === 'null' ? withTotal : withAreas).add(indicator);
  }
  const byAreaOnly = (indicator: string) => withAreas.has(indicator) && !withTotal.has(indicator);
  // A loop, not flatMap: a long file has 100,000 values, nearly all without a problem.
  const problems: ImportProblem[] = [];
  for (const v of plan.values) {
    if (v.actual == null) continue;
    if (v.area == null && byAreaOnly(v.indicator)) {
      problems.push(problem('import/total_with_areas', { row: v.row, value: v.indicator }));
      continue;
    }
    const p = v.period ?? contract;
    const clash = stored
      .get(`${v.indicator}|${v.area}`)
      ?.find((e) => (e.start !== p.start || e.end !== p.end) && e.start <= p.end && p.start <= e.end);
    if (clash)
      problems.push(
        problem('import/overlapping_period', {
          row: v.row,
          value: `${p.start}~${p.end}`,
          params: { start: clash.start, end: clash.end },
        }),
      );
  }
  return problems;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * A file of another station or year: its title names another station's street, or the data
 * period it states is not the contract's (more than a month off at either end) or, for a first
 * import, does not start in the year asked for.
 */
function wrongFile(plan: ImportPlan, ctx: ImportContext): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const title = plan.title ?? '';
  const other = ctx.otherStreets?.find((s) => s && title.includes(s));
  if (other && !(ctx.street && title.includes(ctx.street)))
    problems.push(problem('import/other_station', { row: 1, value: title, params: { other } }));
  const stated = plan.statedPeriod;
  if (stated && ctx.year != null) {
    const c = ctx.contract;
    const off = c
      ? days(stated.start, c.start) > 31 || days(stated.end, c.end) > 31
      : Number(stated.start.slice(0, 4)) !== ctx.year && Number(stated.end.slice(0, 4)) !== ctx.year + 1;
    if (off)
      problems.push(
        c
          ? problem('import/period_mismatch', {
              value: `${stated.start} 至 ${stated.end}`,
              params: { year: String(ctx.year), start: c.start, end: c.end },
              paramsEn: { value: `${stated.start} to ${stated.end}` },
            })
          : problem('import/period_not_in_year', {
              value: `${stated.start} 至 ${stated.end}`,
              params: { year: String(ctx.year), startYear: stated.start.slice(0, 4) },
              paramsEn: { value: `${stated.start} to ${stated.end}` },
            }),
      );
  }
  return problems;
}

/** A flag's key, as the user names the suggestions it takes: `indicator|area` ('' for the station). */
export const flagKey = (f: { indicator: string; area: string | null }) => `${f.indicator}|${f.area ?? ''}`;

/**
 * The suggestions the user took, put in place of the printed figures: a lost decimal point put
 * back in the actual (the printed figure kept beside it), an area's target corrected. Returns the
 * flags taken; the others stay as they were.
 */
export function applySuggestions(parsed: ParsedFile, accepted: readonly string[]): ImportFlag[] {
  const taken: ImportFlag[] = [];
  for (const flag of parsed.flags) {
    if (flag.suggestion == null || !accepted.includes(flagKey(flag))) continue;
    const value = parsed.plan.values.find(
      (v) => v.indicator === flag.indicator && v.area === flag.area && v.period == null,
    );
    if (!value) continue;
    if (flag.code === 'quality/stated_rate_mismatch' && value.actual != null) {
      value.printedValue = String(value.actual);
      value.actual = flag.suggestion;
    } else if (flag.code === 'quality/area_target_corrected') value.target = flag.suggestion;
    else continue;
    taken.push(flag);
  }
  return taken;
}

/** The data-quality rules on the file's own numbers, per indicator and period. */
export function flagsOf(plan: ImportPlan, ctx: ImportContext): ImportFlag[] {
  const groups = groupRows(
    plan.values,
    (v) => `${v.indicator}|${v.period?.start ?? ''}|${v.period?.end ?? ''}`,
  );
  const flags: ImportFlag[] = [];
  for (const rows of groups.values()) {
    const code = rows[0]?.indicator ?? '';
    const def = ctx.indicators.find((i) => i.code === code);
    const name = { zh: def?.nameZh ?? code, en: def?.nameEn ?? code };
    const areas = new Set(rows.flatMap((r) => (r.area == null ? [] : [r.area])));
    const checks = tableChecks(name, rows, areas.size >= ctx.areas.length + plan.newAreas.length);
    for (const c of checks)
      flags.push({
        code: c.finding.code,
        indicator: code,
        area: c.area,
        message: c.finding.message,
        suggestion: c.suggested,
        suggestionText: c.finding.suggestion,
      });
  }
  return flags;
}
