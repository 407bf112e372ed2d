/** Weak indicators of the contracts running on a date, ranked (rules in `domain/weak.ts`). */
import { viewDate } from '../domain/asOf.ts';
import { rankedWeak } from '../domain/weak.ts';
import { contractsWithStations } from '../services/stations.ts';
import type { Reader } from './reader.ts';
import { contractStatuses, type IndicatorStatusModel } from './statuses.ts';

export interface WeakQuery {
  districtCode: string;
  stationCode?: string | null;
  asOf?: string | null;
}

/**
 * Statuses come through the request's loaders and memo, so a page that also asks for the same
 * contracts' indicatorStatuses (the weak-indicator heatmap) computes them once.
 */
export function weakIndicators(r: Reader, query: WeakQuery): Promise<IndicatorStatusModel[]> {
  const key = `weak|${query.districtCode}|${query.stationCode ?? ''}|${viewDate(query.asOf, r.today)}`;
  return r.memo(key, () => rankAll(r, query));
}

async function rankAll(r: Reader, query: WeakQuery): Promise<IndicatorStatusModel[]> {
  const on = viewDate(query.asOf, r.today);
  const running = await contractsWithStations(r.db, r.scope, {
    districtCode: query.districtCode,
    stationCode: query.stationCode,
    runningOn: on,
  });
  const statuses = await Promise.all(running.map(({ contract }) => contractStatuses(r, contract, on)));
  return rankedWeak(statuses.flat(), null);
}
