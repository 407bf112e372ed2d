/**
 * Year on year: a station's headline figures for each of its service years, and a district's
 * spread of them, read from the figures rollup (each year at the last month-end, a finished
 * contract at its end: the region views' dates).
 */
import type { ContractRow, DistrictRow, StationRow } from '../db/schema.ts';
import { regionAsOf } from '../domain/asOf.ts';
import { minDate } from '../domain/dates.ts';
import { distribution } from '../domain/summary.ts';
import { figuresOf } from './figures.ts';
import type { Reader } from './reader.ts';

/** The contracts begun by the view's month-end, each with the date it is taken on. */
function datedContracts(r: Reader, contracts: readonly ContractRow[]) {
  const asOf = regionAsOf(null, r.today);
  return contracts
    .filter((c) => c.start <= asOf)
    .map((contract) => ({ contract, asOf: minDate(asOf, contract.end) }));
}

export async function stationTrend(r: Reader, station: StationRow) {
  const contracts = datedContracts(r, await r.loaders.contractsByStation.load(station.id));
  const figures = await figuresOf(r, contracts);
  return contracts
    .flatMap(({ contract, asOf }) => {
      const f = figures.get(contract.id);
      if (!f) return [];
      return [
        {
          year: contract.serviceYear,
          asOf,
          finished: asOf === contract.end,
          overallCompletion: f.overallCompletion,
          resourceCompletion: f.resourceCompletion,
          stabilityRate: f.stabilityRate,
        },
      ];
    })
    .sort((a, b) => a.year - b.year);
}

export async function districtTrend(r: Reader, district: DistrictRow) {
  const stations = await r.loaders.stationsByDistrict.load(district.id);
  const lists = await Promise.all(stations.map((s) => r.loaders.contractsByStation.load(s.id)));
  const contracts = datedContracts(r, lists.flat());
  const figures = await figuresOf(r, contracts);
  const years = [...new Set(contracts.map((c) => c.contract.serviceYear))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = contracts.filter((c) => c.contract.serviceYear === year);
    const rows = ofYear.flatMap((c) => {
      const f = figures.get(c.contract.id);
      return f ? [f] : [];
    });
    return {
      year,
      asOf: ofYear.map((c) => c.asOf).reduce((a, b) => (a > b ? a : b)),
      finished: ofYear.every((c) => c.asOf === c.contract.end),
      stations: rows.length,
      completion: distribution(rows.map((f) => f.overallCompletion)),
      resourceCompletion: distribution(rows.map((f) => f.resourceCompletion)),
      stability: distribution(rows.map((f) => f.stabilityRate)),
    };
  });
}
