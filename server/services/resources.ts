/** Individual resource links and their breakdowns (by source, area, month) for a contract. */
import { and, asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { resourceLinks, type ContractRow, type ServiceAreaRow } from '../db/schema.ts';
import { contractMonths, lastDayOfMonth, minDate, monthOf } from '../domain/dates.ts';
import { expectedRate, roundMoney } from '../domain/progress.ts';
import { contractInScope, type Scope } from './scope.ts';

export type ResourceLinkRow = typeof resourceLinks.$inferSelect;

export function resourceLinksByContractIds(
  db: Db,
  scope: Scope,
  contractIds: readonly number[],
): ResourceLinkRow[] {
  return db
    .select()
    .from(resourceLinks)
    .where(
      and(
        inArray(resourceLinks.contractId, [...contractIds]),
        contractInScope(resourceLinks.contractId, scope),
      ),
    )
    .orderBy(asc(resourceLinks.date))
    .all();
}

export type ResourceRecordModel = ResourceLinkRow & { area: ServiceAreaRow | null };
export type ResourceAmountBySourceModel = { sourceType: ResourceLinkRow['sourceType']; amount: number };

export interface ResourceBreakdown {
  bySourceType: ResourceAmountBySourceModel[];
  byArea: Array<{ area: ServiceAreaRow | null; amount: number }>;
  monthly: Array<{ month: string; amount: number; cumulative: number; paceAmount: number | null }>;
  records: ResourceRecordModel[];
}

function sumBy<K>(links: readonly ResourceLinkRow[], key: (l: ResourceLinkRow) => K): Array<[K, number]> {
  const sums = new Map<K, number>();
  for (const l of links) sums.set(key(l), (sums.get(key(l)) ?? 0) + l.valueYuan);
  return [...sums.entries()].map(([k, v]) => [k, roundMoney(v)] as [K, number]).sort((a, b) => b[1] - a[1]);
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
  let cumulative = 0;
  const monthly =
    links.length === 0
      ? []
      : contractMonths(contract.start, contract.end)
          .filter((m) => m <= monthOf(asOf))
          .map((month) => {
            const amount = roundMoney(
              upTo.filter((l) => monthOf(l.date) === month).reduce((s, l) => s + l.valueYuan, 0),
            );
            cumulative = roundMoney(cumulative + amount);
            const monthEnd = minDate(lastDayOfMonth(month), contract.end);
            return {
              month,
              amount,
              cumulative,
              paceAmount: target == null ? null : roundMoney(target * expectedRate(contract, monthEnd)),
            };
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
