import { granularity, quarterlyProgress } from '../read/quarters.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const quarterResolvers: Resolvers = {
  Contract: {
    granularity: (c, _, { read }) => granularity(read, c),
    quarterlyProgress: (c, { asOf }, { read }) => quarterlyProgress(read, c, asOf),
  },
};
