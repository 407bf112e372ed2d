/**
 * The reporting cycle as pages read it: a contract's months with their states (`reportingPeriods`)
 * and one month as the month grid shows it (`monthSheet`).
 */
import { eq, inArray } from 'drizzle-orm';
import { authorize } from '../auth/authorize.ts';
import * as t from '../db/schema.ts';
import { reportingDeadlineDay } from '../domain/config.ts';
import { contractMonths, monthOf } from '../domain/dates.ts';
import { deadlineOf, SUBMITTED_STATES, writeRefusal, type PeriodState } from '../domain/periods.ts';
import { appError } from '../errors.ts';
import { monthFacts, NONE_NOTE, uninsuredText } from '../services/months.ts';
import type { Reader } from './reader.ts';
import { maskName } from './staffing.ts';
import { contractOfYear, station, stationOf } from './stations.ts';

export interface PeriodModel {
  month: string;
  state: PeriodState;
  begun: boolean;
  deadline: string;
  late: boolean;
  submittedAt: string | null;
  submittedBy: string | null;
  explanation: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  comment: string | null;
  cellComments: Array<{ indicatorCode: string; areaCode: string | null; comment: string }>;
  lockedAt: string | null;
  lockedBy: string | null;
  unlockReason: string | null;
}

/** A stored period (or none: `OPEN`) as the API gives it, with user ids turned into names. */
export function periodModel(
  month: string,
  row: t.ReportingPeriodRow | null,
  today: string,
  names: ReadonlyMap<number, string>,
): PeriodModel {
  const deadline = deadlineOf(month, reportingDeadlineDay);
  const state = row?.state ?? 'OPEN';
  const submittedOn = row?.submittedAt?.slice(0, 10) ?? null;
  const submitted = SUBMITTED_STATES.includes(state) && submittedOn !== null;
  const name = (id: number | null | undefined) => (id == null ? null : (names.get(id) ?? null));
  return {
    month,
    state,
    begun: month <= monthOf(today),
    deadline,
    late: submitted ? submittedOn > deadline : today > deadline,
    submittedAt: row?.submittedAt ?? null,
    submittedBy: name(row?.submittedBy),
    explanation: row?.explanation ?? null,
    reviewedAt: row?.reviewedAt ?? null,
    reviewedBy: name(row?.reviewedBy),
    comment: row?.comment ?? null,
    cellComments: (row?.cellComments as PeriodModel['cellComments'] | null) ?? [],
    lockedAt: row?.lockedAt ?? null,
    lockedBy: name(row?.lockedBy),
    unlockReason: row?.unlockReason ?? null,
  };
}

/** Display names of the users a set of periods names. */
export async function userNames(
  r: Reader,
  rows: readonly t.ReportingPeriodRow[],
): Promise<Map<number, string>> {
  const ids = [
    ...new Set(rows.flatMap((p) => [p.submittedBy, p.reviewedBy, p.lockedBy]).filter((id) => id != null)),
  ];
  if (ids.length === 0) return new Map();
  const users = await r.db
    .select({ id: t.users.id, displayName: t.users.displayName })
    .from(t.users)
    .where(inArray(t.users.id, ids));
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** Every month of the contract with its state. */
export function contractPeriods(r: Reader, contract: t.ContractRow): Promise<PeriodModel[]> {
  return r.memo(`periods|${contract.id}`, async () => {
    const rows = await r.db
      .select()
      .from(t.reportingPeriods)
      .where(eq(t.reportingPeriods.contractId, contract.id));
    const byMonth = new Map(rows.map((p) => [p.month, p]));
    const names = await userNames(r, rows);
    return contractMonths(contract.start, contract.end).map((m) =>
      periodModel(m, byMonth.get(m) ?? null, r.today, names),
    );
  });
}

/** `reportingPeriods(stationCode, year)`: a station out of scope is no station. */
export async function reportingPeriods(r: Reader, stationCode: string, year: number): Promise<PeriodModel[]> {
  const found = await station(r, stationCode);
  if (!found) throw appError('import/unknown_station', { value: stationCode });
  const contract = await contractOfYear(r, found, year);
  return contract ? contractPeriods(r, contract) : [];
}

/** One month as the grid shows it; null for a month the contract does not report. */
export async function monthSheet(r: Reader, contract: t.ContractRow, month: string) {
  const period = (await contractPeriods(r, contract)).find((p) => p.month === month);
  if (!period) return null;
  const owner = await stationOf(r, contract);
  const facts = await monthFacts(r.db, owner, contract, month);
  const named = authorize(r.viewer, 'staff:names', owner);
  const shown = (name: string) => (named ? name : maskName(name));
  const comments = new Map(period.cellComments.map((c) => [`${c.indicatorCode}|${c.areaCode}`, c.comment]));
  return {
    month,
    period,
    writable:
      period.begun && authorize(r.viewer, 'figures:write', owner) && writeRefusal(period.state) === null,
    cells: facts.cells.map((c) => ({
      indicator: c.indicator,
      area: c.area,
      value: c.entry?.value ?? null,
      none: c.entry?.note === NONE_NOTE && c.entry.value === 0,
      previous: c.previous,
      cumulative: c.cumulative,
      target: c.target,
      expectedRate: c.expectedRate,
      coveredByTotal: c.coveredByTotal,
      comment: comments.get(`${c.indicator.code}|${c.area?.code ?? null}`) ?? null,
    })),
    attendance: facts.roster.map(({ person, attendance }) => ({
      staffName: shown(person.name),
      position: person.position,
      recorded: attendance !== null,
      inPost: attendance?.inPost ?? null,
      insured: attendance?.insured ?? null,
      paid: attendance?.paid ?? null,
    })),
    volunteers: facts.volunteers,
    missing: facts.missing.map((text, i) => {
      const cell = facts.missingCells[i];
      return cell && 'staffName' in cell ? `考勤 · ${shown(cell.staffName)}` : text;
    }),
    issues: facts.issues.map((i) => (i.staffName === null ? i.text : uninsuredText(shown(i.staffName)))),
  };
}

export type MonthSheetModel = NonNullable<Awaited<ReturnType<typeof monthSheet>>>;
export type MonthCellModel = MonthSheetModel['cells'][number];
