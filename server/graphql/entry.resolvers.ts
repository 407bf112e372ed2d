import * as entry from '../commands/entryInput.ts';
import { entryMonthsOf, entryUntilOf } from '../read/stations.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export const entryResolvers: Resolvers = {
  Contract: {
    entryMonths: (c, _, { read }) => entryMonthsOf(read, c),
    entryUntil: (c, _, { read }) => entryUntilOf(read, c),
  },
  Mutation: {
    recordProgress: (_, { input }, { read, auth }) => entry.recordProgress(read, auth.ip, input),
    setTarget: (_, { input }, { read, auth }) => entry.setTarget(read, auth.ip, input),
    addResourceLink: (_, { input }, { read, auth }) =>
      entry.addResourceLink(read, auth.ip, {
        ...input,
        sourceType: lower(input.sourceType),
        kind: lower(input.kind),
      }),
    recordVolunteers: (_, { input }, { read, auth }) => entry.recordVolunteers(read, auth.ip, input),
    recordAttendance: (_, { input }, { read, auth }) => entry.recordAttendance(read, auth.ip, input),
    addStation: (_, { input }, { read, auth }) => entry.addStation(read, auth.ip, input),
  },
};
