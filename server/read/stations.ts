/** Districts, stations and the choice of a station's contract (by year, or on a date). */
import type { UserViewer } from '../auth/viewer.ts';
import type { ContractRow, DistrictRow, ServiceAreaRow, StationRow } from '../db/schema.ts';
import { runningYear, viewDate } from '../domain/asOf.ts';
import { contractMonthsThrough, minDate } from '../domain/dates.ts';
import { appError } from '../errors.ts';
import { districtByCode, listDistricts, stationByCode } from '../services/stations.ts';
import type { Reader } from './reader.ts';

/** Service years a contract can have (a guard against nonsense input, not a business rule). */
const plausibleYears = { min: 2000, max: 2100 };

export const districts = (r: Reader) => listDistricts(r.db, r.scope);
export const district = (r: Reader, code: string) => districtByCode(r.db, r.scope, code);
export const station = (r: Reader, code: string) => stationByCode(r.db, r.scope, code);
export const indicatorDefinitions = (r: Reader) => r.loaders.indicatorDefinitions();
export const stationsOf = (r: Reader, d: DistrictRow) => r.loaders.stationsByDistrict.load(d.id);
export const areasOf = (r: Reader, s: StationRow) => r.loaders.areasByStation.load(s.id);
export const contractsOf = (r: Reader, s: StationRow) => r.loaders.contractsByStation.load(s.id);

export async function districtOf(r: Reader, s: StationRow): Promise<DistrictRow> {
  const found = await r.loaders.district.load(s.districtId);
  if (!found) throw new Error(`district ${s.districtId} of station ${s.code} is missing`);
  return found;
}

export async function stationOf(r: Reader, c: ContractRow): Promise<StationRow> {
  const found = await r.loaders.station.load(c.stationId);
  if (!found) throw new Error(`station ${c.stationId} of contract ${c.id} is not visible`);
  return found;
}

/** The contract of a service year; the latest contract when no year is given. */
export async function contractOfYear(
  r: Reader,
  s: StationRow,
  year?: number | null,
): Promise<ContractRow | null> {
  if (year != null && (year < plausibleYears.min || year > plausibleYears.max)) {
    throw appError('input/bad_year', { field: 'year', value: String(year) });
  }
  const contracts = await contractsOf(r, s);
  return year == null ? (contracts.at(-1) ?? null) : (contracts.find((c) => c.serviceYear === year) ?? null);
}

/** The contract whose term includes the date (default today). */
export async function contractOn(
  r: Reader,
  s: StationRow,
  date?: string | null,
): Promise<ContractRow | null> {
  const on = viewDate(date, r.today);
  return (await contractsOf(r, s)).find((c) => c.start <= on && on <= c.end) ?? null;
}

/** The contracts of each visible station of the district. */
async function districtContracts(r: Reader, d: DistrictRow): Promise<ContractRow[][]> {
  const stations = await stationsOf(r, d);
  return Promise.all(stations.map((s) => contractsOf(r, s)));
}

const yearsOf = (contracts: ContractRow[][]) =>
  [...new Set(contracts.flat().map((c) => c.serviceYear))].sort((a, b) => a - b);

/** Service years in which the district's visible stations hold contracts, ascending. */
export async function districtYears(r: Reader, d: DistrictRow): Promise<number[]> {
  return yearsOf(await districtContracts(r, d));
}

/**
 * The year a district page opens on: the running contract year of its visible stations (the
 * latest service year with a contract that contains today), else the latest year. Adding a
 * station, or one without this year's contract, does not move it.
 */
export async function districtDefaultYear(r: Reader, d: DistrictRow): Promise<number | null> {
  const contracts = (await districtContracts(r, d)).flat();
  return runningYear(contracts, r.today) ?? yearsOf([contracts]).at(-1) ?? null;
}

/** An area by id (null id, or one not visible: null). */
export function areaById(r: Reader, id: number | null) {
  return id == null ? null : r.loaders.area.load(id);
}

export async function communitiesOf(r: Reader, area: ServiceAreaRow): Promise<string[]> {
  return (await r.loaders.communitiesByArea.load(area.id)).map((c) => c.nameZh);
}

export const reachOf = (r: Reader, c: ContractRow) => r.loaders.reachByContract.load(c.id);
export const documentsOf = (r: Reader, c: ContractRow) => r.loaders.documentsByContract.load(c.id);
export const documentById = (r: Reader, id: number | null) =>
  id == null ? null : r.loaders.document.load(id);

export const districtById = (r: Reader, id: number | null) =>
  id == null ? null : r.loaders.district.load(id);

/** The stations a user sees: a bureau its district's, the others theirs (as the request may see them). */
export async function stationsOfUser(r: Reader, user: UserViewer): Promise<StationRow[]> {
  if (user.role === 'BUREAU' && user.districtId != null)
    return r.loaders.stationsByDistrict.load(user.districtId);
  const found = await r.loaders.station.loadMany([...user.stationIds]);
  return found.filter((s): s is StationRow => s != null && !(s instanceof Error));
}

/** The months a figure of the contract may be entered for today: its months begun by today. */
export const entryMonthsOf = (r: Reader, c: ContractRow) => contractMonthsThrough(c.start, c.end, r.today);

/** The last date a dated record of the contract may carry today. */
export const entryUntilOf = (r: Reader, c: ContractRow) => minDate(r.today, c.end);
