import { evaluations, findingKind, findings } from '../read/evaluations.ts';
import { areaById } from '../read/stations.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const evaluationResolvers: Resolvers = {
  Contract: {
    evaluations: (c, _, { read }) => evaluations(read, c),
  },
  Evaluation: {
    findings: (e, filter, { read }) => findings(read, e, filter),
  },
  EvaluationPart: {
    party: (part) => upperCase(part.party),
  },
  Finding: {
    party: (f) => (f.party == null ? null : upperCase(f.party)),
    kind: (f) => upperCase(findingKind(f)),
    polarity: (f) => upperCase(f.polarity),
    area: (f, _, { read }) => areaById(read, f.areaId),
    text: (f, { lang }) => (lang === 'en' && f.textEn != null ? f.textEn : f.textZh),
    translated: (f) => f.textEn != null,
    case: (f) => f.caseNote,
    partOf: (f) => f.partOfRef,
  },
};
