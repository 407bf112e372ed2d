import { policy } from '../read/policy.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const policyResolvers: Resolvers = {
  Query: {
    policy: () => policy(),
  },
  PartyWeight: {
    party: (p) => upperCase(p.party),
  },
};
