import { asLang } from '../domain/format.ts';
import { progressNarrative, weakExplanation, type NarrativeFigure } from '../domain/narrative.ts';
import type { IndicatorStatusModel } from '../services/indicators.ts';
import { dataQualityIssues } from '../services/quality.ts';
import { contractsRunningOn, rankedWeak } from '../services/weak.ts';
import { resolveAsOf } from './base.resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { contractStatuses } from './indicators.resolvers.ts';

const narrativeFigure = (s: IndicatorStatusModel): NarrativeFigure => ({
  code: s.indicator.code,
  nameZh: s.indicator.nameZh,
  nameEn: s.indicator.nameEn,
  unit: s.indicator.unit,
  unitEn: s.indicator.unitEn,
  target: s.target,
  actual: s.actual,
  completionRate: s.completionRate,
  projectedRate: s.projectedRate,
  gap: s.gap,
});

/** Supervisor tools: weak indicators, data quality, and the report's progress paragraph. */
export const supervisionResolvers: Resolvers = {
  Query: {
    // Statuses come through the request's loaders, so a page that also asks for the same
    // contracts' indicatorStatuses (the weak-indicator heatmap) computes them once.
    weakIndicators: async (_, { districtCode, stationCode, asOf, limit }, ctx) => {
      const on = asOf ?? ctx.today;
      const running = contractsRunningOn(ctx.db, ctx.scope, districtCode, stationCode ?? null, on);
      const statuses = await Promise.all(
        running.map(async ({ contract, station }) =>
          (await contractStatuses(contract, on, ctx)).map((s) => ({ ...s, station, contract })),
        ),
      );
      return rankedWeak(statuses.flat(), limit ?? null);
    },
    dataQualityIssues: (_, { districtCode, stationCode }, { db, scope, today }) =>
      dataQualityIssues(db, scope, {
        districtCode: districtCode ?? null,
        stationCode: stationCode ?? null,
        today,
      }),
  },
  WeakIndicator: {
    contractYear: (w) => w.contract.serviceYear,
    explanation: (w, { lang }) => weakExplanation(narrativeFigure(w), asLang(lang), w.asOf < w.contract.end),
  },
  DataQualityIssue: {
    contractYear: (i) => i.contract.serviceYear,
    message: (i, { lang }) => i.message[asLang(lang)],
    suggestion: (i, { lang }) => i.suggestion?.[asLang(lang)] ?? null,
  },
  Station: {
    contractOn: async (station, { date }, { loaders, today }) => {
      const on = date ?? today;
      return (
        (await loaders.contractsByStation.load(station.id)).find((c) => c.start <= on && on <= c.end) ?? null
      );
    },
  },
  Contract: {
    progressNarrative: async (contract, { lang, asOf }, ctx) => {
      const on = resolveAsOf(asOf, contract, ctx.today);
      const totals = (await contractStatuses(contract, on, ctx)).filter((s) => s.area === null && s.complete);
      const weak = totals
        .filter((s) => s.status === 'BEHIND' || s.status === 'CRITICAL')
        .map((s) => s.indicator.code);
      return progressNarrative(totals.map(narrativeFigure), weak, asLang(lang), {
        date: on,
        inProgress: on < contract.end,
      });
    },
  },
};
