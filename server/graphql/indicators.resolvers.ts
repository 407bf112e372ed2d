import { explainStatus } from '../read/narrative.ts';
import { stationOf } from '../read/stations.ts';
import { contractOverallCompletion, contractOverallStatus, contractStatuses } from '../read/statuses.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const indicatorResolvers: Resolvers = {
  Contract: {
    indicatorStatuses: (c, { asOf, areaCode }, { read }) => contractStatuses(read, c, asOf, areaCode),
    overallCompletion: (c, { asOf }, { read }) => contractOverallCompletion(read, c, asOf),
    overallStatus: (c, { asOf }, { read }) => contractOverallStatus(read, c, asOf),
  },
  IndicatorStatus: {
    station: (s, _, { read }) => stationOf(read, s.contract),
    contractYear: (s) => s.contract.serviceYear,
    explanation: (s, { lang }) => explainStatus(s, lang),
  },
  IndicatorDefinition: {
    feed: (d) => upperCase(d.feed),
    higherIsBetter: (d) => d.direction === 'higher',
  },
};
