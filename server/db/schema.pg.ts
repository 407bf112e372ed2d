/**
 * The tables as PostgreSQL builds them, read by drizzle-kit (`drizzle.pg.config.ts`) to generate
 * the PostgreSQL migrations in `drizzle-pg/`, and by the server when DATABASE_URL names a
 * PostgreSQL database (`schema.ts`).
 */
import { pgBuilders } from './builders.ts';
import { defineSchema } from './tables.ts';

export const {
  regions,
  districts,
  stations,
  contracts,
  sourceDocuments,
  documentFacts,
  serviceAreas,
  communities,
  indicatorDefinitions,
  targets,
  progressEntries,
  reachFigures,
  reportClaims,
  volunteerTeams,
  volunteerRecords,
  volunteerSystemCounts,
  resourceLinks,
  staff,
  attendance,
  reportingPeriods,
  qualityIssueStates,
  evaluations,
  evaluationParts,
  findings,
  users,
  userStations,
  auditLog,
  settings,
  importFiles,
  replacedValues,
  contractFigures,
} = defineSchema(pgBuilders);
