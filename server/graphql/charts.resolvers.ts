import { districtCompletionChart } from '../charts/districtCompletion.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const chartResolvers: Resolvers = {
  District: {
    completionChart: (d, { year, width, lang }, { read }) =>
      districtCompletionChart(read, d, year, width, lang),
  },
};
