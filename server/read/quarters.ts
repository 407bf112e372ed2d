/** Quarter-by-quarter cumulative progress of a contract, and how its figures were reported. */
import type { ContractRow } from '../db/schema.ts';
import { contractAsOf } from '../domain/asOf.ts';
import { quartersReached, type Quarter } from '../domain/quarters.ts';
import type { Granularity } from '../services/indicators.ts';
import type { Reader } from './reader.ts';
import { contractStatuses, type IndicatorStatusModel } from './statuses.ts';

export interface QuarterProgressModel extends Quarter {
  asOf: string;
  complete: boolean;
  items: IndicatorStatusModel[];
}

/** Each quarter reached by the date, with the statuses cumulative to its end (or the date). */
export function quarterlyProgress(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
): Promise<QuarterProgressModel[]> {
  const quarters = quartersReached(contract, contractAsOf(contract, asked, r.today));
  return Promise.all(
    quarters.map(async (q) => ({
      ...q,
      // A figure not yet known at the quarter's end (a year total) is left out, not shown as 0.
      items: (await contractStatuses(r, contract, q.asOf)).filter((s) => s.complete),
    })),
  );
}

export function granularity(r: Reader, contract: ContractRow): Promise<Granularity> {
  return r.loaders.granularity.load(contract.id);
}
