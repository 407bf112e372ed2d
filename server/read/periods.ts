/**
 * The reporting cycle as pages read it: a contract's months with their states (`reportingPeriods`)
 * and one month as the month grid shows it (`monthSheet`).
 */
import { eq, inArray } from 'drizzle-orm';
import { authorize } from '../auth/authorize.ts';
import * as t from '../db/schema.ts';
import { reportingDeadlineDay } from '../domain/config.ts';
import { beijingDate, contractMonths, lastDayOfMonth, monthOf } from '../domain/dates.ts';
import {
  deadlineOf,
  timeliness,
  writeRefusal,
  type PeriodState,
  type Timeliness,
} from '../domain/periods.ts';
import { maskName } from '../domain/pseudonym.ts';
import { appError } from '../errors.ts';
import { monthFacts, NONE_NOTE, uninsuredText } from '../services/months.ts';
import { reportingCycleFrom } from '../services/periods.ts';
import type { Reader } from './reader.ts';
import { contractOfYear, districtDefaultYear, station, stationOf, stationsOf } from './stations.ts';
import { districtByCode } from '../services/stations.ts';

export interface PeriodModel {
  month: string;
  state: PeriodState;
  begun: boolean;
  ended: boolean;
  inCycle: boolean;
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

/**
 * The first month the installation reports through the cycle (`settings.reporting_cycle_from`,
 * YYYY-MM), if one is set: months before it were reported before the cycle existed and are
 * neither due nor late. Without it every month is in the cycle.
 */
export const cycleFrom = (r: Reader): Promise<string | null> =>
  r.memo('reportingCycleFrom', () => reportingCycleFrom(r.db));

/** A contract's stored periods (batched across the request). */
export const periodRows = (r: Reader, contractId: number) => r.loaders.periodsByContract.load(contractId);

/** The day (Beijing time) a period was submitted on, if it was. */
const submittedOn = (row: t.ReportingPeriodRow | null) =>
  row?.submittedAt ? beijingDate(row.submittedAt) : null;

/** A stored period (or none: `OPEN`) as the API gives it, with user ids turned into names. */
export function periodModel(
  month: string,
  row: t.ReportingPeriodRow | null,
  today: string,
  names: ReadonlyMap<number, string>,
  from: string | null = null,
): PeriodModel {
  const deadline = deadlineOf(month, reportingDeadlineDay);
  const state = row?.state ?? 'OPEN';
  const standing =
    from !== null && month < from ? 'NOT_DUE' : timeliness(state, submittedOn(row), deadline, today);
  const name = (id: number | null | undefined) => (id == null ? null : (names.get(id) ?? null));
  return {
    month,
    state,
    begun: month <= monthOf(today),
    ended: lastDayOfMonth(month) < today,
    inCycle: from === null || month >= from,
    deadline,
    late: standing !== 'ON_TIME' && standing !== 'NOT_DUE',
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

/** A user's display name (null for none), read once per request. */
export async function userName(r: Reader, id: number | null | undefined): Promise<string | null> {
  if (id == null) return null;
  const names = await r.memo(`userName|${id}`, async () =>
    r.db.select({ displayName: t.users.displayName }).from(t.users).where(eq(t.users.id, id)),
  );
  return names[0]?.displayName ?? null;
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
    const rows = await periodRows(r, contract.id);
    const byMonth = new Map(rows.map((p) => [p.month, p]));
    const [names, from] = [await userNames(r, rows), await cycleFrom(r)];
    return contractMonths(contract.start, contract.end).map((m) =>
      periodModel(m, byMonth.get(m) ?? null, r.today, names, from),
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
  const [facts, links, areas] = await Promise.all([
    monthFacts(r.db, owner, contract, month),
    r.loaders.resourceLinksByContract.load(contract.id),
    r.loaders.areasByStation.load(contract.stationId),
  ]);
  const areaById = new Map(areas.map((a) => [a.id, a]));
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
    resources: links
      .filter((l) => l.date.startsWith(month))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((l) => ({ ...l, area: l.areaId === null ? null : (areaById.get(l.areaId) ?? null) })),
    missing: facts.missing.map((text, i) => {
      const cell = facts.missingCells[i];
      return cell && 'staffName' in cell ? `考勤 · ${shown(cell.staffName)}` : text;
    }),
    issues: facts.issues.map((i) => (i.staffName === null ? i.text : uninsuredText(shown(i.staffName)))),
  };
}

export type MonthSheetModel = NonNullable<Awaited<ReturnType<typeof monthSheet>>>;
export type MonthCellModel = MonthSheetModel['cells'][number];

export interface StationCompletenessModel {
  station: t.StationRow;
  due: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  /** Submitted and not yet reviewed (any month). */
  awaitingReview: number;
  missingMonths: string[];
  lateMonths: string[];
}

/**
 * `completeness(districtCode, year)`: for each visible station of the district with a contract
 * that year, its months due (deadline passed) and how they stand — on time, late, missing,
 * returned — and how many wait for review; with the district's totals.
 */
export async function completeness(r: Reader, districtCode: string, year?: number | null) {
  const district = await districtByCode(r.db, r.scope, districtCode);
  if (!district) return null;
  const shownYear = year ?? (await districtDefaultYear(r, district));
  const stations = await stationsOf(r, district);
  const pairs = (
    await Promise.all(
      stations.map(async (station) => ({ station, contract: await contractOfYear(r, station, shownYear) })),
    )
  ).filter((p): p is { station: t.StationRow; contract: t.ContractRow } => p.contract !== null);
  const ids = pairs.map((p) => p.contract.id);
  const rows =
    ids.length === 0
      ? []
      : await r.db.select().from(t.reportingPeriods).where(inArray(t.reportingPeriods.contractId, ids));
  const stored = new Map(rows.map((p) => [`${p.contractId}|${p.month}`, p]));
  const from = await cycleFrom(r);
  const items: StationCompletenessModel[] = pairs.map(({ station, contract }) => {
    const item: StationCompletenessModel = {
      station,
      due: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      returned: 0,
      awaitingReview: 0,
      missingMonths: [],
      lateMonths: [],
    };
    for (const month of contractMonths(contract.start, contract.end).filter(
      (m) => from === null || m >= from,
    )) {
      const row = stored.get(`${contract.id}|${month}`) ?? null;
      if (row?.state === 'SUBMITTED') item.awaitingReview++;
      const deadline = deadlineOf(month, reportingDeadlineDay);
      // Due once its deadline has passed, however early it was submitted.
      if (r.today <= deadline) continue;
      const standing: Timeliness = timeliness(row?.state ?? 'OPEN', submittedOn(row), deadline, r.today);
      item.due++;
      if (standing === 'ON_TIME') item.onTime++;
      else if (standing === 'RETURNED') item.returned++;
      else if (standing === 'LATE') {
        item.late++;
        item.lateMonths.push(month);
      } else {
        item.missing++;
        item.missingMonths.push(month);
      }
    }
    return item;
  });
  const sum = (key: 'due' | 'onTime' | 'late' | 'missing' | 'returned' | 'awaitingReview') =>
    items.reduce((s, i) => s + i[key], 0);
  return {
    year: shownYear,
    deadlineDay: reportingDeadlineDay,
    cycleFrom: from,
    due: sum('due'),
    onTime: sum('onTime'),
    late: sum('late'),
    missing: sum('missing'),
    returned: sum('returned'),
    awaitingReview: sum('awaitingReview'),
    stations: items,
  };
}

export type CompletenessModel = NonNullable<Awaited<ReturnType<typeof completeness>>>;
