/**
 * The whole domain model of DESIGN.md as tables, described once for both engines: each table is
 * built by the builders it is given (`builders.ts`); `schema.ts` builds them for SQLite (the
 * server's), `schema.pg.ts` for PostgreSQL's migrations.
 *
 * Conventions: dates are ISO strings (`YYYY-MM-DD`), months are `YYYY-MM`, money is yuan as a
 * real, rates are fractions (1.037 = 103.7%). "Area null" always means the station as a whole.
 */
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Builders } from './builders.ts';

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
export const POLARITIES = ['strength', 'concern', 'recommendation'] as const;
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

/**
 * What a printed document says about itself, kept to check it: its title and operator as printed,
 * a sub-header over a column of figures, a total or subtotal row, a remark.
 */
export const DOCUMENT_FACT_KINDS = [
  'title',
  'operator',
  'sub_header',
  'total_row',
  'subtotal_row',
  'remark',
] as const;

export const REGION_LEVELS = ['COUNTRY', 'PROVINCE', 'CITY'] as const;
export const ROLES = ['BUREAU', 'PURCHASER', 'SUPERVISOR', 'STATION', 'REGION'] as const;
export const IMPORT_LAYOUTS = ['long', 'wide', 'attendance'] as const;
/**
 * A reporting period's state: the station reports (`OPEN`, again `RETURNED` for correction),
 * submits (`SUBMITTED`), the supervisor approves (`APPROVED`) or returns it, the bureau closes it
 * (`LOCKED`). A month with no row is `OPEN`.
 */
export const PERIOD_STATES = ['OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED', 'LOCKED'] as const;
/** Work on a data-quality issue (an issue with no row is `OPEN`); a resolved one leaves the open counts. */
export const ISSUE_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'EXPLAINED', 'RESOLVED'] as const;

