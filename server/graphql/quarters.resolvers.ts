import { quartersReached, type Quarter } from '../domain/quarters.ts';
import type { IndicatorStatusModel } from '../services/indicators.ts';
import { resolveAsOf } from './base.resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { contractStatuses } from './indicators.resolvers.ts';

export interface QuarterProgressModel extends Quarter {
  asOf: string;
  complete: boolean;
  items: IndicatorStatusModel[];
}

export const quarterResolvers: Resolvers = {
  Contract: {
    granularity: (contract, _, { loaders }) => loaders.granularity.load(contract.id),
    quarterlyProgress: (contract, { asOf }, ctx) =>
      Promise.all(
        quartersReached(contract, resolveAsOf(asOf, contract, ctx.today)).map(async (q) => ({
          ...q,
          // A figure not yet known at the quarter's end (a year total) is left out, not shown as 0.
          items: (await contractStatuses(contract, q.asOf, ctx)).filter((s) => s.complete),
        })),
      ),
  },
};
