import { progressNarrative } from '../read/narrative.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const narrativeResolvers: Resolvers = {
  Contract: {
    progressNarrative: (c, { lang, asOf }, { read }) => progressNarrative(read, c, lang, asOf),
  },
};
