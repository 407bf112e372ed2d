import { volunteerSummary } from '../read/volunteers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const volunteerResolvers: Resolvers = {
  Contract: {
    volunteers: (c, { asOf }, { read }) => volunteerSummary(read, c, asOf),
  },
};
