import type { ContractRow } from '../db/schema.ts';
import {
  buildIndicatorStatuses,
  contractOverallCompletion,
  type IndicatorStatusModel,
} from '../services/indicators.ts';
import { resolveAsOf } from './base.resolvers.ts';
import type { Context } from './context.ts';
import { feedEnum, resourceKindEnum, sourceTypeEnum } from './enums.ts';
import { resourceBreakdown, type ResourceBreakdown } from '../services/resources.ts';
import { expectedRate, indicatorFigures, resourceBand } from '../domain/progress.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

/** All statuses of a contract on a date, through the request's loaders (batched across contracts). */
export function contractStatuses(
  contract: ContractRow,
  asOf: string,
  { loaders }: Context,
  areaCode?: string | null,
): Promise<IndicatorStatusModel[]> {
  const key = `${contract.id}|${asOf}|${areaCode ?? ''}`;
  let statuses = loaders.statuses.get(key);
  if (!statuses) {
    statuses = Promise.all([
      loaders.areasByStation.load(contract.stationId),
      loaders.targetsByContract.load(contract.id),
      loaders.actuals.load({ contractId: contract.id, asOf }),
    ]).then(([areas, targets, actuals]) =>
      buildIndicatorStatuses(
        { contract, asOf, definitions: loaders.indicatorDefinitions(), areas, targets, actuals },
        areaCode,
      ),
    );
    loaders.statuses.set(key, statuses);
  }
  return statuses;
}

export type ResourceSummaryModel = IndicatorStatusModel & { contract: ContractRow };

/** One breakdown per summary, shared by its four fields. */
const breakdowns = new WeakMap<ResourceSummaryModel, Promise<ResourceBreakdown>>();

function breakdown(summary: ResourceSummaryModel, { loaders }: Context): Promise<ResourceBreakdown> {
  let result = breakdowns.get(summary);
  if (!result) {
    const { contract, target, asOf } = summary;
    result = Promise.all([
      loaders.resourceLinksByContract.load(contract.id),
      loaders.areasByStation.load(contract.stationId),
    ]).then(([links, areas]) => resourceBreakdown(contract, links, areas, target, asOf));
    breakdowns.set(summary, result);
  }
  return result;
}

export const indicatorResolvers: Resolvers = {
  Contract: {
    indicatorStatuses: (contract, { asOf, areaCode }, ctx) =>
      contractStatuses(contract, resolveAsOf(asOf, contract, ctx.today), ctx, areaCode),
    overallCompletion: async (contract, { asOf }, ctx) =>
      contractOverallCompletion(
        await contractStatuses(contract, resolveAsOf(asOf, contract, ctx.today), ctx),
      ),
    resources: async (contract, { asOf }, ctx) => {
      const on = resolveAsOf(asOf, contract, ctx.today);
      const statuses = await contractStatuses(contract, on, ctx);
      const total = statuses.find((s) => s.indicator.code === 'resources_linked' && s.area === null);
      if (total) return { ...total, contract };
      // A contract without a resources target still has a (zero, NO_TARGET) summary, not an error.
      const indicator = ctx.loaders.indicatorDefinitions().find((d) => d.code === 'resources_linked');
      if (!indicator) throw new Error('indicator resources_linked is missing from the catalogue');
      return {
        ...indicatorFigures(null, 0, expectedRate(contract, on)),
        indicator,
        area: null,
        asOf: on,
        complete: true,
        statedRate: null,
        statedRateText: null,
        printedValue: null,
        contract,
      };
    },
  },
  ResourceSummary: {
    band: (summary) => resourceBand(summary.completionRate, summary.paceRatio),
    bySourceType: async (summary, _, ctx) => (await breakdown(summary, ctx)).bySourceType,
    byArea: async (summary, _, ctx) => (await breakdown(summary, ctx)).byArea,
    monthly: async (summary, _, ctx) => (await breakdown(summary, ctx)).monthly,
    records: async (summary, _, ctx) => (await breakdown(summary, ctx)).records,
  },
  ResourceAmountBySource: {
    sourceType: (row) => sourceTypeEnum[row.sourceType],
  },
  ResourceRecord: {
    sourceType: (row) => sourceTypeEnum[row.sourceType],
    kind: (row) => resourceKindEnum[row.kind],
  },
  IndicatorDefinition: {
    feed: (d) => feedEnum[d.feed],
    higherIsBetter: (d) => d.direction === 'higher',
  },
};
