import * as stations from '../read/stations.ts';
import { reachText } from '../domain/reach.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const stationResolvers: Resolvers = {
  District: {
    stations: (d, _, { read }) => stations.stationsOf(read, d),
    years: (d, _, { read }) => stations.districtYears(read, d),
    defaultYear: (d, _, { read }) => stations.districtDefaultYear(read, d),
  },
  Station: {
    district: (s, _, { read }) => stations.districtOf(read, s),
    areas: (s, _, { read }) => stations.areasOf(read, s),
    contracts: (s, _, { read }) => stations.contractsOf(read, s),
    contract: (s, { year }, { read }) => stations.contractOfYear(read, s, year),
    contractOn: (s, { date }, { read }) => stations.contractOn(read, s, date),
  },
  ServiceArea: {
    communities: (a, _, { read }) => stations.communitiesOf(read, a),
  },
  Contract: {
    year: (c) => c.serviceYear,
    station: (c, _, { read }) => stations.stationOf(read, c),
    reach: (c, _, { read }) => stations.reachOf(read, c),
    documents: (c, _, { read }) => stations.documentsOf(read, c),
  },
  ReachFigure: {
    name: (f, { lang }) => reachText(f.code, 'name', lang),
    unit: (f, { lang }) => reachText(f.code, 'unit', lang),
    area: (f, _, { read }) => stations.areaById(read, f.areaId),
    document: (f, _, { read }) => stations.documentById(read, f.documentId),
  },
  SourceDocument: {
    kind: (d) => upperCase(d.kind),
  },
};
