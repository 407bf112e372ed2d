import { appError } from '../errors.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const stationResolvers: Resolvers = {
  District: {
    stations: (district, _, { loaders }) => loaders.stationsByDistrict.load(district.id),
  },
  Station: {
    district: async (station, _, { loaders }) => {
      const district = await loaders.district.load(station.districtId);
      if (!district) throw new Error(`district ${station.districtId} of station ${station.code} is missing`);
      return district;
    },
    areas: (station, _, { loaders }) => loaders.areasByStation.load(station.id),
    contracts: (station, _, { loaders }) => loaders.contractsByStation.load(station.id),
    contract: async (station, { year }, { loaders }) => {
      if (year != null && (year < 2000 || year > 2100))
        throw appError('input/bad_year', { field: 'year', value: String(year) });
      const contracts = await loaders.contractsByStation.load(station.id);
      return year == null
        ? (contracts.at(-1) ?? null)
        : (contracts.find((c) => c.serviceYear === year) ?? null);
    },
  },
  Contract: {
    year: (contract) => contract.serviceYear,
    station: async (contract, _, { loaders }) => {
      const station = await loaders.station.load(contract.stationId);
      if (!station)
        throw new Error(`station ${contract.stationId} of contract ${contract.id} is not visible`);
      return station;
    },
  },
};
