/** Assembles the SDL files and the per-module resolver maps (one beside each SDL file) into one schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeResolvers } from '@graphql-tools/merge';
import { authResolvers } from './auth.resolvers.ts';
import { baseResolvers } from './base.resolvers.ts';
import { chartResolvers } from './charts.resolvers.ts';
import { entryResolvers } from './entry.resolvers.ts';
import { evaluationResolvers } from './evaluations.resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { requireLogin } from './guard.ts';
import { importResolvers } from './imports.resolvers.ts';
import { indicatorResolvers } from './indicators.resolvers.ts';
import { narrativeResolvers } from './narrative.resolvers.ts';
import { periodResolvers } from './periods.resolvers.ts';
import { policyResolvers } from './policy.resolvers.ts';
import { qualityResolvers } from './quality.resolvers.ts';
import { quarterResolvers } from './quarters.resolvers.ts';
import { regionResolvers } from './regions.resolvers.ts';
import { resourceResolvers } from './resources.resolvers.ts';
import { staffingResolvers } from './staffing.resolvers.ts';
import { stationResolvers } from './stations.resolvers.ts';
import { volunteerResolvers } from './volunteers.resolvers.ts';
import { weakResolvers } from './weak.resolvers.ts';
import { fromRoot } from '../lib/root.ts';

// The SDL files beside this module in the sources (the compiled server reads them there too).
const here = fromRoot('server/graphql');

export const typeDefs: string[] = readdirSync(here)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(join(here, f), 'utf8'));

// Several modules add fields to `Contract` and `Query`; mergeResolvers joins them type by type.
export const resolvers: Resolvers = requireLogin(
  mergeResolvers([
    authResolvers,
    baseResolvers,
    chartResolvers,
    stationResolvers,
    indicatorResolvers,
    resourceResolvers,
    quarterResolvers,
    regionResolvers,
    volunteerResolvers,
    staffingResolvers,
    evaluationResolvers,
    narrativeResolvers,
    weakResolvers,
    qualityResolvers,
    policyResolvers,
    importResolvers,
    entryResolvers,
    periodResolvers,
  ]),
);
