import { asLang } from '../domain/format.ts';
import { dataQualityIssues } from '../read/quality.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const qualityResolvers: Resolvers = {
  Query: {
    dataQualityIssues: (_, args, { read }) => dataQualityIssues(read, args),
  },
  DataQualityIssue: {
    contractYear: (i) => i.contract.serviceYear,
    message: (i, { lang }) => i.message[asLang(lang)],
    suggestion: (i, { lang }) => i.suggestion?.[asLang(lang)] ?? null,
  },
};
