/**
 * The whole domain model of DESIGN.md as SQLite tables.
 *
 * Conventions: dates are ISO strings (`YYYY-MM-DD`), months are `YYYY-MM`, money is yuan as a
 * real, rates are fractions (1.037 = 103.7%). "Area null" always means the station as a whole.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

export const FEEDS = ['service', 'volunteer', 'resource', 'research'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
export const ENTRY_SOURCES = ['manual', 'import', 'reference', 'demo'] as const;
export const RESOURCE_SOURCE_TYPES = [
  'enterprise',
  'foundation',
  'medical',
  'community_charity_fund',
  'individual',
  'government',
] as const;
export const RESOURCE_KINDS = ['cash', 'in_kind', 'service'] as const;
export const CERTIFICATIONS = ['intermediate', 'assistant', 'none'] as const;
export const LEAVING_REASONS = ['left', 'transferred_out', 'retired'] as const;
export const EVALUATION_STAGES = ['MID', 'FINAL'] as const;
export const PARTIES = ['third_party', 'street_office', 'supervision_centre', 'district_bureau'] as const;
export const POLARITIES = ['strength', 'concern'] as const;
/** A finding proper (its polarity says strength or concern), or a recommendation, or a follow-up case. */
export const FINDING_KINDS = ['finding', 'recommendation', 'follow_up'] as const;
/** Where a printed figure comes from: the parts of an evaluation report, or a system the evaluators checked. */
export const DOCUMENT_KINDS = [
  'indicator_table',
  'narrative',
  'attendance_annex',
  'volunteer_system',
  'evaluation_report',
  'import_file',
] as const;

const id = () => integer('id').primaryKey({ autoIncrement: true });

export const REGION_LEVELS = ['COUNTRY', 'PROVINCE', 'CITY'] as const;

/**
 * Levels above the district (country → province → city), so that overviews roll up. `path` is
 * the codes from the top, slash-delimited with a trailing slash (`/cn/guangdong/guangzhou/`):
 * a region's whole subtree is `path like '<its path>%'`, at any depth, in one condition.
 */
export const regions = sqliteTable(
  'regions',
  {
    id: id(),
    code: text('code').notNull().unique(),
    level: text('level', { enum: REGION_LEVELS }).notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => regions.id),
    path: text('path').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('regions_parent').on(t.parentId)],
);

export const districts = sqliteTable(
  'districts',
  {
    id: id(),
    code: text('code').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    cityZh: text('city_zh').notNull(),
    /** The city (or other region) the district belongs to; null for a district outside any. */
    regionId: integer('region_id').references(() => regions.id),
  },
  (t) => [index('districts_region').on(t.regionId)],
);

export const stations = sqliteTable(
  'stations',
  {
    id: id(),
    code: text('code').notNull().unique(),
    districtId: integer('district_id')
      .notNull()
      .references(() => districts.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    streetZh: text('street_zh').notNull(),
    address: text('address'),
    operator: text('operator'),
    purchaser: text('purchaser'),
    operatingSince: text('operating_since'),
    communityCount: integer('community_count'),
    residentPopulation: integer('resident_population'),
    /** Synthetic numbers from the demo generator; the UI labels them 示例数据. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('stations_district').on(t.districtId)],
);

export const contracts = sqliteTable(
  'contracts',
  {
    id: id(),
    stationId: integer('station_id')
      .notNull()
      .references(() => stations.id),
    /** Calendar year in which the contract starts (Chigang 2023 runs 2023-05-31 … 2024-05-30). */
    serviceYear: integer('service_year').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    budgetYuan: real('budget_yuan'),
    contractedPositions: integer('contracted_positions').notNull(),
  },
  (t) => [
    uniqueIndex('contracts_station_year').on(t.stationId, t.serviceYear),
    check('contracts_dates', sql`${t.start} <= ${t.end}`),
    check('contracts_positions', sql`${t.contractedPositions} > 0`),
  ],
);

/**
 * A document figures were taken from (an annex of an evaluation report, its narrative, a system
 * the evaluators checked, an imported file), with the data period it states.
 */
export const sourceDocuments = sqliteTable(
  'source_documents',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    /** As the document names itself, e.g. 附件1 指标完成情况统计表. */
    title: text('title').notNull(),
    /** The data period the document states (数据统计时间), when it states one. */
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
  },
  (t) => [index('source_documents_contract').on(t.contractId)],
);

