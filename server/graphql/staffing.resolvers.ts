import { staffing } from '../read/staffing.ts';
import { certificationEnum } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const staffingResolvers: Resolvers = {
  Contract: {
    staffing: (c, { asOf }, { read }) => staffing(read, c, asOf),
  },
  CertificationCount: {
    level: (row) => certificationEnum[row.level],
  },
  StaffMember: {
    certification: (row) => certificationEnum[row.certification],
  },
};
