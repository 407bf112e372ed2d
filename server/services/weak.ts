/** Weak indicators: every BEHIND or CRITICAL status of the contracts running on a date, ranked. */
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { contracts, districts, stations, type ContractRow, type StationRow } from '../db/schema.ts';
import type { IndicatorStatusModel } from './indicators.ts';
import { stationInScope, type Scope } from './scope.ts';

export interface WeakIndicatorModel extends IndicatorStatusModel {
  station: StationRow;
  contract: ContractRow;
}

const severity = { CRITICAL: 0, BEHIND: 1 } as const;

/** Critical before behind, then the slowest pace, then the largest share of the target missing. */
export function rankWeak(a: IndicatorStatusModel, b: IndicatorStatusModel): number {
  const bySeverity =
    severity[a.status as keyof typeof severity] - severity[b.status as keyof typeof severity];
  if (bySeverity !== 0) return bySeverity;
  const byPace = (a.paceRatio ?? 0) - (b.paceRatio ?? 0);
  if (byPace !== 0) return byPace;
  const relativeGap = (s: IndicatorStatusModel) => (s.target ? (s.gap ?? 0) / s.target : 0);
  return relativeGap(b) - relativeGap(a);
}

/** The contracts of a district (optionally one station) running on `asOf`, with their stations. */
export function contractsRunningOn(
  db: Db,
  scope: Scope,
  districtCode: string,
  stationCode: string | null,
  asOf: string,
) {
  return db
    .select({ contract: contracts, station: stations })
    .from(contracts)
    .innerJoin(stations, eq(stations.id, contracts.stationId))
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .where(
      and(
        eq(districts.code, districtCode),
        stationCode ? eq(stations.code, stationCode) : undefined,
        lte(contracts.start, asOf),
        gte(contracts.end, asOf),
        stationInScope(stations.id, scope),
      ),
    )
    .all();
}

/**
 * The weak ones among the running contracts' statuses, ranked and cut to `limit`. Figures not
 * yet known on the date (year totals) are not judged; a met indicator is never weak.
 */
export function rankedWeak(
  statuses: readonly WeakIndicatorModel[],
  limit: number | null,
): WeakIndicatorModel[] {
  const weak = statuses
    .filter((s) => s.complete && (s.status === 'BEHIND' || s.status === 'CRITICAL'))
    .sort(rankWeak);
  return limit != null && limit >= 0 ? weak.slice(0, limit) : weak;
}
