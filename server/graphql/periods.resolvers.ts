import * as entry from '../commands/entryInput.ts';
import {
  completeness,
  contractPeriods,
  monthSheet,
  periodModel,
  reportingPeriods,
  userNames,
} from '../read/periods.ts';
import type { Reader } from '../read/reader.ts';
import type * as t from '../db/schema.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

/** A period just written, as the API gives it (names of its users looked up). */
async function written(r: Reader, row: t.ReportingPeriodRow) {
  return periodModel(row.month, row, r.today, await userNames(r, [row]));
}

/** A contract's month as stored after a write (the request's memo holds the state before it). */
async function monthAfterWrite(r: Reader, contract: t.ContractRow, month: string) {
  const fresh = { ...r, memo: <T>(_key: string, compute: () => Promise<T>) => compute() };
  const period = (await contractPeriods(fresh, contract)).find((p) => p.month === month);
  if (!period) throw new Error(`month ${month} is not one of contract ${contract.id}'s`);
  return period;
}

export const periodResolvers: Resolvers = {
  Query: {
    reportingPeriods: (_, { stationCode, year }, { read }) => reportingPeriods(read, stationCode, year),
    completeness: (_, { districtCode, year }, { read }) => completeness(read, districtCode, year),
  },
  Contract: {
    reportingPeriods: (c, _, { read }) => contractPeriods(read, c),
    monthSheet: (c, { month }, { read }) => monthSheet(read, c, month),
  },
  MonthSaved: {
    period: (m, _, { read }) => monthAfterWrite(read, m.contract, m.month),
  },
  StationPeriod: {
    station: (p) => p.station,
    period: (p, _, { read }) => written(read, p.period),
  },
  Mutation: {
    saveMonth: (_, { input }, { read, auth }) => entry.saveMonth(read, auth.ip, input),
    submitPeriod: async (_, args, { read, auth }) =>
      written(read, await entry.submitPeriod(read, auth.ip, args)),
    reviewPeriod: async (_, args, { read, auth }) =>
      written(read, await entry.reviewPeriod(read, auth.ip, args)),
    lockPeriod: (_, args, { read, auth }) => entry.lockPeriod(read, auth.ip, args),
    unlockPeriod: (_, args, { read, auth }) => entry.unlockPeriod(read, auth.ip, args),
  },
};
