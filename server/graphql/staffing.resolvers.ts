import { contractStaffing } from '../services/staffing.ts';
import { resolveAsOf } from './base.resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const staffingResolvers: Resolvers = {
  Contract: {
    staffing: async (contract, { asOf }, { loaders, today }) => {
      const [roster, records] = await Promise.all([
        loaders.staffByStation.load(contract.stationId),
        loaders.attendanceByContract.load(contract.id),
      ]);
      return contractStaffing(contract, roster, records, resolveAsOf(asOf, contract, today));
    },
  },
};
