/** Staff rosters and monthly attendance, and the staffing ratios of a contract. */
import { and, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { attendance, staff, type AttendanceRow, type ContractRow, type StaffRow } from '../db/schema.ts';
import { contractMonths, minDate, monthOf } from '../domain/dates.ts';
import { staffingRatios, type StaffingRatios } from '../domain/staffing.ts';
import { contractInScope, stationInScope, type Scope } from './scope.ts';

export function staffByStationIds(db: Db, scope: Scope, stationIds: readonly number[]): StaffRow[] {
  return db.select().from(staff).where(and(inArray(staff.stationId, [...stationIds]), stationInScope(staff.stationId, scope))).all();
}

export function attendanceByContractIds(db: Db, scope: Scope, contractIds: readonly number[]): AttendanceRow[] {
  return db.select().from(attendance).where(and(inArray(attendance.contractId, [...contractIds]), contractInScope(attendance.contractId, scope))).all();
}

export interface StaffingModel extends StaffingRatios {
  asOf: string;
}

/**
 * Ratios over the contract months whose attendance is reported by `asOf` (all twelve for a
 * finished year). Practice years are measured at `asOf`, capped at the contract end.
 */
export function contractStaffing(contract: ContractRow, roster: readonly StaffRow[], records: readonly AttendanceRow[], asOf: string): StaffingModel {
  const on = minDate(asOf, contract.end);
  const reported = new Set(records.map((r) => r.month));
  const months = contractMonths(contract.start, contract.end).filter((m) => m <= monthOf(on) && reported.has(m));
  return { ...staffingRatios(contract.contractedPositions, months, roster, records, on), asOf: on };
}
