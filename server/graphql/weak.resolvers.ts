import { page, pageOf } from '../read/page.ts';
import { weakIndicators } from '../read/weak.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const weakResolvers: Resolvers = {
  Query: {
    weakIndicators: async (_, { limit, offset, ...query }, { read }) => {
      const wanted = page(limit, offset); // refused before any work
      return pageOf(await weakIndicators(read, query), wanted);
    },
    weakIndicatorCount: async (_, query, { read }) => (await weakIndicators(read, query)).length,
  },
};
