/** The staffing picture of a contract: ratios, months, turnover, compliance and the roster. */
import type { AttendanceRow, ContractRow, ServiceAreaRow, StaffRow } from '../db/schema.ts';
import { CERTIFICATIONS } from '../db/schema.ts';
import { contractAsOf } from '../domain/asOf.ts';
import { contractMonthsThrough, monthOf } from '../domain/dates.ts';
import { attendanceRates, practiceYears, staffingRatios, type StaffingRatios } from '../domain/staffing.ts';
import { countsAsReported } from '../domain/periods.ts';
import { groupRows } from '../lib/group.ts';
import { maskName } from '../domain/pseudonym.ts';
import { cycleFrom, periodRows } from './periods.ts';
import { authorize } from '../auth/authorize.ts';
import type { Reader } from './reader.ts';

export interface StaffMemberModel extends StaffRow {
  area: ServiceAreaRow | null;
  /** Null when the practice start is not known. */
  practiceYears: number | null;
}

export type CertificationCountModel = { level: StaffRow['certification']; count: number };
export type StaffingEventModel = {
  date: string;
  kind: 'JOINED' | 'LEFT' | 'TRANSFERRED_OUT';
  staff: StaffMemberModel;
};
export type ComplianceIssueModel = {
  month: string;
  staff: StaffMemberModel;
  problem: 'NOT_INSURED' | 'NOT_PAID';
};
export type StaffExemptionModel = { staff: StaffMemberModel; reason: string };

export interface StaffingModel extends StaffingRatios {
  asOf: string;
  certification: CertificationCountModel[];
  monthly: Array<{ month: string; inPost: number; insured: number; paid: number }>;
  events: StaffingEventModel[];
  complianceIssues: ComplianceIssueModel[];
  exemptions: StaffExemptionModel[];
  staff: StaffMemberModel[];
}

/**
 * Which months of a contract count as reported (`domain/periods.ts` `countsAsReported`; the
 * database's counts, `attendanceCounts`, apply the same rule).
 */
async function reportedMonths(r: Reader, contractId: number): Promise<(month: string) => boolean> {
  const [rows, from] = await Promise.all([periodRows(r, contractId), cycleFrom(r)]);
  const states = new Map(rows.map((p) => [p.month, p.state]));
  return (month) => countsAsReported(month, from, rows.length > 0, states.get(month));
}

/** The staffing of a contract; staff names masked unless the viewer may see them (`staff:names`). */
export function staffing(r: Reader, contract: ContractRow, asked?: string | null): Promise<StaffingModel> {
  const asOf = contractAsOf(contract, asked, r.today);
  return r.memo(`staffing|${contract.id}|${asOf}`, async () => {
    const [roster, records, areas, station] = await Promise.all([
      r.loaders.staffByStation.load(contract.stationId),
      r.loaders.attendanceByContract.load(contract.id),
      r.loaders.areasByStation.load(contract.stationId),
      r.loaders.station.load(contract.stationId),
    ]);
    const named = station != null && authorize(r.viewer, 'staff:names', station);
    const shown = named ? roster : roster.map((s) => ({ ...s, name: maskName(s.name) }));
    const counted = await reportedMonths(r, contract.id);
    return contractStaffing(
      contract,
      shown,
      records.filter((a) => counted(a.month)),
      areas,
      asOf,
    );
  });
}

/**
 * The attendance and stability rates of a contract on a date, as `staffing` gives them, from
 * counts the database makes (a row per contract, not every record): what a region's figures need.
 */
export function staffingRates(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
): Promise<Pick<StaffingRatios, 'attendanceRate' | 'stabilityRate'>> {
  const asOf = contractAsOf(contract, asked, r.today);
  return r.memo(`staffingRates|${contract.id}|${asOf}`, async () => {
    const months = contractMonthsThrough(contract.start, contract.end, asOf);
    const [from, to] = [months[0], months.at(-1)];
    const counts =
      from === undefined || to === undefined
        ? null
        : await r.loaders.attendanceCounts.load({ contractId: contract.id, from, to });
    return attendanceRates(
      contract.contractedPositions,
      counts?.months ?? 0,
      counts?.personMonths ?? 0,
      counts?.continuouslyInPost ?? 0,
    );
  });
}

/**
 * The staffing of a contract over the months reported by `asOf` (all twelve for a finished
 * year). Practice years are measured at `asOf`. A month in post without insurance is an issue
 * unless the person has a recorded exemption (a re-employed retiree), which is listed apart.
 */
