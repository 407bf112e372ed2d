import { partyEnum, polarityEnum } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const evaluationResolvers: Resolvers = {
  Contract: {
    evaluations: (contract, _, { loaders }) => loaders.evaluationsByContract.load(contract.id),
  },
  EvaluationPart: {
    party: (part) => partyEnum[part.party],
  },
  Finding: {
    polarity: (finding) => polarityEnum[finding.polarity],
    area: (finding, _, { loaders }) => (finding.areaId == null ? null : loaders.area.load(finding.areaId)),
    text: (finding, { lang }) => (lang === 'en' ? finding.textEn : finding.textZh),
  },
};
