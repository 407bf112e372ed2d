import { evaluations, findings } from '../read/evaluations.ts';
import { areaById } from '../read/stations.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const evaluationResolvers: Resolvers = {
  Contract: {
    evaluations: (c, _, { read }) => evaluations(read, c),
  },
  Evaluation: {
    findings: (e, _, { read }) => findings(read, e),
  },
  EvaluationPart: {
    party: (part) => upperCase(part.party),
  },
  Finding: {
    party: (f) => (f.party == null ? null : upperCase(f.party)),
    kind: (f) => (f.kind === 'finding' ? upperCase(f.polarity) : upperCase(f.kind)),
    polarity: (f) => upperCase(f.polarity),
    area: (f, _, { read }) => areaById(read, f.areaId),
    text: (f, { lang }) => (lang === 'en' ? f.textEn : f.textZh),
  },
};