export const serviceAreas = sqliteTable(
  'service_areas',
  {
    id: id(),
    stationId: integer('station_id')
      .notNull()
      .references(() => stations.id),
    code: text('code').notNull(),
    label: text('label').notNull(),
    /** The label exactly as a source prints it, with the communities it names (片区1（下渡、江景等社区）). */
    printedLabel: text('printed_label'),
    /** Social workers assigned to the area, as the contract annex states it. */
    socialWorkers: integer('social_workers'),
  },
  (t) => [uniqueIndex('service_areas_station_code').on(t.stationId, t.code)],
);

export const communities = sqliteTable(
  'communities',
  {
    id: id(),
    areaId: integer('area_id')
      .notNull()
      .references(() => serviceAreas.id),
    nameZh: text('name_zh').notNull(),
  },
  (t) => [index('communities_area').on(t.areaId)],
);

export const indicatorDefinitions = sqliteTable('indicator_definitions', {
  id: id(),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  unit: text('unit').notNull(),
  unitEn: text('unit_en').notNull(),
  feed: text('feed', { enum: FEEDS }).notNull(),
  direction: text('direction', { enum: DIRECTIONS }).notNull().default('higher'),
  sortOrder: integer('sort_order').notNull(),
});

export const targets = sqliteTable(
  'targets',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicatorDefinitions.id),
    areaId: integer('area_id').references(() => serviceAreas.id),
    value: real('value').notNull(),
    /** The imported file and row the target came from, when it was imported. */
    sourceFile: text('source_file'),
    sourceRow: integer('source_row'),
  },
  (t) => [
    // The partial unique indexes below cannot serve a lookup of a contract's targets.
    index('targets_contract').on(t.contractId),
    // SQLite treats NULLs as distinct in unique indexes, so the station-total row gets its own.
    uniqueIndex('targets_area_scope')
      .on(t.contractId, t.indicatorId, t.areaId)
      .where(sql`${t.areaId} is not null`),
    uniqueIndex('targets_total_scope')
      .on(t.contractId, t.indicatorId)
      .where(sql`${t.areaId} is null`),
    check('targets_non_negative', sql`${t.value} >= 0`),
  ],
);

export const progressEntries = sqliteTable(
  'progress_entries',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicatorDefinitions.id),
    areaId: integer('area_id').references(() => serviceAreas.id),
    /** Usually one month; the whole contract for figures known only as year totals. */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    value: real('value').notNull(),
    /** The completion rate as printed in an imported table (fraction), kept to check it. */
    statedRate: real('stated_rate'),
    /** The stated rate exactly as printed, e.g. "103.70%" or "100%". */
    statedRateText: text('stated_rate_text'),
    /** The value as printed when it differs from the value kept (a lost decimal point …). */
    printedValue: text('printed_value'),
    source: text('source', { enum: ENTRY_SOURCES }).notNull(),
    sourceFile: text('source_file'),
    sourceRow: integer('source_row'),
    /** The document the figure was printed in, when known. */
    documentId: integer('document_id').references(() => sourceDocuments.id),
    note: text('note'),
  },
  (t) => [
    index('progress_contract').on(t.contractId, t.indicatorId),
    check('progress_period', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/**
 * Figures a report prints outside the indicator table (households visited, residents served,
 * staff ratios …), per area or for the station, kept to show them and to check them against the
 * figures that count the same thing. Codes and units: `domain/reach.ts`.
 */
export const reachFigures = sqliteTable(
  'reach_figures',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    code: text('code').notNull(),
    /** null = the station as a whole. */
    areaId: integer('area_id').references(() => serviceAreas.id),
    /** In the code's unit; ratios as fractions. */
    value: real('value').notNull(),
    /** The value exactly as printed, when it is printed otherwise (e.g. "85%"). */
    printedText: text('printed_text'),
    source: text('source', { enum: ENTRY_SOURCES }).notNull(),
    documentId: integer('document_id').references(() => sourceDocuments.id),
    note: text('note'),
  },
  (t) => [
    index('reach_figures_contract').on(t.contractId),
    uniqueIndex('reach_figures_area_code')
      .on(t.contractId, t.code, t.areaId)
      .where(sql`${t.areaId} is not null`),
    uniqueIndex('reach_figures_total_code')
      .on(t.contractId, t.code)
      .where(sql`${t.areaId} is null`),
  ],
);

/**
 * What a document says in words about the figures, kept verbatim to check it against them
 * (a narrative calling every indicator well done). Codes: `domain/quality.ts`.
 */
export const reportClaims = sqliteTable(
  'report_claims',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    documentId: integer('document_id').references(() => sourceDocuments.id),
    code: text('code').notNull(),
    /** The words as printed. */
    text: text('text').notNull(),
  },
  (t) => [index('report_claims_contract').on(t.contractId)],
);

