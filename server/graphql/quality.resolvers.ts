import * as entry from '../commands/entryInput.ts';
import { asLang } from '../domain/format.ts';
import { userName } from '../read/periods.ts';
import { page, pageOf } from '../read/page.ts';
import { dataQualityIssues } from '../read/quality.ts';
import { upperCase } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const qualityResolvers: Resolvers = {
  Query: {
    dataQualityIssues: async (_, { limit, offset, ...filter }, { read }) => {
      const wanted = page(limit, offset); // refused before any work
      return pageOf(await dataQualityIssues(read, filter), wanted);
    },
    dataQualityIssueCount: async (_, filter, { read }) => (await dataQualityIssues(read, filter)).length,
  },
  Mutation: {
    updateQualityIssue: (_, input, { read, auth }) => entry.updateQualityIssue(read, auth.ip, input),
  },
  DataQualityIssue: {
    contractYear: (i) => i.contract.serviceYear,
    message: (i, { lang }) => i.message[asLang(lang)],
    suggestion: (i, { lang }) => i.suggestion?.[asLang(lang)] ?? null,
    status: (i) => i.work?.status ?? 'OPEN',
    explanation: (i) => i.work?.explanation ?? null,
    assignee: (i, _, { read }) => userName(read, i.work?.assigneeId),
    updatedBy: (i, _, { read }) => userName(read, i.work?.updatedBy),
    updatedAt: (i) => i.work?.updatedAt ?? null,
  },
  QualityFigure: {
    label: (f, { lang }) => f.label[asLang(lang)],
    source: (f) => upperCase(f.source),
  },
};