/** Every table, built with one dialect's builders (`builders.ts`). */
export function defineSchema(b: Builders) {
  const id = b.id;

  /**
   * Levels above the district (country → province → city), so that overviews roll up. `path` is
   * the codes from the top, slash-delimited with a trailing slash (`/cn/guangdong/guangzhou/`):
   * a region's whole subtree is `path like '<its path>%'`, at any depth, in one condition.
   */
  const regions = b.table(
    'regions',
    {
      id: id(),
      code: b.text('code').notNull().unique(),
      level: b.text('level', { enum: REGION_LEVELS }).notNull(),
      parentId: b.integer('parent_id').references((): AnyPgColumn => regions.id),
      path: b.text('path').notNull().unique(),
      nameZh: b.text('name_zh').notNull(),
      nameEn: b.text('name_en').notNull(),
    },
    (t) => [b.index('regions_parent').on(t.parentId)],
  );

  const districts = b.table(
    'districts',
    {
      id: id(),
      code: b.text('code').notNull().unique(),
      nameZh: b.text('name_zh').notNull(),
      nameEn: b.text('name_en').notNull(),
      cityZh: b.text('city_zh').notNull(),
      /** The city (or other region) the district belongs to; null for a district outside any. */
      regionId: b.integer('region_id').references(() => regions.id),
    },
    (t) => [b.index('districts_region').on(t.regionId)],
  );

  const stations = b.table(
    'stations',
    {
      id: id(),
      code: b.text('code').notNull().unique(),
      districtId: b
        .integer('district_id')
        .notNull()
        .references(() => districts.id),
      nameZh: b.text('name_zh').notNull(),
      nameEn: b.text('name_en').notNull(),
      streetZh: b.text('street_zh').notNull(),
      address: b.text('address'),
      operator: b.text('operator'),
      purchaser: b.text('purchaser'),
      operatingSince: b.text('operating_since'),
      communityCount: b.integer('community_count'),
      residentPopulation: b.integer('resident_population'),
      /** Synthetic numbers from the demo generator; the UI labels them 示例数据. */
      isDemo: b.bool('is_demo').notNull().default(false),
    },
    (t) => [b.index('stations_district').on(t.districtId)],
  );

  const contracts = b.table(
    'contracts',
    {
      id: id(),
      stationId: b
        .integer('station_id')
        .notNull()
        .references(() => stations.id),
      /** Calendar year in which the contract starts (Chigang 2023 runs 2023-05-31 … 2024-05-30). */
      serviceYear: b.integer('service_year').notNull(),
      start: b.text('start').notNull(),
      end: b.text('end').notNull(),
      budgetYuan: b.double('budget_yuan'),
      /** The programme the service is bought under, as the contract names it (双百工程). */
      programme: b.text('programme'),
      contractedPositions: b.integer('contracted_positions').notNull(),
    },
    (t) => [
      b.uniqueIndex('contracts_station_year').on(t.stationId, t.serviceYear),
      b.check('contracts_dates', sql`${t.start} <= ${t.end}`),
      b.check('contracts_positions', sql`${t.contractedPositions} > 0`),
    ],
  );

  /**
   * A document figures were taken from (an annex of an evaluation report, its narrative, a system
   * the evaluators checked, an imported file), with the data period it states.
   */
  const sourceDocuments = b.table(
    'source_documents',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      kind: b.text('kind', { enum: DOCUMENT_KINDS }).notNull(),
      /** As the document names itself, e.g. 附件1 指标完成情况统计表. */
      title: b.text('title').notNull(),
      /** The data period the document states (数据统计时间), when it states one. */
      periodStart: b.text('period_start'),
      periodEnd: b.text('period_end'),
    },
    (t) => [b.index('source_documents_contract').on(t.contractId)],
  );

  /** The words and rows of a document as printed (`DOCUMENT_FACT_KINDS`), for the rules that check them. */
  const documentFacts = b.table(
    'document_facts',
    {
      id: id(),
      documentId: b
        .integer('document_id')
        .notNull()
        .references(() => sourceDocuments.id),
      kind: b.text('kind', { enum: DOCUMENT_FACT_KINDS }).notNull(),
      /** The indicator a sub-header stands over. */
      indicatorId: b.integer('indicator_id').references(() => indicatorDefinitions.id),
      /** The words as printed (a title, a header, a row's label). */
      printed: b.text('printed').notNull(),
      /** A row's figures as printed, as a JSON array (null for a cell the PDF cut). */
      cells: b.text('cells'),
      /** Where it is printed: the line of the source text or the row of the file. */
      line: b.integer('line'),
      /** The cell, as a spreadsheet names it (O4). */
      cell: b.text('cell'),
    },
    (t) => [b.index('document_facts_document').on(t.documentId)],
  );

  const serviceAreas = b.table(
    'service_areas',
    {
      id: id(),
      stationId: b
        .integer('station_id')
        .notNull()
        .references(() => stations.id),
      code: b.text('code').notNull(),
      label: b.text('label').notNull(),
      /** The label exactly as a source prints it, with the communities it names (片区1（下渡、江景等社区）). */
      printedLabel: b.text('printed_label'),
      /** Social workers assigned to the area, as the contract annex states it. */
      socialWorkers: b.integer('social_workers'),
    },
    (t) => [b.uniqueIndex('service_areas_station_code').on(t.stationId, t.code)],
  );

  const communities = b.table(
    'communities',
    {
      id: id(),
      areaId: b
        .integer('area_id')
        .notNull()
        .references(() => serviceAreas.id),
      nameZh: b.text('name_zh').notNull(),
    },
    (t) => [b.index('communities_area').on(t.areaId)],
  );

  const indicatorDefinitions = b.table('indicator_definitions', {
    id: id(),
    code: b.text('code').notNull().unique(),
    nameZh: b.text('name_zh').notNull(),
    nameEn: b.text('name_en').notNull(),
    unit: b.text('unit').notNull(),
    unitEn: b.text('unit_en').notNull(),
    feed: b.text('feed', { enum: FEEDS }).notNull(),
    direction: b.text('direction', { enum: DIRECTIONS }).notNull().default('higher'),
    sortOrder: b.integer('sort_order').notNull(),
  });

  const targets = b.table(
    'targets',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      indicatorId: b
        .integer('indicator_id')
        .notNull()
        .references(() => indicatorDefinitions.id),
      areaId: b.integer('area_id').references(() => serviceAreas.id),
      value: b.double('value').notNull(),
      /** The imported file and row the target came from, when it was imported. */
      sourceFile: b.text('source_file'),
      sourceRow: b.integer('source_row'),
    },
    (t) => [
      // The partial unique indexes below cannot serve a lookup of a contract's targets.
      b.index('targets_contract').on(t.contractId),
      // SQLite treats NULLs as distinct in unique indexes, so the station-total row gets its own.
      b
        .uniqueIndex('targets_area_scope')
        .on(t.contractId, t.indicatorId, t.areaId)
        .where(sql`${t.areaId} is not null`),
      b
        .uniqueIndex('targets_total_scope')
        .on(t.contractId, t.indicatorId)
        .where(sql`${t.areaId} is null`),
      b.check('targets_non_negative', sql`${t.value} >= 0`),
    ],
  );

  const progressEntries = b.table(
    'progress_entries',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      indicatorId: b
        .integer('indicator_id')
        .notNull()
        .references(() => indicatorDefinitions.id),
      areaId: b.integer('area_id').references(() => serviceAreas.id),
      /** Usually one month; the whole contract for figures known only as year totals. */
      periodStart: b.text('period_start').notNull(),
      periodEnd: b.text('period_end').notNull(),
      value: b.double('value').notNull(),
      /** The completion rate as printed in an imported table (fraction), kept to check it. */
      statedRate: b.double('stated_rate'),
      /** The stated rate exactly as printed, e.g. "103.70%" or "100%". */
      statedRateText: b.text('stated_rate_text'),
      /** The value as printed when it differs from the value kept (a lost decimal point …). */
      printedValue: b.text('printed_value'),
      source: b.text('source', { enum: ENTRY_SOURCES }).notNull(),
      sourceFile: b.text('source_file'),
      sourceRow: b.integer('source_row'),
      /** The document the figure was printed in, when known. */
      documentId: b.integer('document_id').references(() => sourceDocuments.id),
      note: b.text('note'),
    },
    (t) => [
      b.index('progress_contract').on(t.contractId, t.indicatorId),
      // The few figures with a printed rate or a source document, found without reading the rest
      // (the quality rules ask for them for every contract of a region's new month).
      b
        .index('progress_stated')
        .on(t.contractId)
        .where(sql`${t.statedRate} is not null`),
      b
        .index('progress_negative')
        .on(t.contractId)
        .where(sql`${t.value} < 0`),
      b
        .index('progress_documents')
        .on(t.contractId, t.indicatorId, t.documentId)
        .where(sql`${t.documentId} is not null`),
      // A figure is stored once per period: what entry and import check, inside their
      // transaction under the station's lock, is also what the database refuses.
      b
        .uniqueIndex('progress_area_period')
        .on(t.contractId, t.indicatorId, t.areaId, t.periodStart, t.periodEnd)
        .where(sql`${t.areaId} is not null`),
      b
        .uniqueIndex('progress_total_period')
        .on(t.contractId, t.indicatorId, t.periodStart, t.periodEnd)
        .where(sql`${t.areaId} is null`),
      b.check('progress_period', sql`${t.periodStart} <= ${t.periodEnd}`),
    ],
  );

  /**
   * Figures a report prints outside the indicator table (households visited, residents served,
   * staff ratios …), per area or for the station, kept to show them and to check them against the
   * figures that count the same thing. Codes and units: `domain/reach.ts`.
   */
  const reachFigures = b.table(
    'reach_figures',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      code: b.text('code').notNull(),
      /** null = the station as a whole. */
      areaId: b.integer('area_id').references(() => serviceAreas.id),
      /** In the code's unit; ratios as fractions. */
      value: b.double('value').notNull(),
      /** The value exactly as printed, when it is printed otherwise (e.g. "85%"). */
      printedText: b.text('printed_text'),
      source: b.text('source', { enum: ENTRY_SOURCES }).notNull(),
      documentId: b.integer('document_id').references(() => sourceDocuments.id),
      note: b.text('note'),
    },
    (t) => [
      b.index('reach_figures_contract').on(t.contractId),
      b
        .uniqueIndex('reach_figures_area_code')
        .on(t.contractId, t.code, t.areaId)
        .where(sql`${t.areaId} is not null`),
      b
        .uniqueIndex('reach_figures_total_code')
        .on(t.contractId, t.code)
        .where(sql`${t.areaId} is null`),
    ],
  );

  /**
   * What a document says in words about the figures, kept verbatim to check it against them
   * (a narrative calling every indicator well done). Codes: `domain/quality.ts`.
   */
  const reportClaims = b.table(
    'report_claims',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      documentId: b.integer('document_id').references(() => sourceDocuments.id),
      code: b.text('code').notNull(),
      /** The words as printed. */
      text: b.text('text').notNull(),
    },
    (t) => [b.index('report_claims_contract').on(t.contractId)],
  );

  const volunteerTeams = b.table(
    'volunteer_teams',
    {
      id: id(),
      stationId: b
        .integer('station_id')
        .notNull()
        .references(() => stations.id),
      name: b.text('name').notNull(),
      foundedOn: b.text('founded_on'),
      registeredWithStreet: b.bool('registered_with_street').notNull().default(false),
    },
    (t) => [b.index('volunteer_teams_station').on(t.stationId)],
  );

  const volunteerRecords = b.table(
    'volunteer_records',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      month: b.text('month').notNull(),
      newVolunteers: b.integer('new_volunteers').notNull(),
      backbone: b.integer('backbone').notNull(),
      /** null when the month's hours were not reported (never read as 0). */
      serviceHours: b.double('service_hours'),
    },
    (t) => [b.uniqueIndex('volunteer_records_month').on(t.contractId, t.month)],
  );

  /** What an evaluator's check of the volunteer system found, to compare with the indicator table. */
  const volunteerSystemCounts = b.table('volunteer_system_counts', {
    id: id(),
    contractId: b
      .integer('contract_id')
      .notNull()
      .references(() => contracts.id)
      .unique(),
    newVolunteers: b.integer('new_volunteers').notNull(),
    backbone: b.integer('backbone').notNull(),
    activeTeams: b.integer('active_teams'),
    note: b.text('note'),
  });

  const resourceLinks = b.table(
    'resource_links',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      areaId: b.integer('area_id').references(() => serviceAreas.id),
      date: b.text('date').notNull(),
      sourceType: b.text('source_type', { enum: RESOURCE_SOURCE_TYPES }).notNull(),
      kind: b.text('kind', { enum: RESOURCE_KINDS }).notNull(),
      valueYuan: b.double('value_yuan').notNull(),
      description: b.text('description'),
    },
    (t) => [
      b.index('resource_links_contract').on(t.contractId),
      b.check('resource_links_non_negative', sql`${t.valueYuan} >= 0`),
    ],
  );

  const staff = b.table(
    'staff',
    {
      id: id(),
      stationId: b
        .integer('station_id')
        .notNull()
        .references(() => stations.id),
      /** Always a pseudonym: real names are never stored. */
      name: b.text('name').notNull(),
      position: b.text('position').notNull(),
      areaId: b.integer('area_id').references(() => serviceAreas.id),
      certification: b.text('certification', { enum: CERTIFICATIONS }).notNull(),
      /** When the person started practising social work; null when no record says. */
      practiceStart: b.text('practice_start'),
      /** The qualification column as printed (岗位资格证类别), when a document prints one. */
      certificationText: b.text('certification_text'),
      contractStart: b.text('contract_start'),
      contractEnd: b.text('contract_end'),
      leftOn: b.text('left_on'),
      leavingReason: b.text('leaving_reason', { enum: LEAVING_REASONS }),
      /** Why a month in post without social insurance is expected (a re-employed retiree …). */
      insuranceExemption: b.text('insurance_exemption'),
      /** Where a person transferred out went (调至华洲街社工站), as the record says. */
      transferredTo: b.text('transferred_to'),
      note: b.text('note'),
      /**
       * Null when the person is listed in a source; else how the row was worked out (a split of a
       * document's totals among people it does not list), shown wherever the row counts.
       */
      derivation: b.text('derivation'),
      /**
       * Who the row is in an imported attendance annex, without the name: a keyed hash of the
       * name as printed (key in `settings`), so that importing the annex again finds the same row.
       */
      nameKey: b.text('name_key'),
    },
    (t) => [b.index('staff_station').on(t.stationId), b.index('staff_name_key').on(t.stationId, t.nameKey)],
  );

  const attendance = b.table(
    'attendance',
    {
      id: id(),
      staffId: b
        .integer('staff_id')
        .notNull()
        .references(() => staff.id),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      month: b.text('month').notNull(),
      inPost: b.bool('in_post').notNull(),
      insured: b.bool('insured').notNull(),
      paid: b.bool('paid').notNull(),
      /** The imported file and row (of the attendance annex) the month came from, when imported. */
      sourceFile: b.text('source_file'),
      sourceRow: b.integer('source_row'),
    },
    (t) => [
      b.uniqueIndex('attendance_staff_month').on(t.staffId, t.month),
      // Covers the counts behind the attendance and stability rates (`attendanceCounts`).
      b.index('attendance_contract_month').on(t.contractId, t.month, t.inPost, t.staffId),
    ],
  );

  /**
   * A contract's month in the reporting cycle (`PERIOD_STATES`); a month without a row is `OPEN`.
   * The last of each step is kept here (who submitted, reviewed, locked, when, with which
   * comment); every step is in the audit trail with its before and after.
   */
  const reportingPeriods = b.table(
    'reporting_periods',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      /** YYYY-MM. */
      month: b.text('month').notNull(),
      state: b.text('state', { enum: PERIOD_STATES }).notNull(),
      submittedAt: b.text('submitted_at'),
      submittedBy: b.integer('submitted_by').references(() => users.id),
      /** What the station wrote when it submitted, e.g. why a data-quality issue is not an error. */
      explanation: b.text('explanation'),
      reviewedAt: b.text('reviewed_at'),
      reviewedBy: b.integer('reviewed_by').references(() => users.id),
      /** The reviewer's comment (required to return a month). */
      comment: b.text('comment'),
      /** Comments on single cells of a returned month: `[{ cell, comment }]`, cell as `saveMonth` names it. */
      cellComments: b.json('cell_comments'),
      lockedAt: b.text('locked_at'),
      lockedBy: b.integer('locked_by').references(() => users.id),
      /** The state it had before it was locked, restored when it is unlocked. */
      stateBeforeLock: b.text('state_before_lock', { enum: PERIOD_STATES }),
      /** Why it was last unlocked. */
      unlockReason: b.text('unlock_reason'),
    },
    (t) => [b.uniqueIndex('reporting_periods_contract_month').on(t.contractId, t.month)],
  );

  /**
   * Work on a data-quality issue, which the rules find anew on every read: its key (the rule, the
   * indicator, the area and the words, so that changed figures make a new issue), status,
   * explanation and who it is assigned to. The history of each change is in the audit trail.
   */
  const qualityIssueStates = b.table(
    'quality_issue_states',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      issueKey: b.text('issue_key').notNull(),
      status: b.text('status', { enum: ISSUE_STATUSES }).notNull(),
      explanation: b.text('explanation'),
      assigneeId: b.integer('assignee_id').references(() => users.id),
      updatedBy: b.integer('updated_by').references(() => users.id),
      updatedAt: b.text('updated_at').notNull(),
    },
    (t) => [b.uniqueIndex('quality_issue_states_key').on(t.contractId, t.issueKey)],
  );

  const evaluations = b.table(
    'evaluations',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      stage: b.text('stage', { enum: EVALUATION_STAGES }).notNull(),
      date: b.text('date').notNull(),
      /** A total published without part scores is kept as given. */
      totalGiven: b.double('total_given'),
      satisfactionRate: b.double('satisfaction_rate'),
      satisfactionSample: b.integer('satisfaction_sample'),
      /** The organisation that evaluated (评估方). */
      evaluator: b.text('evaluator'),
      /** The body that supervises the contract (监管方). */
      supervisingBody: b.text('supervising_body'),
      /** Date of the on-site visit (实地评估). */
      visitDate: b.text('visit_date'),
      /** Experts on the panel. */
      panelExperts: b.integer('panel_experts'),
      /** Staff of the evaluator on the panel. */
      panelStaff: b.integer('panel_staff'),
      /** The station's response to the result, as recorded (e.g. 无异议). */
      feedback: b.text('feedback'),
    },
    (t) => [b.uniqueIndex('evaluations_contract_stage').on(t.contractId, t.stage)],
  );

  const evaluationParts = b.table(
    'evaluation_parts',
    {
      id: id(),
      evaluationId: b
        .integer('evaluation_id')
        .notNull()
        .references(() => evaluations.id),
      party: b.text('party', { enum: PARTIES }).notNull(),
      weight: b.double('weight').notNull(),
      score: b.double('score').notNull(),
    },
    (t) => [b.uniqueIndex('evaluation_parts_party').on(t.evaluationId, t.party)],
  );

  const findings = b.table(
    'findings',
    {
      id: id(),
      evaluationId: b
        .integer('evaluation_id')
        .notNull()
        .references(() => evaluations.id),
      /** The party that wrote it (third party, street office, supervision centre, bureau), when known. */
      party: b.text('party', { enum: PARTIES }),
      dimension: b.text('dimension').notNull(),
      kind: b.text('kind', { enum: FINDING_KINDS }).notNull().default('finding'),
      polarity: b.text('polarity', { enum: POLARITIES }).notNull(),
      areaId: b.integer('area_id').references(() => serviceAreas.id),
      /** The text in Chinese: the report's own words when `verbatim`, else a paraphrase. */
      textZh: b.text('text_zh').notNull(),
      /** An English translation, when one was made (findings stay in Chinese otherwise). */
      textEn: b.text('text_en'),
      verbatim: b.bool('verbatim').notNull().default(false),
      /** Its key in the report's list of findings (F01 …), unique within the evaluation. */
      ref: b.text('ref'),
      /** The report section it comes from, as numbered there: 二（三）1（2）, 五1. */
      section: b.text('section'),
      /** The title of the section's chapter (项目管理, 服务质量 …). */
      sectionTitle: b.text('section_title'),
      /** Its number as printed ((1), （1）, ①, 1.), when it has one. */
      number: b.text('number'),
      /** The line of the source text its words start on. */
      line: b.integer('line'),
      /** The case it names (a recipient, a family), described in English. */
      caseNote: b.text('case_note'),
      /** The `ref` of the finding whose words it repeats (a follow-up case taken from a concern). */
      partOfRef: b.text('part_of_ref'),
      /** How a value not printed as such was worked out (a dimension inferred from the section …). */
      note: b.text('note'),
    },
    (t) => [b.index('findings_evaluation').on(t.evaluationId)],
  );

  /**
   * People who log in. A BUREAU user sees its district's stations; a REGION user (a city's or
   * province's civil-affairs authority) every station of its region, read-only; a PURCHASER and a
   * STATION user their own station; a SUPERVISOR the stations assigned in `userStations`.
   */
  const users = b.table(
    'users',
    {
      id: id(),
      username: b.text('username').notNull().unique(),
      /** argon2id hash; the password itself is never stored. */
      passwordHash: b.text('password_hash').notNull(),
      role: b.text('role', { enum: ROLES }).notNull(),
      displayName: b.text('display_name').notNull(),
      districtId: b.integer('district_id').references(() => districts.id),
      regionId: b.integer('region_id').references(() => regions.id),
      stationId: b.integer('station_id').references(() => stations.id),
      /** Created with the demo data (password `demo`): refused in production. */
      isDemo: b.bool('is_demo').notNull().default(false),
      /** Tokens issued before this instant (ISO) are no longer accepted (logout). */
      tokensValidAfter: b.text('tokens_valid_after'),
    },
    (t) => [
      b.check('users_scope', sql`(${t.role} = 'BUREAU') = (${t.districtId} is not null)`),
      b.check('users_station', sql`(${t.role} in ('PURCHASER', 'STATION')) = (${t.stationId} is not null)`),
      b.check('users_region', sql`(${t.role} = 'REGION') = (${t.regionId} is not null)`),
    ],
  );

  /** The stations a SUPERVISOR user is assigned to. */
  const userStations = b.table(
    'user_stations',
    {
      userId: b
        .integer('user_id')
        .notNull()
        .references(() => users.id),
      stationId: b
        .integer('station_id')
        .notNull()
        .references(() => stations.id),
    },
    (t) => [b.uniqueIndex('user_stations_pair').on(t.userId, t.stationId)],
  );

  /**
   * The audit trail: every login (success and failure) and every write, appended and never
   * updated, with who, when, what, before and after, and the source file and row.
   */
  const auditLog = b.table(
    'audit_log',
    {
      id: id(),
      /** ISO timestamp (UTC). */
      at: b.text('at').notNull(),
      userId: b.integer('user_id').references(() => users.id),
      /** The username given, also for failed logins of unknown users. */
      username: b.text('username'),
      action: b.text('action').notNull(),
      entity: b.text('entity'),
      entityId: b.text('entity_id'),
      /** The district the entry concerns (the user's or the entity's), for the bureau's view. */
      districtId: b.integer('district_id').references(() => districts.id),
      stationId: b.integer('station_id').references(() => stations.id),
      before: b.json('before'),
      after: b.json('after'),
      sourceFile: b.text('source_file'),
      sourceRow: b.integer('source_row'),
      ip: b.text('ip'),
    },
    (t) => [b.index('audit_log_at').on(t.at), b.index('audit_log_district').on(t.districtId, t.at)],
  );

  /** Values an installation keeps for itself, e.g. the key that pseudonymises imported names. */
  const settings = b.table('settings', {
    key: b.text('key').primaryKey(),
    value: b.text('value').notNull(),
  });

  /** Every file imported (dry runs excepted): which, by whom, into which station-year, how much. */
  const importFiles = b.table(
    'import_files',
    {
      id: id(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      fileName: b.text('file_name').notNull(),
      /** SHA-256 of the file's bytes. */
      sha256: b.text('sha256').notNull(),
      layout: b.text('layout', { enum: IMPORT_LAYOUTS }).notNull(),
      rowsRead: b.integer('rows_read').notNull(),
      /** Values stored new or changed; 0 when the file only repeated what was there. */
      changed: b.integer('changed').notNull(),
      userId: b.integer('user_id').references(() => users.id),
      importedAt: b.text('imported_at').notNull(),
    },
    (t) => [b.index('import_files_contract').on(t.contractId)],
  );

  /**
   * Values replaced by a later import or entry, kept as they were (never lost): the table, the
   * row's id and the whole row as JSON, with when and by which file or user.
   */
  const replacedValues = b.table(
    'replaced_values',
    {
      id: id(),
      entity: b.text('entity').notNull(),
      entityId: b.integer('entity_id').notNull(),
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      before: b.json('before').notNull(),
      replacedAt: b.text('replaced_at').notNull(),
      importFileId: b.integer('import_file_id').references(() => importFiles.id),
      userId: b.integer('user_id').references(() => users.id),
    },
    (t) => [b.index('replaced_values_contract').on(t.contractId, t.entity)],
  );

  /**
   * A rollup: each contract's headline figures on one date, computed by the read model (the same
   * code as the station pages) so that region overviews aggregate 29,000 rows instead of
   * recomputing 29,000 stations. Every write to a contract's figures deletes its rows
   * (`services/figures.ts`), and a missing row is computed again when next asked for.
   */
  const contractFigures = b.table(
    'contract_figures',
    {
      contractId: b
        .integer('contract_id')
        .notNull()
        .references(() => contracts.id),
      asOf: b.text('as_of').notNull(),
      /** Share of the contract's term elapsed by the counted-through day (the pace). */
      expectedRate: b.double('expected_rate').notNull(),
      overallCompletion: b.double('overall_completion'),
      /** Station-total indicators with a target, and how many of them are BEHIND or CRITICAL. */
      indicators: b.integer('indicators').notNull(),
      weakIndicators: b.integer('weak_indicators').notNull(),
      /**
       * How many of those indicators are PENDING (year totals still running on the date): all of
       * them makes the contract PENDING (`domain/progress.ts` `overallProgress`). Null in rows
       * stored before it existed: computed again.
       */
      pendingIndicators: b.integer('pending_indicators'),
      /** The codes of those weak indicators, comma-separated (null in rows stored before it existed: computed again). */
      weakCodes: b.text('weak_codes'),
      /** Data-quality issues found in the contract's figures, and their kinds, comma-separated. */
      qualityIssues: b.integer('quality_issues'),
      qualityKinds: b.text('quality_kinds'),
      resourceCompletion: b.double('resource_completion'),
      resourceBand: b.text('resource_band').notNull(),
      stabilityRate: b.double('stability_rate'),
      attendanceRate: b.double('attendance_rate'),
      grade: b.text('grade'),
      totalScore: b.double('total_score'),
    },
    (t) => [b.primaryKey({ columns: [t.contractId, t.asOf] })],
  );

  return {
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
  };
}