export const volunteerTeams = sqliteTable(
  'volunteer_teams',
  {
    id: id(),
    stationId: integer('station_id')
      .notNull()
      .references(() => stations.id),
    name: text('name').notNull(),
    foundedOn: text('founded_on'),
    registeredWithStreet: integer('registered_with_street', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('volunteer_teams_station').on(t.stationId)],
);

export const volunteerRecords = sqliteTable(
  'volunteer_records',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    month: text('month').notNull(),
    newVolunteers: integer('new_volunteers').notNull(),
    backbone: integer('backbone').notNull(),
    /** null when the month's hours were not reported (never read as 0). */
    serviceHours: real('service_hours'),
  },
  (t) => [uniqueIndex('volunteer_records_month').on(t.contractId, t.month)],
);

/** What an evaluator's check of the volunteer system found, to compare with the indicator table. */
export const volunteerSystemCounts = sqliteTable('volunteer_system_counts', {
  id: id(),
  contractId: integer('contract_id')
    .notNull()
    .references(() => contracts.id)
    .unique(),
  newVolunteers: integer('new_volunteers').notNull(),
  backbone: integer('backbone').notNull(),
  activeTeams: integer('active_teams'),
  note: text('note'),
});

export const resourceLinks = sqliteTable(
  'resource_links',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    areaId: integer('area_id').references(() => serviceAreas.id),
    date: text('date').notNull(),
    sourceType: text('source_type', { enum: RESOURCE_SOURCE_TYPES }).notNull(),
    kind: text('kind', { enum: RESOURCE_KINDS }).notNull(),
    valueYuan: real('value_yuan').notNull(),
    description: text('description'),
  },
  (t) => [
    index('resource_links_contract').on(t.contractId),
    check('resource_links_non_negative', sql`${t.valueYuan} >= 0`),
  ],
);

export const staff = sqliteTable(
  'staff',
  {
    id: id(),
    stationId: integer('station_id')
      .notNull()
      .references(() => stations.id),
    /** Always a pseudonym: real names are never stored. */
    name: text('name').notNull(),
    position: text('position').notNull(),
    areaId: integer('area_id').references(() => serviceAreas.id),
    certification: text('certification', { enum: CERTIFICATIONS }).notNull(),
    practiceStart: text('practice_start').notNull(),
    contractStart: text('contract_start'),
    contractEnd: text('contract_end'),
    leftOn: text('left_on'),
    leavingReason: text('leaving_reason', { enum: LEAVING_REASONS }),
    /** Why a month in post without social insurance is expected (a re-employed retiree …). */
    insuranceExemption: text('insurance_exemption'),
    note: text('note'),
    /**
     * Who the row is in an imported attendance annex, without the name: a keyed hash of the
     * name as printed (key in `settings`), so that importing the annex again finds the same row.
     */
    nameKey: text('name_key'),
  },
  (t) => [index('staff_station').on(t.stationId), index('staff_name_key').on(t.stationId, t.nameKey)],
);

