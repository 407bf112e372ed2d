/** Staff rosters and monthly attendance, and the staffing picture of a contract. */
import { and, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  attendance,
  staff,
  CERTIFICATIONS,
  type AttendanceRow,
  type ContractRow,
  type ServiceAreaRow,
  type StaffRow,
} from '../db/schema.ts';
import { contractMonths, minDate, monthOf } from '../domain/dates.ts';
import { practiceYears, staffingRatios, type StaffingRatios } from '../domain/staffing.ts';
import { contractInScope, stationInScope, type Scope } from './scope.ts';

export function staffByStationIds(db: Db, scope: Scope, stationIds: readonly number[]): StaffRow[] {
  return db
    .select()
    .from(staff)
    .where(and(inArray(staff.stationId, [...stationIds]), stationInScope(staff.stationId, scope)))
    .all();
}

export function attendanceByContractIds(
  db: Db,
  scope: Scope,
  contractIds: readonly number[],
): AttendanceRow[] {
  return db
    .select()
    .from(attendance)
    .where(
      and(inArray(attendance.contractId, [...contractIds]), contractInScope(attendance.contractId, scope)),
    )
    .all();
}

export interface StaffMemberModel extends StaffRow {
  area: ServiceAreaRow | null;
  practiceYears: number;
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
 * The staffing of a contract over the months reported by `asOf` (all twelve for a finished
 * year). Practice years are measured at `asOf`, capped at the contract end. A month in post
 * without insurance is an issue unless the person has a recorded exemption (a re-employed
 * retiree), which is listed apart.
 */
export function contractStaffing(
  contract: ContractRow,
  roster: readonly StaffRow[],
  records: readonly AttendanceRow[],
  areas: readonly ServiceAreaRow[],
  asOf: string,
): StaffingModel {
  const on = minDate(asOf, contract.end);
  const reported = new Set(records.map((r) => r.month));
  const months = contractMonths(contract.start, contract.end).filter(
    (m) => m <= monthOf(on) && reported.has(m),
  );
  const monthSet = new Set(months);
  const inWindow = records.filter((r) => monthSet.has(r.month) && r.inPost);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const members = new Map(
    roster.map((s) => [
      s.id,
      {
        ...s,
        area: s.areaId == null ? null : (areaById.get(s.areaId) ?? null),
        practiceYears: practiceYears(s.practiceStart, on),
      },
    ]),
  );
  const ratios = staffingRatios(contract.contractedPositions, months, roster, inWindow, on);
  const lastMonth = months.at(-1);
  const current = inWindow
    .filter((r) => r.month === lastMonth)
    .map((r) => members.get(r.staffId))
    .filter((m) => m !== undefined);
  const present = [...new Set(inWindow.map((r) => r.staffId))]
    .map((id) => members.get(id))
    .filter((m) => m !== undefined);
  const firstMonth = months[0];
  const events: StaffingModel['events'] = present
    .flatMap((m) => {
      const own = inWindow
        .filter((r) => r.staffId === m.id)
        .map((r) => r.month)
        .sort();
      const list: StaffingModel['events'] = [];
      if (own[0] !== undefined && own[0] !== firstMonth)
        list.push({
          date: m.contractStart && monthOf(m.contractStart) === own[0] ? m.contractStart : `${own[0]}-01`,
          kind: 'JOINED',
          staff: m,
        });
      if (m.leftOn && m.leftOn <= on && m.leftOn >= contract.start)
        list.push({
          date: m.leftOn,
          kind: m.leavingReason === 'transferred_out' ? 'TRANSFERRED_OUT' : 'LEFT',
          staff: m,
        });
      return list;
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const exempt = (id: number) => members.get(id)?.insuranceExemption != null;
  const complianceIssues: StaffingModel['complianceIssues'] = inWindow
    .flatMap((r) => {
      const m = members.get(r.staffId);
      if (!m) return [];
      return [
        ...(!r.insured && !exempt(r.staffId)
          ? [{ month: r.month, staff: m, problem: 'NOT_INSURED' as const }]
          : []),
        ...(!r.paid ? [{ month: r.month, staff: m, problem: 'NOT_PAID' as const }] : []),
      ];
    })
    .sort((a, b) => a.month.localeCompare(b.month));
  return {
    ...ratios,
    asOf: on,
    certification: CERTIFICATIONS.map((level) => ({
      level,
      count: current.filter((m) => m.certification === level).length,
    })),
    monthly: months.map((month) => {
      const rows = inWindow.filter((r) => r.month === month);
      return {
        month,
        inPost: rows.length,
        insured: rows.filter((r) => r.insured).length,
        paid: rows.filter((r) => r.paid).length,
      };
    }),
    events,
    complianceIssues,
    exemptions: present
      .filter((m) => m.insuranceExemption != null)
      .map((m) => ({ staff: m, reason: m.insuranceExemption as string })),
    staff: present.sort((a, b) => a.id - b.id),
  };
}
