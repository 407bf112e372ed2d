/** Volunteer teams, monthly records and volunteer-system checks. */
import { volunteerRecords, volunteerSystemCounts, volunteerTeams } from '../db/schema.ts';

export type VolunteerTeamRow = typeof volunteerTeams.$inferSelect;
export type VolunteerRecordRow = typeof volunteerRecords.$inferSelect;
export type VolunteerSystemCountsRow = typeof volunteerSystemCounts.$inferSelect;

/** The scoped lookups of this module (see `rowsByKeys`). */
export const volunteerLookups = {
  teamsByStation: {
    table: volunteerTeams,
    key: volunteerTeams.stationId,
    owner: { station: volunteerTeams.stationId },
    orderBy: volunteerTeams.foundedOn,
  },
  recordsByContract: {
    table: volunteerRecords,
    key: volunteerRecords.contractId,
    owner: { contract: volunteerRecords.contractId },
    orderBy: volunteerRecords.month,
  },
  systemCountsByContract: {
    table: volunteerSystemCounts,
    key: volunteerSystemCounts.contractId,
    owner: { contract: volunteerSystemCounts.contractId },
  },
} as const;