export const attendance = sqliteTable(
  'attendance',
  {
    id: id(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    month: text('month').notNull(),
    inPost: integer('in_post', { mode: 'boolean' }).notNull(),
    insured: integer('insured', { mode: 'boolean' }).notNull(),
    paid: integer('paid', { mode: 'boolean' }).notNull(),
    /** The imported file and row (of the attendance annex) the month came from, when imported. */
    sourceFile: text('source_file'),
    sourceRow: integer('source_row'),
  },
  (t) => [
    uniqueIndex('attendance_staff_month').on(t.staffId, t.month),
    index('attendance_contract').on(t.contractId),
  ],
);

export const evaluations = sqliteTable(
  'evaluations',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    stage: text('stage', { enum: EVALUATION_STAGES }).notNull(),
    date: text('date').notNull(),
    /** A total published without part scores is kept as given. */
    totalGiven: real('total_given'),
    satisfactionRate: real('satisfaction_rate'),
    satisfactionSample: integer('satisfaction_sample'),
    /** The organisation that evaluated (评估方). */
    evaluator: text('evaluator'),
    /** The body that supervises the contract (监管方). */
    supervisingBody: text('supervising_body'),
    /** Date of the on-site visit (实地评估). */
    visitDate: text('visit_date'),
    /** Experts on the panel. */
    panelExperts: integer('panel_experts'),
    /** Staff of the evaluator on the panel. */
    panelStaff: integer('panel_staff'),
    /** The station's response to the result, as recorded (e.g. 无异议). */
    feedback: text('feedback'),
  },
  (t) => [uniqueIndex('evaluations_contract_stage').on(t.contractId, t.stage)],
);

