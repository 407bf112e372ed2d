/**
 * The tables as SQLite builds them, read by drizzle-kit (`drizzle.config.ts`) for the SQLite
 * migrations in `drizzle/`, and by the server when it runs on an SQLite file (`schema.ts`).
 */
import { sqliteBuilders } from './builders.ts';
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
} = defineSchema(sqliteBuilders);
