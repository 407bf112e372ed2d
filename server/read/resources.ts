/** Social resources linked: the summary against target and its breakdowns (source, area, month). */
import type { ContractRow, ServiceAreaRow } from '../db/schema.ts';
import { contractAsOf, countedThrough } from '../domain/asOf.ts';
import { contractMonths, lastDayOfMonth, minDate, monthOf } from '../domain/dates.ts';
import {
  expectedRate,
  figureResourceBand,
  indicatorFigures,
  round2,
  type ResourceBand,
} from '../domain/progress.ts';
import { isWeak } from '../domain/weak.ts';
import type { ResourceLinkRow } from '../services/resources.ts';
import type { Reader } from './reader.ts';
import { stationTotal, type IndicatorStatusModel } from './statuses.ts';

export type ResourceSummaryModel = IndicatorStatusModel & { contract: ContractRow; band: ResourceBand };
export type ResourceRecordModel = ResourceLinkRow & { area: ServiceAreaRow | null };
export type ResourceAmountBySourceModel = { sourceType: ResourceLinkRow['sourceType']; amount: number };

export interface ResourceBreakdown {
  bySourceType: ResourceAmountBySourceModel[];
  byArea: Array<{ area: ServiceAreaRow | null; amount: number }>;
  monthly: Array<{ month: string; amount: number; cumulative: number; paceAmount: number | null }>;
  records: ResourceRecordModel[];
}

const code = 'resources_linked';

/**
 * The `resources_linked` station total with its band. A contract without a resources target
 * still has a (zero, NO_TARGET) summary, not an error.
 */
export async function resourceSummary(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
): Promise<ResourceSummaryModel> {
  const total = await stationTotal(r, contract, asked, code);
  if (total) return { ...total, contract, band: figureResourceBand(total) };
  const indicator = (await r.loaders.indicatorDefinitions()).find((d) => d.code === code);
  if (!indicator) throw new Error(`indicator ${code} is missing from the catalogue`);
  const asOf = contractAsOf(contract, asked, r.today);
  const through = countedThrough(contract, asOf);
  const figures = indicatorFigures(null, 0, expectedRate(contract, through));
  return {
    ...figures,
    ...{ indicator, area: null, asOf, countedThrough: through, complete: true, weak: isWeak(figures.status) },
    ...{ statedRate: null, statedRateText: null, printedValue: null, contract, band: 'NO_TARGET' },
  };
}

/** The breakdowns of a summary, computed once per request however many fields ask. */
export function resourceBreakdownOf(r: Reader, summary: ResourceSummaryModel): Promise<ResourceBreakdown> {
  const { contract, target, asOf } = summary;
  return r.memo(`resources|${contract.id}|${asOf}`, async () => {
    const [links, areas] = await Promise.all([
      r.loaders.resourceLinksByContract.load(contract.id),
      r.loaders.areasByStation.load(contract.stationId),
    ]);
    return resourceBreakdown(contract, links, areas, target, asOf);
  });
}

function sumBy<K>(links: readonly ResourceLinkRow[], key: (l: ResourceLinkRow) => K): Array<[K, number]> {
  const sums = new Map<K, number>();
  for (const l of links) sums.set(key(l), (sums.get(key(l)) ?? 0) + l.valueYuan);
  return [...sums.entries()].map(([k, v]) => [k, round2(v)] as [K, number]).sort((a, b) => b[1] - a[1]);
}

/**
 * Breakdowns of the links dated by `asOf`. The monthly curve runs over every contract month up
 * to `asOf`, with the pace the target calls for at each month's end. Without individual records
 * (a year total only) there is no curve to draw: a row of zeros would read as "nothing linked".
 */
export function resourceBreakdown(
  contract: ContractRow,
  links: readonly ResourceLinkRow[],
  areas: readonly ServiceAreaRow[],
  target: number | null,
  asOf: string,
): ResourceBreakdown {
  const upTo = links.filter((l) => l.date <= asOf);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const amountByMonth = new Map(sumBy(upTo, (l) => monthOf(l.date)));
  let cumulative = 0;
  const months = links.length === 0 ? [] : contractMonths(contract.start, contract.end);
  const monthly = months
    .filter((m) => m <= monthOf(asOf))
    .map((month) => {
      const amount = amountByMonth.get(month) ?? 0;
      cumulative = round2(cumulative + amount);
      const monthEnd = minDate(lastDayOfMonth(month), contract.end);
      const paceAmount = target == null ? null : round2(target * expectedRate(contract, monthEnd));
      return { month, amount, cumulative, paceAmount };
    });
  return {
    bySourceType: sumBy(upTo, (l) => l.sourceType).map(([sourceType, amount]) => ({ sourceType, amount })),
    byArea: sumBy(upTo, (l) => l.areaId).map(([areaId, amount]) => ({
      area: areaId == null ? null : (areaById.get(areaId) ?? null),
      amount,
    })),
    monthly,
    records: [...upTo]
      .reverse()
      .map((l) => ({ ...l, area: l.areaId == null ? null : (areaById.get(l.areaId) ?? null) })),
  };
}
