import type { ContractRow } from '../db/schema.ts';
import type { IndicatorStatusModel } from '../services/indicators.ts';
import { resolveAsOf } from './base.resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { contractStatuses } from './indicators.resolvers.ts';

export interface VolunteerSummaryModel {
  contract: ContractRow;
  asOf: string;
  statuses: IndicatorStatusModel[];
}

const total = (statuses: IndicatorStatusModel[], code: string) =>
  statuses.find((s) => s.indicator.code === code && s.area === null) ?? null;

export const volunteerResolvers: Resolvers = {
  Contract: {
    volunteers: async (contract, { asOf }, ctx) => {
      const on = resolveAsOf(asOf, contract, ctx.today);
      return { contract, asOf: on, statuses: await contractStatuses(contract, on, ctx) };
    },
  },
  VolunteerSummary: {
    newVolunteers: ({ statuses }) => total(statuses, 'new_volunteers'),
    backbone: ({ statuses }) => total(statuses, 'volunteer_backbone'),
    teamsFounded: ({ statuses }) => total(statuses, 'volunteer_teams'),
    monthly: async ({ contract, asOf }, _, { loaders }) =>
      (await loaders.volunteerRecordsByContract.load(contract.id)).filter((r) => r.month <= asOf.slice(0, 7)),
    serviceHours: async ({ contract, asOf }, _, { loaders }) =>
      (await loaders.volunteerRecordsByContract.load(contract.id))
        .filter((r) => r.month <= asOf.slice(0, 7))
        .reduce((sum, r) => sum + r.serviceHours, 0),
    teams: ({ contract }, _, { loaders }) => loaders.volunteerTeamsByStation.load(contract.stationId),
    systemCounts: ({ contract }, _, { loaders }) => loaders.volunteerSystemCountsByContract.load(contract.id),
  },
};
