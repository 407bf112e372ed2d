import type { Party, Resolvers } from './generated/resolvers-types.ts';

const parties = {
  third_party: 'THIRD_PARTY', street_office: 'STREET_OFFICE', supervision_centre: 'SUPERVISION_CENTRE', district_bureau: 'DISTRICT_BUREAU',
} as const satisfies Record<string, Party>;

export const evaluationResolvers: Resolvers = {
  Contract: {
    evaluations: (contract, _, { loaders }) => loaders.evaluationsByContract.load(contract.id),
  },
  EvaluationPart: {
    party: (part) => parties[part.party],
  },
};