export function contractStaffing(
  contract: ContractRow,
  roster: readonly StaffRow[],
  records: readonly AttendanceRow[],
  areas: readonly ServiceAreaRow[],
  asOf: string,
): StaffingModel {
  const reported = new Set(records.map((rec) => rec.month));
  const months = contractMonthsThrough(contract.start, contract.end, asOf).filter((m) => reported.has(m));
  const monthSet = new Set(months);
  const inWindow = records.filter((rec) => monthSet.has(rec.month) && rec.inPost);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const members = new Map<number, StaffMemberModel>(
    roster.map((s) => [
      s.id,
      {
        ...s,
        area: s.areaId == null ? null : (areaById.get(s.areaId) ?? null),
        practiceYears: practiceYears(s.practiceStart, asOf),
      },
    ]),
  );
  const byMonth = groupRows(inWindow, (rec) => rec.month);
  // Everyone with a month on record in the window, in post or not (a person listed under contract
  // but never marked is still listed).
  const present = [...new Set(records.filter((rec) => monthSet.has(rec.month)).map((rec) => rec.staffId))]
    .map((id) => members.get(id))
    .filter((m) => m !== undefined);
  const current = (byMonth.get(months.at(-1) ?? '') ?? []).map((rec) => members.get(rec.staffId));
  return {
    ...staffingRatios(contract.contractedPositions, months, roster, inWindow, asOf),
    asOf,
    certification: CERTIFICATIONS.map((level) => ({
      level,
      count: current.filter((m) => m?.certification === level).length,
    })),
    monthly: months.map((month) => {
      const rows = byMonth.get(month) ?? [];
      const count = (ok: (rec: AttendanceRow) => boolean) => rows.filter(ok).length;
      return { month, inPost: rows.length, insured: count((x) => x.insured), paid: count((x) => x.paid) };
    }),
    events: staffingEvents(contract, months, inWindow, members, asOf),
    complianceIssues: complianceIssues(inWindow, members),
    exemptions: present
      .filter((m) => m.insuranceExemption != null)
      .map((m) => ({ staff: m, reason: m.insuranceExemption as string })),
    staff: present.sort((a, b) => a.id - b.id),
  };
}

/** Joinings (first month in post after the first reported month), departures and transfers. */
function staffingEvents(
  contract: ContractRow,
  months: readonly string[],
  inWindow: readonly AttendanceRow[],
  members: ReadonlyMap<number, StaffMemberModel>,
  asOf: string,
): StaffingEventModel[] {
  const firstMonthOf = new Map<number, string>();
  for (const rec of inWindow) {
    const first = firstMonthOf.get(rec.staffId);
    if (first === undefined || rec.month < first) firstMonthOf.set(rec.staffId, rec.month);
  }
  const events: StaffingEventModel[] = [];
  // A person whose staff contract starts within the term, with no month in post yet (annex 2's
  // contract from 2023.11.7): the contract's start is the joining the record states.
  for (const m of members.values()) {
    if (m.derivation != null || firstMonthOf.has(m.id) || m.contractStart == null) continue;
    if (
      m.contractStart > contract.start &&
      m.contractStart <= asOf &&
      monthOf(m.contractStart) <= (months.at(-1) ?? '')
    )
      events.push({ date: m.contractStart, kind: 'JOINED', staff: m });
  }
  for (const [staffId, first] of firstMonthOf) {
    const m = members.get(staffId);
    // Rows worked out from totals say nothing about when anyone joined or left.
    if (!m || m.derivation != null) continue;
    if (first !== months[0]) {
      const date = m.contractStart && monthOf(m.contractStart) === first ? m.contractStart : `${first}-01`;
      events.push({ date, kind: 'JOINED', staff: m });
    }
    if (m.leftOn && m.leftOn <= asOf && m.leftOn >= contract.start) {
      const kind = m.leavingReason === 'transferred_out' ? 'TRANSFERRED_OUT' : 'LEFT';
      events.push({ date: m.leftOn, kind, staff: m });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** Months in post without insurance (unless exempt) or without salary. */
function complianceIssues(
  inWindow: readonly AttendanceRow[],
  members: ReadonlyMap<number, StaffMemberModel>,
): ComplianceIssueModel[] {
  return inWindow
    .flatMap((rec) => {
      const m = members.get(rec.staffId);
      if (!m) return [];
      const problems: ComplianceIssueModel[] = [];
      if (!rec.insured && m.insuranceExemption == null)
        problems.push({ month: rec.month, staff: m, problem: 'NOT_INSURED' });
      if (!rec.paid) problems.push({ month: rec.month, staff: m, problem: 'NOT_PAID' });
      return problems;
    })
    .sort((a, b) => a.month.localeCompare(b.month));
}
