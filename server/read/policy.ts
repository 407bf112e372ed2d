/** The thresholds, bands and weights the figures are judged by, as clients read them. */
import {
  defaultPartyWeights,
  experiencedPracticeYears,
  gradeBands,
  reportingDeadlineDay,
  resourceBands,
  statusThresholds,
  type Party,
} from '../domain/config.ts';
import { overAchievementLimit, statedRateTolerance } from '../domain/quality.ts';

export function policy() {
  return {
    statusThresholds,
    resourceBands,
    partyWeights: (Object.keys(defaultPartyWeights) as Party[]).map((party) => ({
      party,
      weight: defaultPartyWeights[party],
    })),
    gradeBands,
    statedRateTolerance,
    overAchievementLimit,
    experiencedPracticeYears,
    reportingDeadlineDay,
  };
}

export type PolicyModel = ReturnType<typeof policy>;
export type PartyWeightModel = PolicyModel['partyWeights'][number];
