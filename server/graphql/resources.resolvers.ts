import { resourceBreakdownOf, resourceSummary } from '../read/resources.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const resourceResolvers: Resolvers = {
  Contract: {
    resources: (c, { asOf }, { read }) => resourceSummary(read, c, asOf),
  },
  ResourceSummary: {
    bySourceType: async (s, _, { read }) => (await resourceBreakdownOf(read, s)).bySourceType,
    byArea: async (s, _, { read }) => (await resourceBreakdownOf(read, s)).byArea,
    monthly: async (s, _, { read }) => (await resourceBreakdownOf(read, s)).monthly,
    records: async (s, _, { read }) => (await resourceBreakdownOf(read, s)).records,
  },
  ResourceAmountBySource: {
    sourceType: (row) => upperCase(row.sourceType),
  },
  ResourceRecord: {
    sourceType: (row) => upperCase(row.sourceType),
    kind: (row) => upperCase(row.kind),
  },
};
