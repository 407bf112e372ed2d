import { page } from '../read/page.ts';
import { readerAs } from '../read/reader.ts';
import * as regions from '../read/regions.ts';
import { districtTrend, stationTrend } from '../read/trend.ts';
import type { QualityKind, Resolvers } from './generated/resolvers-types.ts';

export const regionResolvers: Resolvers = {
  Query: {
    region: (_, { code }, { read }) => regions.regionOfCode(read, code),
    regions: (_, __, { read }) => regions.topRegions(read),
  },
  Region: {
    ancestors: (g, _, { read }) => regions.ancestorsOf(read, g),
    parent: (g, _, { read }) => regions.regionById(read, g.parentId),
    children: (g, _, { read }) => regions.childrenOf(read, g),
    districts: (g, _, { read }) => regions.districtsIn(read, g),
    stationCount: (g, _, { read }) => regions.stationCountOf(read, g),
    years: (g, _, { read }) => regions.regionYearList(read, g),
    defaultYear: (g, _, { read }) => regions.regionDefaultYear(read, g),
    overview: async (g, { year, asOf }, { read }) =>
      regions.regionOverview(
        read,
        g,
        year ?? (await regions.regionDefaultYear(read, g)) ?? Number(read.today.slice(0, 4)),
        asOf,
      ),
  },
  RegionOverview: {
    stations: (o) => regions.overviewFigures(o).stations,
    demoStations: (o) => regions.overviewFigures(o).demoStations,
    expectedRate: (o) => regions.overviewFigures(o).expectedRate,
    completion: (o) => regions.overviewFigures(o).completion,
    histogram: (o) => regions.overviewFigures(o).histogram,
    statuses: (o) => regions.overviewFigures(o).statuses,
    resourceBands: (o) => regions.overviewFigures(o).resourceBands,
    resourceCompletion: (o) => regions.overviewFigures(o).resourceCompletion,
    stability: (o) => regions.overviewFigures(o).stability,
    grades: (o) => regions.overviewFigures(o).grades,
    qualityStations: (o) => regions.overviewFigures(o).qualityStations,
    commonQualityIssues: (o) =>
      regions
        .overviewFigures(o)
        .commonQualityIssues.map(({ kind, stations }) => ({ kind: kind as QualityKind, stations })),
    commonWeakIndicators: async (o, _, { read }) => {
      const definitions = new Map((await read.loaders.indicatorDefinitions()).map((d) => [d.code, d]));
      const total = o.rows.length;
      return regions.overviewFigures(o).commonWeakIndicators.flatMap(({ code, stations }) => {
        const indicator = definitions.get(code);
        return indicator ? [{ indicator, stations, share: total ? stations / total : 0 }] : [];
      });
    },
    parts: (o, _, { read }) => regions.regionParts(read, o),
    stationPage: (o, { offset, limit, sort, search }) =>
      regions.stationPage(o, { ...page(limit, offset), sort: sort ?? 'COMPLETION_ASC', search }),
  },
  StationFigures: {
    qualityIssues: (s) => s.qualityIssues ?? 0,
    station: async (s, _, { read }) => (await read.loaders.station.load(s.stationId))!,
    district: async (s, _, { read }) => (await read.loaders.district.load(s.districtId))!,
  },
  District: {
    region: (d, _, { read }) => regions.regionById(read, d.regionId),
    trend: (d, _, { read }) => districtTrend(read, d),
  },
  Station: {
    trend: (s, _, { read }) => stationTrend(read, s),
  },
  // A user is described as it sees itself (at login the request itself is still anonymous).
  User: {
    region: (u, _, { read }) => regions.regionById(readerAs(read, u), u.regionId),
  },
};
