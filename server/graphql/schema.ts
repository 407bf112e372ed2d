/** Assembles the SDL files and the per-domain resolver maps into one executable schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResolvers } from '@graphql-tools/merge';
import { baseResolvers } from './base.resolvers.ts';
import { evaluationResolvers } from './evaluations.resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { indicatorResolvers } from './indicators.resolvers.ts';
import { quarterResolvers } from './quarters.resolvers.ts';
import { staffingResolvers } from './staffing.resolvers.ts';
import { stationResolvers } from './stations.resolvers.ts';
import { supervisionResolvers } from './supervision.resolvers.ts';
import { volunteerResolvers } from './volunteers.resolvers.ts';

const here = dirname(fileURLToPath(import.meta.url));

export const typeDefs: string[] = readdirSync(here)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(join(here, f), 'utf8'));

// Several domains add fields to `Contract`; mergeResolvers joins them type by type.
export const resolvers: Resolvers = mergeResolvers([
  baseResolvers,
  stationResolvers,
  indicatorResolvers,
  quarterResolvers,
  volunteerResolvers,
  staffingResolvers,
  evaluationResolvers,
  supervisionResolvers,
]);
