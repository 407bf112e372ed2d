import { staffing } from '../read/staffing.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const staffingResolvers: Resolvers = {
  Contract: {
    staffing: (c, { asOf }, { read }) => staffing(read, c, asOf),
  },
  CertificationCount: {
    level: (row) => upperCase(row.level),
  },
  StaffMember: {
    certification: (row) => upperCase(row.certification),
    derived: (row) => row.derivation != null,
  },
};
