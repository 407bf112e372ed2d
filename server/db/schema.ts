/**
 * The tables of the engine this process runs on (`engine.ts`), the domain's enumerations, and the
 * row types. The tables are described once in `tables.ts` and built for each engine by
 * `schema.sqlite.ts` and `schema.pg.ts`; both builds have the same (PostgreSQL) types.
 */
import { engine } from './engine.ts';
import * as pg from './schema.pg.ts';
import * as lite from './schema.sqlite.ts';

export {
  FEEDS,
  DIRECTIONS,
  ENTRY_SOURCES,
  RESOURCE_SOURCE_TYPES,
  RESOURCE_KINDS,
  CERTIFICATIONS,
  LEAVING_REASONS,
  EVALUATION_STAGES,
  PARTIES,
  POLARITIES,
  FINDING_KINDS,
  DOCUMENT_KINDS,
  DOCUMENT_FACT_KINDS,
  REGION_LEVELS,
  ROLES,
  IMPORT_LAYOUTS,
  PERIOD_STATES,
  ISSUE_STATUSES,
} from './tables.ts';

const active: typeof pg = engine === 'pg' ? pg : lite;

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
} = active;

export type RegionRow = typeof regions.$inferSelect;
export type ContractFiguresRow = typeof contractFigures.$inferSelect;
export type DistrictRow = typeof districts.$inferSelect;
export type StationRow = typeof stations.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type ServiceAreaRow = typeof serviceAreas.$inferSelect;
export type IndicatorDefinitionRow = typeof indicatorDefinitions.$inferSelect;
export type TargetRow = typeof targets.$inferSelect;
export type ProgressEntryRow = typeof progressEntries.$inferSelect;
export type StaffRow = typeof staff.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type EvaluationPartRow = typeof evaluationParts.$inferSelect;
export type SourceDocumentRow = typeof sourceDocuments.$inferSelect;
export type DocumentFactRow = typeof documentFacts.$inferSelect;
export type ReachFigureRow = typeof reachFigures.$inferSelect;
export type ReportClaimRow = typeof reportClaims.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type ReportingPeriodRow = typeof reportingPeriods.$inferSelect;
export type QualityIssueStateRow = typeof qualityIssueStates.$inferSelect;
