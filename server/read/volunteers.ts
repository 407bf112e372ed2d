/** Volunteer recruitment against the contract, with the monthly records, teams and system check. */
import type { ContractRow } from '../db/schema.ts';
import { contractAsOf } from '../domain/asOf.ts';
import { monthOf } from '../domain/dates.ts';
import type {
  VolunteerRecordRow,
  VolunteerSystemCountsRow,
  VolunteerTeamRow,
} from '../services/volunteers.ts';
import type { Reader } from './reader.ts';
import { contractStatuses, type IndicatorStatusModel } from './statuses.ts';

export interface VolunteerSummaryModel {
  newVolunteers: IndicatorStatusModel | null;
  backbone: IndicatorStatusModel | null;
  teamsFounded: IndicatorStatusModel | null;
  /** null when no month of the period reported its hours (未报告), never 0. */
  serviceHours: number | null;
  teams: VolunteerTeamRow[];
  monthly: VolunteerRecordRow[];
  systemCounts: VolunteerSystemCountsRow | null;
}

export async function volunteerSummary(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
): Promise<VolunteerSummaryModel> {
  const asOf = contractAsOf(contract, asked, r.today);
  const [statuses, records, teams, systemCounts] = await Promise.all([
    contractStatuses(r, contract, asOf),
    r.loaders.volunteerRecordsByContract.load(contract.id),
    r.loaders.volunteerTeamsByStation.load(contract.stationId),
    r.loaders.volunteerSystemCountsByContract.load(contract.id),
  ]);
  const total = (code: string) => statuses.find((s) => s.indicator.code === code && s.area === null) ?? null;
  const monthly = records.filter((rec) => rec.month <= monthOf(asOf));
  return {
    newVolunteers: total('new_volunteers'),
    backbone: total('volunteer_backbone'),
    teamsFounded: total('volunteer_teams'),
    serviceHours: sumReported(monthly.map((rec) => rec.serviceHours)),
    // The teams there were in this year: none founded after the date the figures are as of.
    teams: teams.filter((t) => t.foundedOn == null || t.foundedOn <= asOf),
    monthly,
    systemCounts,
  };
}

/** The sum of the values reported; null when none is. */
function sumReported(values: ReadonlyArray<number | null>): number | null {
  const reported = values.filter((v): v is number => v != null);
  return reported.length === 0 ? null : reported.reduce((a, b) => a + b, 0);
}
