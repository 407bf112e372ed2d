/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AddResourceLink($input: ResourceLinkInput!) {\n  addResourceLink(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": typeof types.AddResourceLinkDocument,
    "mutation AddStation($input: StationInput!) {\n  addStation(input: $input) {\n    code\n  }\n}": typeof types.AddStationDocument,
    "query AuditLog($action: String, $username: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n  auditLog(\n    action: $action\n    username: $username\n    from: $from\n    to: $to\n    limit: $limit\n    offset: $offset\n  ) {\n    at\n    username\n    action\n    entity\n    entityId\n    before\n    after\n    sourceFile\n    sourceRow\n    ip\n  }\n}": typeof types.AuditLogDocument,
    "query DemoLogins {\n  demoLogins\n}": typeof types.DemoLoginsDocument,
    "query DistrictHeader($code: String!) {\n  district(code: $code) {\n    ...DistrictIdentity\n    years\n    defaultYear\n  }\n}": typeof types.DistrictHeaderDocument,
    "fragment DistrictIdentity on District {\n  code\n  nameZh\n  nameEn\n}": typeof types.DistrictIdentityFragmentDoc,
    "query DistrictOverview($code: String!, $year: Int!) {\n  district(code: $code) {\n    ...DistrictIdentity\n    stations {\n      ...StationIdentity\n      contract(year: $year) {\n        year\n        start\n        end\n        overallCompletion\n        resources {\n          ...ResourceFigures\n        }\n        staffing {\n          ...StaffingRatios\n        }\n        evaluations {\n          ...EvaluationResult\n        }\n      }\n    }\n  }\n  policy {\n    resourceBands {\n      behind\n      onTrack\n    }\n  }\n}": typeof types.DistrictOverviewDocument,
    "query DistrictQuality($code: String!, $lang: String) {\n  dataQualityIssues(districtCode: $code) {\n    code\n    kind\n    severity\n    station {\n      ...StationIdentity\n    }\n    contractYear\n    indicator {\n      ...IndicatorName\n    }\n    area {\n      code\n    }\n    figures {\n      key\n      label(lang: $lang)\n      value\n      source\n    }\n    message(lang: $lang)\n    suggestion(lang: $lang)\n  }\n}": typeof types.DistrictQualityDocument,
    "query DistrictWeak($code: String!, $asOf: Date, $lang: String) {\n  district(code: $code) {\n    code\n    stations {\n      ...StationIdentity\n      contractOn(date: $asOf) {\n        year\n        indicatorStatuses(asOf: $asOf) {\n          ...IndicatorStatusFields\n        }\n      }\n    }\n  }\n  weakIndicators(districtCode: $code, asOf: $asOf) {\n    ...WeakIndicator\n  }\n  weakIndicatorCount(districtCode: $code, asOf: $asOf)\n}": typeof types.DistrictWeakDocument,
    "query DistrictWeakMore($code: String!, $asOf: Date, $lang: String, $offset: Int!) {\n  weakIndicators(districtCode: $code, asOf: $asOf, offset: $offset) {\n    ...WeakIndicator\n  }\n}": typeof types.DistrictWeakMoreDocument,
    "query EntryOptions($code: String!, $year: Int) {\n  indicatorDefinitions {\n    code\n    nameZh\n    nameEn\n    unit\n    unitEn\n  }\n  station(code: $code) {\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      staffing {\n        staff {\n          name\n          position\n        }\n      }\n    }\n  }\n}": typeof types.EntryOptionsDocument,
    "fragment EvaluationResult on Evaluation {\n  stage\n  date\n  total\n  grade\n  satisfactionRate\n}": typeof types.EvaluationResultFragmentDoc,
    "query ImportHistory($code: String!, $year: Int!) {\n  importHistory(stationCode: $code, year: $year) {\n    fileName\n    sha256\n    layout\n    rowsRead\n    changed\n    username\n    importedAt\n  }\n}": typeof types.ImportHistoryDocument,
    "mutation ImportTable($input: ImportTableInput!) {\n  importTable(input: $input) {\n    fileName\n    layout\n    ok\n    applied\n    rowsRead\n    title\n    statedPeriodStart\n    statedPeriodEnd\n    contractNeeded\n    valueCount\n    staffCount\n    newAreas\n    errorCount\n    problemCount\n    values(limit: 500) {\n      indicatorCode\n      indicator {\n        nameZh\n        nameEn\n      }\n      areaCode\n      target\n      actual\n      statedRate\n      periodStart\n      periodEnd\n      row\n    }\n    problems(limit: 500) {\n      row\n      column\n      value\n      code\n      severity\n      messageZh\n      messageEn\n    }\n    flags {\n      code\n      indicatorCode\n      areaCode\n      messageZh\n      messageEn\n      suggestion\n      suggestionZh\n      suggestionEn\n    }\n    summary {\n      created\n      updated\n      unchanged\n      contractCreated\n      areasCreated\n      staffCreated\n    }\n  }\n}": typeof types.ImportTableDocument,
    "fragment IndicatorName on IndicatorDefinition {\n  code\n  nameZh\n  nameEn\n}": typeof types.IndicatorNameFragmentDoc,
    "fragment IndicatorStatusFields on IndicatorStatus {\n  asOf\n  indicator {\n    ...IndicatorName\n    feed\n  }\n  area {\n    code\n  }\n  status\n  weak\n  completionRate\n  complete\n}": typeof types.IndicatorStatusFieldsFragmentDoc,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "mutation RecordAttendance($input: AttendanceInput!) {\n  recordAttendance(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": typeof types.RecordAttendanceDocument,
    "mutation RecordProgress($input: ProgressInput!) {\n  recordProgress(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": typeof types.RecordProgressDocument,
    "mutation RecordVolunteers($input: VolunteerMonthInput!) {\n  recordVolunteers(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": typeof types.RecordVolunteersDocument,
    "query ReportFile($code: String!, $year: Int!, $lang: String, $asOf: Date) {\n  station(code: $code) {\n    contract(year: $year) {\n      reportFile(lang: $lang, asOf: $asOf) {\n        fileName\n        mimeType\n        base64\n      }\n    }\n  }\n}": typeof types.ReportFileDocument,
    "fragment ResourceFigures on ResourceSummary {\n  target\n  actual\n  completionRate\n  expectedRate\n  paceRatio\n  status\n  band\n  gap\n}": typeof types.ResourceFiguresFragmentDoc,
    "fragment SessionUser on User {\n  username\n  displayName\n  role\n  capabilities\n  district {\n    code\n  }\n  stations {\n    code\n    district {\n      code\n    }\n  }\n}": typeof types.SessionUserFragmentDoc,
    "mutation SetTarget($input: TargetInput!) {\n  setTarget(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": typeof types.SetTargetDocument,
    "fragment StaffingRatios on StaffingSummary {\n  contractedPositions\n  headcount\n  months\n  attendanceRate\n  stabilityRate\n  certifiedRatio\n  experienceRatio\n}": typeof types.StaffingRatiosFragmentDoc,
    "query StationContract($code: String!, $year: Int) {\n  station(code: $code) {\n    ...StationIdentity\n    district {\n      code\n    }\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      contractedPositions\n      overallCompletion\n      resources {\n        ...ResourceFigures\n      }\n      staffing {\n        stabilityRate\n        continuouslyInPost\n        attendanceRate\n        actualPersonMonths\n        expectedPersonMonths\n        contractedPositions\n      }\n      evaluations {\n        ...EvaluationResult\n      }\n      indicatorStatuses {\n        ...IndicatorStatusFields\n        indicator {\n          unit\n          unitEn\n        }\n        area {\n          label\n        }\n        asOf\n        target\n        actual\n        expectedRate\n        paceRatio\n        gap\n        statedRate\n        statedRateText\n      }\n    }\n  }\n}": typeof types.StationContractDocument,
    "query StationEvaluation($code: String!, $year: Int, $lang: String) {\n  station(code: $code) {\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      evaluations {\n        ...EvaluationResult\n        parts {\n          party\n          weight\n          score\n          weightedScore\n        }\n        satisfactionSample\n        evaluator\n        supervisingBody\n        visitDate\n        panelExperts\n        panelStaff\n        feedback\n        findings {\n          party\n          dimension\n          kind\n          area {\n            code\n          }\n          text(lang: $lang)\n          original: text(lang: \"zh\")\n          verbatim\n        }\n      }\n    }\n  }\n  policy {\n    gradeBands {\n      grade\n      min\n    }\n  }\n}": typeof types.StationEvaluationDocument,
    "query StationHeader($code: String!) {\n  station(code: $code) {\n    ...StationIdentity\n    operator\n    purchaser\n    district {\n      ...DistrictIdentity\n    }\n    contracts {\n      year\n      start\n      end\n    }\n  }\n}": typeof types.StationHeaderDocument,
    "fragment StationIdentity on Station {\n  code\n  nameZh\n  nameEn\n  streetZh\n  isDemo\n}": typeof types.StationIdentityFragmentDoc,
    "query StationQuarterly($code: String!, $year: Int, $asOf: Date) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      start\n      end\n      granularity\n      indicatorStatuses(asOf: $asOf) {\n        ...IndicatorStatusFields\n        indicator {\n          unit\n          unitEn\n        }\n        asOf\n        target\n        actual\n        expectedRate\n        paceRatio\n        projectedRate\n        gap\n      }\n      quarterlyProgress(asOf: $asOf) {\n        quarter\n        start\n        end\n        asOf\n        complete\n        items {\n          indicator {\n            code\n          }\n          area {\n            code\n          }\n          target\n          actual\n          expectedRate\n          status\n        }\n      }\n    }\n  }\n}": typeof types.StationQuarterlyDocument,
    "query StationReach($code: String!, $year: Int, $lang: String) {\n  station(code: $code) {\n    code\n    operatingSince\n    communityCount\n    residentPopulation\n    areas {\n      code\n      label\n      communities\n    }\n    contract(year: $year) {\n      year\n      reach {\n        code\n        name(lang: $lang)\n        unit(lang: $lang)\n        area {\n          code\n        }\n        value\n        printedText\n        document {\n          kind\n          title\n        }\n      }\n    }\n  }\n}": typeof types.StationReachDocument,
    "query StationResources($code: String!, $year: Int) {\n  station(code: $code) {\n    ...StationIdentity\n    contract(year: $year) {\n      year\n      granularity\n      resources {\n        ...ResourceFigures\n        projectedRate\n        bySourceType {\n          sourceType\n          amount\n        }\n        byArea {\n          area {\n            code\n            label\n          }\n          amount\n        }\n        monthly {\n          month\n          amount\n          cumulative\n          paceAmount\n        }\n        records {\n          date\n          sourceType\n          kind\n          valueYuan\n          area {\n            code\n          }\n          description\n        }\n      }\n    }\n  }\n}": typeof types.StationResourcesDocument,
    "query StationSearch {\n  districts {\n    code\n    nameZh\n    nameEn\n    stations {\n      code\n      nameZh\n      nameEn\n      isDemo\n    }\n  }\n}": typeof types.StationSearchDocument,
    "query StationStaffing($code: String!, $year: Int) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      staffing {\n        ...StaffingRatios\n        asOf\n        actualPersonMonths\n        expectedPersonMonths\n        certification {\n          level\n          count\n        }\n        monthly {\n          month\n          inPost\n          insured\n          paid\n        }\n        events {\n          date\n          kind\n          staff {\n            name\n            position\n          }\n        }\n        complianceIssues {\n          month\n          problem\n          staff {\n            name\n          }\n        }\n        exemptions {\n          reason\n          staff {\n            name\n            position\n          }\n        }\n        staff {\n          name\n          position\n          area {\n            code\n          }\n          certification\n          practiceYears\n          leftOn\n        }\n      }\n    }\n  }\n}": typeof types.StationStaffingDocument,
    "query StationSupervision($districtCode: String!, $code: String!, $year: Int, $asOf: Date, $lang: String) {\n  weakIndicators(districtCode: $districtCode, stationCode: $code, asOf: $asOf) {\n    ...WeakIndicator\n  }\n  station(code: $code) {\n    contract(year: $year) {\n      progressNarrative(lang: $lang, asOf: $asOf)\n    }\n  }\n}": typeof types.StationSupervisionDocument,
    "query StationVolunteers($code: String!, $year: Int) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      volunteers {\n        newVolunteers {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        backbone {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        teamsFounded {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        serviceHours\n        teams {\n          name\n          foundedOn\n          registeredWithStreet\n        }\n        monthly {\n          month\n          newVolunteers\n          backbone\n          serviceHours\n        }\n        systemCounts {\n          newVolunteers\n          backbone\n          activeTeams\n          note\n        }\n      }\n    }\n  }\n}": typeof types.StationVolunteersDocument,
    "query TableFile($code: String!, $year: Int!, $layout: TableLayout!, $format: FileFormat!) {\n  tableFile(stationCode: $code, year: $year, layout: $layout, format: $format) {\n    fileName\n    mimeType\n    base64\n  }\n}": typeof types.TableFileDocument,
    "fragment WeakIndicator on IndicatorStatus {\n  ...IndicatorStatusFields\n  station {\n    ...StationIdentity\n  }\n  contractYear\n  explanation(lang: $lang)\n}": typeof types.WeakIndicatorFragmentDoc,
};
const documents: Documents = {
    "mutation AddResourceLink($input: ResourceLinkInput!) {\n  addResourceLink(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": types.AddResourceLinkDocument,
    "mutation AddStation($input: StationInput!) {\n  addStation(input: $input) {\n    code\n  }\n}": types.AddStationDocument,
    "query AuditLog($action: String, $username: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n  auditLog(\n    action: $action\n    username: $username\n    from: $from\n    to: $to\n    limit: $limit\n    offset: $offset\n  ) {\n    at\n    username\n    action\n    entity\n    entityId\n    before\n    after\n    sourceFile\n    sourceRow\n    ip\n  }\n}": types.AuditLogDocument,
    "query DemoLogins {\n  demoLogins\n}": types.DemoLoginsDocument,
    "query DistrictHeader($code: String!) {\n  district(code: $code) {\n    ...DistrictIdentity\n    years\n    defaultYear\n  }\n}": types.DistrictHeaderDocument,
    "fragment DistrictIdentity on District {\n  code\n  nameZh\n  nameEn\n}": types.DistrictIdentityFragmentDoc,
    "query DistrictOverview($code: String!, $year: Int!) {\n  district(code: $code) {\n    ...DistrictIdentity\n    stations {\n      ...StationIdentity\n      contract(year: $year) {\n        year\n        start\n        end\n        overallCompletion\n        resources {\n          ...ResourceFigures\n        }\n        staffing {\n          ...StaffingRatios\n        }\n        evaluations {\n          ...EvaluationResult\n        }\n      }\n    }\n  }\n  policy {\n    resourceBands {\n      behind\n      onTrack\n    }\n  }\n}": types.DistrictOverviewDocument,
    "query DistrictQuality($code: String!, $lang: String) {\n  dataQualityIssues(districtCode: $code) {\n    code\n    kind\n    severity\n    station {\n      ...StationIdentity\n    }\n    contractYear\n    indicator {\n      ...IndicatorName\n    }\n    area {\n      code\n    }\n    figures {\n      key\n      label(lang: $lang)\n      value\n      source\n    }\n    message(lang: $lang)\n    suggestion(lang: $lang)\n  }\n}": types.DistrictQualityDocument,
    "query DistrictWeak($code: String!, $asOf: Date, $lang: String) {\n  district(code: $code) {\n    code\n    stations {\n      ...StationIdentity\n      contractOn(date: $asOf) {\n        year\n        indicatorStatuses(asOf: $asOf) {\n          ...IndicatorStatusFields\n        }\n      }\n    }\n  }\n  weakIndicators(districtCode: $code, asOf: $asOf) {\n    ...WeakIndicator\n  }\n  weakIndicatorCount(districtCode: $code, asOf: $asOf)\n}": types.DistrictWeakDocument,
    "query DistrictWeakMore($code: String!, $asOf: Date, $lang: String, $offset: Int!) {\n  weakIndicators(districtCode: $code, asOf: $asOf, offset: $offset) {\n    ...WeakIndicator\n  }\n}": types.DistrictWeakMoreDocument,
    "query EntryOptions($code: String!, $year: Int) {\n  indicatorDefinitions {\n    code\n    nameZh\n    nameEn\n    unit\n    unitEn\n  }\n  station(code: $code) {\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      staffing {\n        staff {\n          name\n          position\n        }\n      }\n    }\n  }\n}": types.EntryOptionsDocument,
    "fragment EvaluationResult on Evaluation {\n  stage\n  date\n  total\n  grade\n  satisfactionRate\n}": types.EvaluationResultFragmentDoc,
    "query ImportHistory($code: String!, $year: Int!) {\n  importHistory(stationCode: $code, year: $year) {\n    fileName\n    sha256\n    layout\n    rowsRead\n    changed\n    username\n    importedAt\n  }\n}": types.ImportHistoryDocument,
    "mutation ImportTable($input: ImportTableInput!) {\n  importTable(input: $input) {\n    fileName\n    layout\n    ok\n    applied\n    rowsRead\n    title\n    statedPeriodStart\n    statedPeriodEnd\n    contractNeeded\n    valueCount\n    staffCount\n    newAreas\n    errorCount\n    problemCount\n    values(limit: 500) {\n      indicatorCode\n      indicator {\n        nameZh\n        nameEn\n      }\n      areaCode\n      target\n      actual\n      statedRate\n      periodStart\n      periodEnd\n      row\n    }\n    problems(limit: 500) {\n      row\n      column\n      value\n      code\n      severity\n      messageZh\n      messageEn\n    }\n    flags {\n      code\n      indicatorCode\n      areaCode\n      messageZh\n      messageEn\n      suggestion\n      suggestionZh\n      suggestionEn\n    }\n    summary {\n      created\n      updated\n      unchanged\n      contractCreated\n      areasCreated\n      staffCreated\n    }\n  }\n}": types.ImportTableDocument,
    "fragment IndicatorName on IndicatorDefinition {\n  code\n  nameZh\n  nameEn\n}": types.IndicatorNameFragmentDoc,
    "fragment IndicatorStatusFields on IndicatorStatus {\n  asOf\n  indicator {\n    ...IndicatorName\n    feed\n  }\n  area {\n    code\n  }\n  status\n  weak\n  completionRate\n  complete\n}": types.IndicatorStatusFieldsFragmentDoc,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "mutation RecordAttendance($input: AttendanceInput!) {\n  recordAttendance(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": types.RecordAttendanceDocument,
    "mutation RecordProgress($input: ProgressInput!) {\n  recordProgress(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": types.RecordProgressDocument,
    "mutation RecordVolunteers($input: VolunteerMonthInput!) {\n  recordVolunteers(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": types.RecordVolunteersDocument,
    "query ReportFile($code: String!, $year: Int!, $lang: String, $asOf: Date) {\n  station(code: $code) {\n    contract(year: $year) {\n      reportFile(lang: $lang, asOf: $asOf) {\n        fileName\n        mimeType\n        base64\n      }\n    }\n  }\n}": types.ReportFileDocument,
    "fragment ResourceFigures on ResourceSummary {\n  target\n  actual\n  completionRate\n  expectedRate\n  paceRatio\n  status\n  band\n  gap\n}": types.ResourceFiguresFragmentDoc,
    "fragment SessionUser on User {\n  username\n  displayName\n  role\n  capabilities\n  district {\n    code\n  }\n  stations {\n    code\n    district {\n      code\n    }\n  }\n}": types.SessionUserFragmentDoc,
    "mutation SetTarget($input: TargetInput!) {\n  setTarget(input: $input) {\n    entity\n    id\n    replaced\n  }\n}": types.SetTargetDocument,
    "fragment StaffingRatios on StaffingSummary {\n  contractedPositions\n  headcount\n  months\n  attendanceRate\n  stabilityRate\n  certifiedRatio\n  experienceRatio\n}": types.StaffingRatiosFragmentDoc,
    "query StationContract($code: String!, $year: Int) {\n  station(code: $code) {\n    ...StationIdentity\n    district {\n      code\n    }\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      contractedPositions\n      overallCompletion\n      resources {\n        ...ResourceFigures\n      }\n      staffing {\n        stabilityRate\n        continuouslyInPost\n        attendanceRate\n        actualPersonMonths\n        expectedPersonMonths\n        contractedPositions\n      }\n      evaluations {\n        ...EvaluationResult\n      }\n      indicatorStatuses {\n        ...IndicatorStatusFields\n        indicator {\n          unit\n          unitEn\n        }\n        area {\n          label\n        }\n        asOf\n        target\n        actual\n        expectedRate\n        paceRatio\n        gap\n        statedRate\n        statedRateText\n      }\n    }\n  }\n}": types.StationContractDocument,
    "query StationEvaluation($code: String!, $year: Int, $lang: String) {\n  station(code: $code) {\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      evaluations {\n        ...EvaluationResult\n        parts {\n          party\n          weight\n          score\n          weightedScore\n        }\n        satisfactionSample\n        evaluator\n        supervisingBody\n        visitDate\n        panelExperts\n        panelStaff\n        feedback\n        findings {\n          party\n          dimension\n          kind\n          area {\n            code\n          }\n          text(lang: $lang)\n          original: text(lang: \"zh\")\n          verbatim\n        }\n      }\n    }\n  }\n  policy {\n    gradeBands {\n      grade\n      min\n    }\n  }\n}": types.StationEvaluationDocument,
    "query StationHeader($code: String!) {\n  station(code: $code) {\n    ...StationIdentity\n    operator\n    purchaser\n    district {\n      ...DistrictIdentity\n    }\n    contracts {\n      year\n      start\n      end\n    }\n  }\n}": types.StationHeaderDocument,
    "fragment StationIdentity on Station {\n  code\n  nameZh\n  nameEn\n  streetZh\n  isDemo\n}": types.StationIdentityFragmentDoc,
    "query StationQuarterly($code: String!, $year: Int, $asOf: Date) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      start\n      end\n      granularity\n      indicatorStatuses(asOf: $asOf) {\n        ...IndicatorStatusFields\n        indicator {\n          unit\n          unitEn\n        }\n        asOf\n        target\n        actual\n        expectedRate\n        paceRatio\n        projectedRate\n        gap\n      }\n      quarterlyProgress(asOf: $asOf) {\n        quarter\n        start\n        end\n        asOf\n        complete\n        items {\n          indicator {\n            code\n          }\n          area {\n            code\n          }\n          target\n          actual\n          expectedRate\n          status\n        }\n      }\n    }\n  }\n}": types.StationQuarterlyDocument,
    "query StationReach($code: String!, $year: Int, $lang: String) {\n  station(code: $code) {\n    code\n    operatingSince\n    communityCount\n    residentPopulation\n    areas {\n      code\n      label\n      communities\n    }\n    contract(year: $year) {\n      year\n      reach {\n        code\n        name(lang: $lang)\n        unit(lang: $lang)\n        area {\n          code\n        }\n        value\n        printedText\n        document {\n          kind\n          title\n        }\n      }\n    }\n  }\n}": types.StationReachDocument,
    "query StationResources($code: String!, $year: Int) {\n  station(code: $code) {\n    ...StationIdentity\n    contract(year: $year) {\n      year\n      granularity\n      resources {\n        ...ResourceFigures\n        projectedRate\n        bySourceType {\n          sourceType\n          amount\n        }\n        byArea {\n          area {\n            code\n            label\n          }\n          amount\n        }\n        monthly {\n          month\n          amount\n          cumulative\n          paceAmount\n        }\n        records {\n          date\n          sourceType\n          kind\n          valueYuan\n          area {\n            code\n          }\n          description\n        }\n      }\n    }\n  }\n}": types.StationResourcesDocument,
    "query StationSearch {\n  districts {\n    code\n    nameZh\n    nameEn\n    stations {\n      code\n      nameZh\n      nameEn\n      isDemo\n    }\n  }\n}": types.StationSearchDocument,
    "query StationStaffing($code: String!, $year: Int) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      staffing {\n        ...StaffingRatios\n        asOf\n        actualPersonMonths\n        expectedPersonMonths\n        certification {\n          level\n          count\n        }\n        monthly {\n          month\n          inPost\n          insured\n          paid\n        }\n        events {\n          date\n          kind\n          staff {\n            name\n            position\n          }\n        }\n        complianceIssues {\n          month\n          problem\n          staff {\n            name\n          }\n        }\n        exemptions {\n          reason\n          staff {\n            name\n            position\n          }\n        }\n        staff {\n          name\n          position\n          area {\n            code\n          }\n          certification\n          practiceYears\n          leftOn\n        }\n      }\n    }\n  }\n}": types.StationStaffingDocument,
    "query StationSupervision($districtCode: String!, $code: String!, $year: Int, $asOf: Date, $lang: String) {\n  weakIndicators(districtCode: $districtCode, stationCode: $code, asOf: $asOf) {\n    ...WeakIndicator\n  }\n  station(code: $code) {\n    contract(year: $year) {\n      progressNarrative(lang: $lang, asOf: $asOf)\n    }\n  }\n}": types.StationSupervisionDocument,
    "query StationVolunteers($code: String!, $year: Int) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      volunteers {\n        newVolunteers {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        backbone {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        teamsFounded {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        serviceHours\n        teams {\n          name\n          foundedOn\n          registeredWithStreet\n        }\n        monthly {\n          month\n          newVolunteers\n          backbone\n          serviceHours\n        }\n        systemCounts {\n          newVolunteers\n          backbone\n          activeTeams\n          note\n        }\n      }\n    }\n  }\n}": types.StationVolunteersDocument,
    "query TableFile($code: String!, $year: Int!, $layout: TableLayout!, $format: FileFormat!) {\n  tableFile(stationCode: $code, year: $year, layout: $layout, format: $format) {\n    fileName\n    mimeType\n    base64\n  }\n}": types.TableFileDocument,
    "fragment WeakIndicator on IndicatorStatus {\n  ...IndicatorStatusFields\n  station {\n    ...StationIdentity\n  }\n  contractYear\n  explanation(lang: $lang)\n}": types.WeakIndicatorFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddResourceLink($input: ResourceLinkInput!) {\n  addResourceLink(input: $input) {\n    entity\n    id\n    replaced\n  }\n}"): typeof import('./graphql').AddResourceLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddStation($input: StationInput!) {\n  addStation(input: $input) {\n    code\n  }\n}"): typeof import('./graphql').AddStationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($action: String, $username: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n  auditLog(\n    action: $action\n    username: $username\n    from: $from\n    to: $to\n    limit: $limit\n    offset: $offset\n  ) {\n    at\n    username\n    action\n    entity\n    entityId\n    before\n    after\n    sourceFile\n    sourceRow\n    ip\n  }\n}"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoLogins {\n  demoLogins\n}"): typeof import('./graphql').DemoLoginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictHeader($code: String!) {\n  district(code: $code) {\n    ...DistrictIdentity\n    years\n    defaultYear\n  }\n}"): typeof import('./graphql').DistrictHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DistrictIdentity on District {\n  code\n  nameZh\n  nameEn\n}"): typeof import('./graphql').DistrictIdentityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictOverview($code: String!, $year: Int!) {\n  district(code: $code) {\n    ...DistrictIdentity\n    stations {\n      ...StationIdentity\n      contract(year: $year) {\n        year\n        start\n        end\n        overallCompletion\n        resources {\n          ...ResourceFigures\n        }\n        staffing {\n          ...StaffingRatios\n        }\n        evaluations {\n          ...EvaluationResult\n        }\n      }\n    }\n  }\n  policy {\n    resourceBands {\n      behind\n      onTrack\n    }\n  }\n}"): typeof import('./graphql').DistrictOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictQuality($code: String!, $lang: String) {\n  dataQualityIssues(districtCode: $code) {\n    code\n    kind\n    severity\n    station {\n      ...StationIdentity\n    }\n    contractYear\n    indicator {\n      ...IndicatorName\n    }\n    area {\n      code\n    }\n    figures {\n      key\n      label(lang: $lang)\n      value\n      source\n    }\n    message(lang: $lang)\n    suggestion(lang: $lang)\n  }\n}"): typeof import('./graphql').DistrictQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictWeak($code: String!, $asOf: Date, $lang: String) {\n  district(code: $code) {\n    code\n    stations {\n      ...StationIdentity\n      contractOn(date: $asOf) {\n        year\n        indicatorStatuses(asOf: $asOf) {\n          ...IndicatorStatusFields\n        }\n      }\n    }\n  }\n  weakIndicators(districtCode: $code, asOf: $asOf) {\n    ...WeakIndicator\n  }\n  weakIndicatorCount(districtCode: $code, asOf: $asOf)\n}"): typeof import('./graphql').DistrictWeakDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictWeakMore($code: String!, $asOf: Date, $lang: String, $offset: Int!) {\n  weakIndicators(districtCode: $code, asOf: $asOf, offset: $offset) {\n    ...WeakIndicator\n  }\n}"): typeof import('./graphql').DistrictWeakMoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntryOptions($code: String!, $year: Int) {\n  indicatorDefinitions {\n    code\n    nameZh\n    nameEn\n    unit\n    unitEn\n  }\n  station(code: $code) {\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      staffing {\n        staff {\n          name\n          position\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').EntryOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EvaluationResult on Evaluation {\n  stage\n  date\n  total\n  grade\n  satisfactionRate\n}"): typeof import('./graphql').EvaluationResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportHistory($code: String!, $year: Int!) {\n  importHistory(stationCode: $code, year: $year) {\n    fileName\n    sha256\n    layout\n    rowsRead\n    changed\n    username\n    importedAt\n  }\n}"): typeof import('./graphql').ImportHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportTable($input: ImportTableInput!) {\n  importTable(input: $input) {\n    fileName\n    layout\n    ok\n    applied\n    rowsRead\n    title\n    statedPeriodStart\n    statedPeriodEnd\n    contractNeeded\n    valueCount\n    staffCount\n    newAreas\n    errorCount\n    problemCount\n    values(limit: 500) {\n      indicatorCode\n      indicator {\n        nameZh\n        nameEn\n      }\n      areaCode\n      target\n      actual\n      statedRate\n      periodStart\n      periodEnd\n      row\n    }\n    problems(limit: 500) {\n      row\n      column\n      value\n      code\n      severity\n      messageZh\n      messageEn\n    }\n    flags {\n      code\n      indicatorCode\n      areaCode\n      messageZh\n      messageEn\n      suggestion\n      suggestionZh\n      suggestionEn\n    }\n    summary {\n      created\n      updated\n      unchanged\n      contractCreated\n      areasCreated\n      staffCreated\n    }\n  }\n}"): typeof import('./graphql').ImportTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IndicatorName on IndicatorDefinition {\n  code\n  nameZh\n  nameEn\n}"): typeof import('./graphql').IndicatorNameFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IndicatorStatusFields on IndicatorStatus {\n  asOf\n  indicator {\n    ...IndicatorName\n    feed\n  }\n  area {\n    code\n  }\n  status\n  weak\n  completionRate\n  complete\n}"): typeof import('./graphql').IndicatorStatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAttendance($input: AttendanceInput!) {\n  recordAttendance(input: $input) {\n    entity\n    id\n    replaced\n  }\n}"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordProgress($input: ProgressInput!) {\n  recordProgress(input: $input) {\n    entity\n    id\n    replaced\n  }\n}"): typeof import('./graphql').RecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordVolunteers($input: VolunteerMonthInput!) {\n  recordVolunteers(input: $input) {\n    entity\n    id\n    replaced\n  }\n}"): typeof import('./graphql').RecordVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportFile($code: String!, $year: Int!, $lang: String, $asOf: Date) {\n  station(code: $code) {\n    contract(year: $year) {\n      reportFile(lang: $lang, asOf: $asOf) {\n        fileName\n        mimeType\n        base64\n      }\n    }\n  }\n}"): typeof import('./graphql').ReportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ResourceFigures on ResourceSummary {\n  target\n  actual\n  completionRate\n  expectedRate\n  paceRatio\n  status\n  band\n  gap\n}"): typeof import('./graphql').ResourceFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  username\n  displayName\n  role\n  capabilities\n  district {\n    code\n  }\n  stations {\n    code\n    district {\n      code\n    }\n  }\n}"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTarget($input: TargetInput!) {\n  setTarget(input: $input) {\n    entity\n    id\n    replaced\n  }\n}"): typeof import('./graphql').SetTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StaffingRatios on StaffingSummary {\n  contractedPositions\n  headcount\n  months\n  attendanceRate\n  stabilityRate\n  certifiedRatio\n  experienceRatio\n}"): typeof import('./graphql').StaffingRatiosFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationContract($code: String!, $year: Int) {\n  station(code: $code) {\n    ...StationIdentity\n    district {\n      code\n    }\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      start\n      end\n      contractedPositions\n      overallCompletion\n      resources {\n        ...ResourceFigures\n      }\n      staffing {\n        stabilityRate\n        continuouslyInPost\n        attendanceRate\n        actualPersonMonths\n        expectedPersonMonths\n        contractedPositions\n      }\n      evaluations {\n        ...EvaluationResult\n      }\n      indicatorStatuses {\n        ...IndicatorStatusFields\n        indicator {\n          unit\n          unitEn\n        }\n        area {\n          label\n        }\n        asOf\n        target\n        actual\n        expectedRate\n        paceRatio\n        gap\n        statedRate\n        statedRateText\n      }\n    }\n  }\n}"): typeof import('./graphql').StationContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationEvaluation($code: String!, $year: Int, $lang: String) {\n  station(code: $code) {\n    areas {\n      code\n      label\n    }\n    contract(year: $year) {\n      year\n      evaluations {\n        ...EvaluationResult\n        parts {\n          party\n          weight\n          score\n          weightedScore\n        }\n        satisfactionSample\n        evaluator\n        supervisingBody\n        visitDate\n        panelExperts\n        panelStaff\n        feedback\n        findings {\n          party\n          dimension\n          kind\n          area {\n            code\n          }\n          text(lang: $lang)\n          original: text(lang: \"zh\")\n          verbatim\n        }\n      }\n    }\n  }\n  policy {\n    gradeBands {\n      grade\n      min\n    }\n  }\n}"): typeof import('./graphql').StationEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationHeader($code: String!) {\n  station(code: $code) {\n    ...StationIdentity\n    operator\n    purchaser\n    district {\n      ...DistrictIdentity\n    }\n    contracts {\n      year\n      start\n      end\n    }\n  }\n}"): typeof import('./graphql').StationHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StationIdentity on Station {\n  code\n  nameZh\n  nameEn\n  streetZh\n  isDemo\n}"): typeof import('./graphql').StationIdentityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationQuarterly($code: String!, $year: Int, $asOf: Date) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      start\n      end\n      granularity\n      indicatorStatuses(asOf: $asOf) {\n        ...IndicatorStatusFields\n        indicator {\n          unit\n          unitEn\n        }\n        asOf\n        target\n        actual\n        expectedRate\n        paceRatio\n        projectedRate\n        gap\n      }\n      quarterlyProgress(asOf: $asOf) {\n        quarter\n        start\n        end\n        asOf\n        complete\n        items {\n          indicator {\n            code\n          }\n          area {\n            code\n          }\n          target\n          actual\n          expectedRate\n          status\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StationQuarterlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationReach($code: String!, $year: Int, $lang: String) {\n  station(code: $code) {\n    code\n    operatingSince\n    communityCount\n    residentPopulation\n    areas {\n      code\n      label\n      communities\n    }\n    contract(year: $year) {\n      year\n      reach {\n        code\n        name(lang: $lang)\n        unit(lang: $lang)\n        area {\n          code\n        }\n        value\n        printedText\n        document {\n          kind\n          title\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StationReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationResources($code: String!, $year: Int) {\n  station(code: $code) {\n    ...StationIdentity\n    contract(year: $year) {\n      year\n      granularity\n      resources {\n        ...ResourceFigures\n        projectedRate\n        bySourceType {\n          sourceType\n          amount\n        }\n        byArea {\n          area {\n            code\n            label\n          }\n          amount\n        }\n        monthly {\n          month\n          amount\n          cumulative\n          paceAmount\n        }\n        records {\n          date\n          sourceType\n          kind\n          valueYuan\n          area {\n            code\n          }\n          description\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StationResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationSearch {\n  districts {\n    code\n    nameZh\n    nameEn\n    stations {\n      code\n      nameZh\n      nameEn\n      isDemo\n    }\n  }\n}"): typeof import('./graphql').StationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationStaffing($code: String!, $year: Int) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      staffing {\n        ...StaffingRatios\n        asOf\n        actualPersonMonths\n        expectedPersonMonths\n        certification {\n          level\n          count\n        }\n        monthly {\n          month\n          inPost\n          insured\n          paid\n        }\n        events {\n          date\n          kind\n          staff {\n            name\n            position\n          }\n        }\n        complianceIssues {\n          month\n          problem\n          staff {\n            name\n          }\n        }\n        exemptions {\n          reason\n          staff {\n            name\n            position\n          }\n        }\n        staff {\n          name\n          position\n          area {\n            code\n          }\n          certification\n          practiceYears\n          leftOn\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StationStaffingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationSupervision($districtCode: String!, $code: String!, $year: Int, $asOf: Date, $lang: String) {\n  weakIndicators(districtCode: $districtCode, stationCode: $code, asOf: $asOf) {\n    ...WeakIndicator\n  }\n  station(code: $code) {\n    contract(year: $year) {\n      progressNarrative(lang: $lang, asOf: $asOf)\n    }\n  }\n}"): typeof import('./graphql').StationSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationVolunteers($code: String!, $year: Int) {\n  station(code: $code) {\n    contract(year: $year) {\n      year\n      volunteers {\n        newVolunteers {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        backbone {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        teamsFounded {\n          ...IndicatorStatusFields\n          target\n          actual\n          expectedRate\n        }\n        serviceHours\n        teams {\n          name\n          foundedOn\n          registeredWithStreet\n        }\n        monthly {\n          month\n          newVolunteers\n          backbone\n          serviceHours\n        }\n        systemCounts {\n          newVolunteers\n          backbone\n          activeTeams\n          note\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StationVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TableFile($code: String!, $year: Int!, $layout: TableLayout!, $format: FileFormat!) {\n  tableFile(stationCode: $code, year: $year, layout: $layout, format: $format) {\n    fileName\n    mimeType\n    base64\n  }\n}"): typeof import('./graphql').TableFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WeakIndicator on IndicatorStatus {\n  ...IndicatorStatusFields\n  station {\n    ...StationIdentity\n  }\n  contractYear\n  explanation(lang: $lang)\n}"): typeof import('./graphql').WeakIndicatorFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
