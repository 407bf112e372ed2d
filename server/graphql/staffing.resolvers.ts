import { contractStaffing } from '../services/staffing.ts';
import { resolveAsOf } from './base.resolvers.ts';
import { certificationEnum } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const staffingResolvers: Resolvers = {
  Contract: {
    staffing: async (contract, { asOf }, { loaders, today }) => {
      const [roster, records, areas] = await Promise.all([
        loaders.staffByStation.load(contract.stationId),
        loaders.attendanceByContract.load(contract.id),
        loaders.areasByStation.load(contract.stationId),
      ]);
      return contractStaffing(contract, roster, records, areas, resolveAsOf(asOf, contract, today));
    },
  },
  CertificationCount: {
    level: (row) => certificationEnum[row.level],
  },
  StaffMember: {
    certification: (row) => certificationEnum[row.certification],
  },
};
