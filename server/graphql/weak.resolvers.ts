import { weakIndicators } from '../read/weak.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const weakResolvers: Resolvers = {
  Query: {
    weakIndicators: (_, args, { read }) => weakIndicators(read, args),
  },
};