export const evaluationParts = sqliteTable(
  'evaluation_parts',
  {
    id: id(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    party: text('party', { enum: PARTIES }).notNull(),
    weight: real('weight').notNull(),
    score: real('score').notNull(),
  },
  (t) => [uniqueIndex('evaluation_parts_party').on(t.evaluationId, t.party)],
);

export const findings = sqliteTable(
  'findings',
  {
    id: id(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    /** The party that wrote it (third party, street office, supervision centre, bureau), when known. */
    party: text('party', { enum: PARTIES }),
    dimension: text('dimension').notNull(),
    kind: text('kind', { enum: FINDING_KINDS }).notNull().default('finding'),
    polarity: text('polarity', { enum: POLARITIES }).notNull(),
    areaId: integer('area_id').references(() => serviceAreas.id),
    /** The text in Chinese: the report's own words when `verbatim`, else a paraphrase. */
    textZh: text('text_zh').notNull(),
    textEn: text('text_en').notNull(),
    verbatim: integer('verbatim', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('findings_evaluation').on(t.evaluationId)],
);

export const ROLES = ['BUREAU', 'PURCHASER', 'SUPERVISOR', 'STATION', 'REGION'] as const;

/**
 * People who log in. A BUREAU user sees its district's stations; a REGION user (a city's or
 * province's civil-affairs authority) every station of its region, read-only; a PURCHASER and a
 * STATION user their own station; a SUPERVISOR the stations assigned in `userStations`.
 */
export const users = sqliteTable(
  'users',
  {
    id: id(),
    username: text('username').notNull().unique(),
    /** argon2id hash; the password itself is never stored. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    displayName: text('display_name').notNull(),
    districtId: integer('district_id').references(() => districts.id),
    regionId: integer('region_id').references(() => regions.id),
    stationId: integer('station_id').references(() => stations.id),
    /** Created with the demo data (password `demo`): refused in production. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    /** Tokens issued before this instant (ISO) are no longer accepted (logout). */
    tokensValidAfter: text('tokens_valid_after'),
  },
  (t) => [
    check('users_scope', sql`(${t.role} = 'BUREAU') = (${t.districtId} is not null)`),
    check('users_station', sql`(${t.role} in ('PURCHASER', 'STATION')) = (${t.stationId} is not null)`),
    check('users_region', sql`(${t.role} = 'REGION') = (${t.regionId} is not null)`),
  ],
);

/** The stations a SUPERVISOR user is assigned to. */
export const userStations = sqliteTable(
  'user_stations',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    stationId: integer('station_id')
      .notNull()
      .references(() => stations.id),
  },
  (t) => [uniqueIndex('user_stations_pair').on(t.userId, t.stationId)],
);

/**
 * The audit trail: every login (success and failure) and every write, appended and never
 * updated, with who, when, what, before and after, and the source file and row.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    /** ISO timestamp (UTC). */
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    /** The username given, also for failed logins of unknown users. */
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    /** The district the entry concerns (the user's or the entity's), for the bureau's view. */
    districtId: integer('district_id').references(() => districts.id),
    stationId: integer('station_id').references(() => stations.id),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    sourceFile: text('source_file'),
    sourceRow: integer('source_row'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_district').on(t.districtId, t.at)],
);

/** Values an installation keeps for itself, e.g. the key that pseudonymises imported names. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const IMPORT_LAYOUTS = ['long', 'wide', 'attendance'] as const;

/** Every file imported (dry runs excepted): which, by whom, into which station-year, how much. */
export const importFiles = sqliteTable(
  'import_files',
  {
    id: id(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file's bytes. */
    sha256: text('sha256').notNull(),
    layout: text('layout', { enum: IMPORT_LAYOUTS }).notNull(),
    rowsRead: integer('rows_read').notNull(),
    /** Values stored new or changed; 0 when the file only repeated what was there. */
    changed: integer('changed').notNull(),
    userId: integer('user_id').references(() => users.id),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('import_files_contract').on(t.contractId)],
);

/**
 * Values replaced by a later import or entry, kept as they were (never lost): the table, the
 * row's id and the whole row as JSON, with when and by which file or user.
 */
export const replacedValues = sqliteTable(
  'replaced_values',
  {
    id: id(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    before: text('before', { mode: 'json' }).notNull(),
    replacedAt: text('replaced_at').notNull(),
    importFileId: integer('import_file_id').references(() => importFiles.id),
    userId: integer('user_id').references(() => users.id),
  },
  (t) => [index('replaced_values_contract').on(t.contractId, t.entity)],
);

/**
 * A rollup: each contract's headline figures on one date, computed by the read model (the same
 * code as the station pages) so that region overviews aggregate 29,000 rows instead of
 * recomputing 29,000 stations. Every write to a contract's figures deletes its rows
 * (`services/figures.ts`), and a missing row is computed again when next asked for.
 */
export const contractFigures = sqliteTable(
  'contract_figures',
  {
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    asOf: text('as_of').notNull(),
    /** Share of the contract's term elapsed by the counted-through day (the pace). */
    expectedRate: real('expected_rate').notNull(),
    overallCompletion: real('overall_completion'),
    /** Station-total indicators with a target, and how many of them are BEHIND or CRITICAL. */
    indicators: integer('indicators').notNull(),
    weakIndicators: integer('weak_indicators').notNull(),
    /** The codes of those weak indicators, comma-separated (null in rows stored before it existed: computed again). */
    weakCodes: text('weak_codes'),
    resourceCompletion: real('resource_completion'),
    resourceBand: text('resource_band').notNull(),
    stabilityRate: real('stability_rate'),
    attendanceRate: real('attendance_rate'),
    grade: text('grade'),
    totalScore: real('total_score'),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.asOf] })],
);

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
export type ReachFigureRow = typeof reachFigures.$inferSelect;
export type ReportClaimRow = typeof reportClaims.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
