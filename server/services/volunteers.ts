/** Volunteer teams, monthly records and volunteer-system checks. */
import { and, asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { volunteerRecords, volunteerSystemCounts, volunteerTeams } from '../db/schema.ts';
import { contractInScope, stationInScope, type Scope } from './scope.ts';

export function volunteerTeamsByStationIds(db: Db, scope: Scope, stationIds: readonly number[]) {
  return db
    .select()
    .from(volunteerTeams)
    .where(
      and(
        inArray(volunteerTeams.stationId, [...stationIds]),
        stationInScope(volunteerTeams.stationId, scope),
      ),
    )
    .orderBy(asc(volunteerTeams.foundedOn))
    .all();
}

export function volunteerRecordsByContractIds(db: Db, scope: Scope, contractIds: readonly number[]) {
  return db
    .select()
    .from(volunteerRecords)
    .where(
      and(
        inArray(volunteerRecords.contractId, [...contractIds]),
        contractInScope(volunteerRecords.contractId, scope),
      ),
    )
    .orderBy(asc(volunteerRecords.month))
    .all();
}

export function volunteerSystemCountsByContractIds(db: Db, scope: Scope, contractIds: readonly number[]) {
  return db
    .select()
    .from(volunteerSystemCounts)
    .where(
      and(
        inArray(volunteerSystemCounts.contractId, [...contractIds]),
        contractInScope(volunteerSystemCounts.contractId, scope),
      ),
    )
    .all();
}

export type VolunteerTeamRow = typeof volunteerTeams.$inferSelect;
