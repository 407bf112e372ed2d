/**
 * One month of a contract as the month grid shows it and as submitting checks it: every cell the
 * contract reports (`domain/periods.ts` `gridCells`) with the month's figure, last month's and the
 * year so far; the roster's attendance; the volunteers; and what the month lacks before it can be
 * submitted: cells without a figure (a year total covers its months by itself), people on the
 * roster without attendance, and the month's data-quality issues (completion over 150% of a
 * target; in post without social insurance and no recorded exemption). Runs on the database or
 * inside a transaction (submitting reads it under the station's lock).
 */
import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { addMonthsIso, lastDayOfMonth } from '../domain/dates.ts';
import { gridCells, onRoster } from '../domain/periods.ts';
import { expectedRate } from '../domain/progress.ts';
import { overAchievement } from '../domain/quality/figures.ts';

type Conn = Pick<Db, 'select'>;

/** What 无 is stored as: the figure 0 with this note. */
export const NONE_NOTE = '无';

export interface MonthCellFacts {
  indicator: t.IndicatorDefinitionRow;
  area: t.ServiceAreaRow | null;
  /** The month's own entry, when stored. */
  entry: t.ProgressEntryRow | null;
  previous: number | null;
  cumulative: number;
  target: number | null;
  expectedRate: number;
  coveredByTotal: boolean;
}

export interface MonthFacts {
  cells: MonthCellFacts[];
  roster: Array<{ person: t.StaffRow; attendance: t.AttendanceRow | null }>;
  volunteers: typeof t.volunteerRecords.$inferSelect | null;
  /** Names of what is missing, in Chinese (电访 · 片区A, 考勤 · 社工甲). */
  missing: string[];
  /** The missing cells as the month grid names them. */
  missingCells: Array<{ indicatorCode: string; areaCode: string | null } | { staffName: string }>;
  /** The month's data-quality issues, in Chinese, with the person each names (if one). */
  issues: Array<{ text: string; staffName: string | null }>;
}

/** The issue of a person in post without social insurance, as a month names it. */
export const uninsuredText = (name: string) => `${name}：在岗但本月未参保`;

export async function monthFacts(
  db: Conn,
  station: t.StationRow,
  contract: t.ContractRow,
  month: string,
): Promise<MonthFacts> {
  const start = `${month}-01`;
  const end = lastDayOfMonth(month);
  const previousMonth = addMonthsIso(start, -1).slice(0, 7);
  const p = t.progressEntries;
  // One after another: inside a transaction, PostgreSQL runs one statement at a time on its connection.
  const targets = await db.select().from(t.targets).where(eq(t.targets.contractId, contract.id));
  const definitions = await db
    .select()
    .from(t.indicatorDefinitions)
    .orderBy(t.indicatorDefinitions.sortOrder);
  const areas = await db.select().from(t.serviceAreas).where(eq(t.serviceAreas.stationId, station.id));
  // Everything counted through the month's end: the month itself, earlier months, year totals.
  const entries = await db
    .select()
    .from(p)
    .where(and(eq(p.contractId, contract.id), lte(p.periodStart, end)));
  const staff = await db.select().from(t.staff).where(eq(t.staff.stationId, station.id)).orderBy(t.staff.id);
  const attendance = await db
    .select()
    .from(t.attendance)
    .where(and(eq(t.attendance.contractId, contract.id), eq(t.attendance.month, month)));
  const volunteers = await db
    .select()
    .from(t.volunteerRecords)
    .where(and(eq(t.volunteerRecords.contractId, contract.id), eq(t.volunteerRecords.month, month)));
  const definition = new Map(definitions.map((d) => [d.id, d]));
  const area = new Map(areas.map((a) => [a.id, a]));
  const target = new Map(targets.map((x) => [`${x.indicatorId}|${x.areaId}`, x.value]));
  const order = new Map(definitions.map((d, i) => [d.id, i]));
  const pace = expectedRate(contract, end);
  const facts: MonthFacts = {
    cells: [],
    roster: [],
    volunteers: volunteers[0] ?? null,
    missing: [],
    missingCells: [],
    issues: [],
  };
  const cells = gridCells(targets).sort(
    (a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0),
  );
  for (const cell of cells) {
    const d = definition.get(cell.indicatorId);
    if (!d) continue;
    const a = cell.areaId === null ? null : (area.get(cell.areaId) ?? null);
    const name = a ? `${d.nameZh} · ${a.label}` : d.nameZh;
    const own = entries.filter((e) => e.indicatorId === cell.indicatorId && e.areaId === cell.areaId);
    const covering = own.filter((e) => e.periodStart <= end && e.periodEnd >= start);
    const entry = covering.find((e) => e.periodStart === start && e.periodEnd === end) ?? null;
    const coveredByTotal = covering.some((e) => e.periodStart !== start || e.periodEnd !== end);
    const previous = own.find(
      (e) => e.periodStart === `${previousMonth}-01` && e.periodEnd.startsWith(previousMonth),
    );
    const cumulative = own.filter((e) => e.periodEnd <= end).reduce((sum, e) => sum + e.value, 0);
    const goal = target.get(`${cell.indicatorId}|${cell.areaId}`) ?? null;
    facts.cells.push({
      indicator: d,
      area: a,
      entry,
      previous: previous?.value ?? null,
      cumulative,
      target: goal,
      expectedRate: pace,
      coveredByTotal,
    });
    if (covering.length === 0) {
      facts.missing.push(name);
      facts.missingCells.push({ indicatorCode: d.code, areaCode: a?.code ?? null });
      continue;
    }
    // A year total is checked where it was stored (imports), not month by month.
    if (coveredByTotal) continue;
    const finding = goal == null ? null : overAchievement({ zh: name, en: d.nameEn }, cumulative, goal);
    if (finding) facts.issues.push({ text: finding.message.zh, staffName: null });
  }
  const recorded = new Map(attendance.map((r) => [r.staffId, r]));
  for (const person of staff.filter((s) => onRoster(s, month) || recorded.has(s.id))) {
    const row = recorded.get(person.id) ?? null;
    facts.roster.push({ person, attendance: row });
    if (!row) {
      facts.missing.push(`考勤 · ${person.name}`);
      facts.missingCells.push({ staffName: person.name });
    } else if (row.inPost && !row.insured && !person.insuranceExemption) {
      facts.issues.push({ text: uninsuredText(person.name), staffName: person.name });
    }
  }
  return facts;
}
