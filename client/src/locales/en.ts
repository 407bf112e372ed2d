import type zh from './zh-CN.ts';

const en: typeof zh = {
  app: { title: 'Station Monitor', subtitle: 'Government-purchased social work services', language: 'Language', skip: 'Skip to main content' },
  common: {
    loading: 'Loading…', retry: 'Retry', empty: 'No data', demo: 'Demo data', demoHint: 'Demo data: synthetic, for demonstration only',
    real: 'From the evaluation report', year: 'Service year', yearOption: 'Service year {year}', noContract: 'No contract for this year', total: 'Station total',
    allAreas: 'All areas', area: 'Area', asOf: 'As of {date}', tableOf: 'Data table: {name}',
  },
  errors: {
    'input/bad_date': 'Invalid date', 'input/bad_year': 'Invalid service year', 'server/internal': 'Internal server error, please try again later',
    network: 'Cannot reach the server; check the network and retry', notFound: 'Not found: {code}', unknown: 'Loading failed',
  },
  status: { MET: 'Met', ON_TRACK: 'On track', BEHIND: 'Behind', CRITICAL: 'Critical', NO_TARGET: 'No target' },
  grade: { EXCELLENT: 'Excellent', GOOD: 'Good', PASS: 'Pass', FAIL: 'Fail', none: 'Not evaluated' },
  district: {
    title: '{name}: stations overview', stations: 'Station', completion: 'Overall completion', completionHint: 'Mean completion over indicators, each capped at 100%',
    resources: 'Resources linked', stability: 'Staff stability', grade: 'Grade', chartTitle: 'Overall completion by station', open: 'Open', sortBy: 'Sort by', gradeTitle: 'Final grades', stabilityTitle: 'Staff stability by station',
  },
  nav: { overview: 'Overview', quarterly: 'Quarterly', resources: 'Resources', staffing: 'Staff', volunteers: 'Volunteers', evaluation: 'Evaluation', districtResources: 'Resources', districtStaffing: 'Staff stability', weak: 'Weak indicators', quality: 'Data quality' },
  quarterly: {
    title: 'Quarterly progress', asOf: 'As of', indicator: 'Indicator', actual: 'Cumulative actual', pace: 'Expected pace', projection: 'Year-end projection', projected: 'Projected year-end completion',
    yearTotalOnly: 'This year is known only as year totals (from the evaluation report) and cannot be split into quarters; the table shows the year figures.', behindTitle: 'Indicators behind pace', noneBehind: 'No indicator is behind pace',
    quarter: 'Quarter', quarterRange: '{start} to {end}', running: ' (running)', gap: 'Gap', paceGap: 'Short of pace',
  },
  resources: {
    districtTitle: 'Resources linked by station', stationTitle: 'Resources in detail', monthlyTitle: 'Resources linked, cumulative by month', sourcesTitle: 'By source', areasTitle: 'By area', yuan: 'yuan',
    monthAmount: 'Linked in month', cumulative: 'Cumulative', records: 'Resource records', date: 'Date', source: 'Source', kind: 'Form', value: 'Value (yuan)', description: 'Description',
    noRecords: 'Known only as a year total; no individual records', pickStation: 'Pick a station in the chart or table for its detail', band: 'Band', station: 'Station', projected: 'Projected year end',
  },
  sourceType: { ENTERPRISE: 'Enterprise', FOUNDATION: 'Foundation', MEDICAL: 'Medical', COMMUNITY_CHARITY_FUND: 'Community charity fund', INDIVIDUAL: 'Individual', GOVERNMENT: 'Government' },
  kind: { CASH: 'Cash', IN_KIND: 'In kind', SERVICE: 'Service' },
  staffing: {
    districtTitle: 'Staff stability by station', monthlyTitle: 'Staff in post, insured and paid by month', stabilityRate: 'Stability', certifiedRatio: 'Certified', attendanceRate: 'Attendance', experienceRatio: '2+ years practice',
    inPost: 'In post', insured: 'Insured', paid: 'Paid', positions: 'Positions', headcount: 'In post at end', certification: 'Certification', events: 'Staff changes', compliance: 'Compliance issues', exemptions: 'Explained exceptions',
    noIssues: 'No compliance issues', roster: 'Staff (pseudonyms)', name: 'Name (pseudonym)', position: 'Position', practiceYears: 'Years of practice', leftOn: 'Left on', month: 'Month', problem: 'Problem', reason: 'Reason', date: 'Date', kind: 'Change',
    personMonths: '{actual} of {expected} person-months',
  },
  certification: { INTERMEDIATE: 'Intermediate', ASSISTANT: 'Assistant', NONE: 'None' },
  staffEvent: { JOINED: 'Joined', LEFT: 'Left', TRANSFERRED_OUT: 'Transferred out' },
  problem: { NOT_INSURED: 'In post, not insured', NOT_PAID: 'In post, not paid' },
  exemption: { retired_reemployed: 'Re-employed retiree (no insurance due)' },
  volunteers: {
    title: 'Volunteers', monthlyTitle: 'New volunteers and service hours by month', newVolunteers: 'New volunteers', backbone: 'New backbone', teamsFounded: 'New teams', serviceHours: 'Service hours', people: 'people', hours: 'hours',
    teams: 'Volunteer teams', teamName: 'Team', foundedOn: 'Founded', registered: 'Registered with street', system: 'Volunteer system check', systemHint: 'What the evaluators found in the volunteer system, to compare with the indicator table', yes: 'Yes', no: 'No', noMonthly: 'No monthly records (year totals only)',
  },
  evaluation: {
    chartTitle: 'Scores by party and weighted total', stage: { MID: 'Mid-term', FINAL: 'Final' }, party: { THIRD_PARTY: 'Third party', STREET_OFFICE: 'Street office', SUPERVISION_CENTRE: 'Supervision centre', DISTRICT_BUREAU: 'District bureau' },
    partyLabel: 'Party', total: 'Weighted total', weight: 'Weight', score: 'Score', weighted: 'Weighted', satisfaction: 'Satisfaction', sample: '{n} sampled', findings: 'Findings', dimension: 'Dimension', polarity: 'Kind', noParts: 'Only the total was published, no part scores',
    none: 'No evaluation this year yet', allDimensions: 'All dimensions', allPolarities: 'All', date: 'Date',
  },
  polarity: { STRENGTH: 'Strength', CONCERN: 'Concern' },
  dimension: { project_management: 'Project management', service_quality: 'Service quality', service_monitoring: 'Service monitoring', service_outcomes: 'Outcomes', purchaser: 'Purchaser', supervision_centre: 'Supervision centre', supervising_bureau: 'Supervising bureau' },
  weak: {
    title: 'Weak indicators', heatmapTitle: 'Indicator status by station', weakCount: '{n} weak', ranked: 'Weak indicators, ranked', explanation: 'Explanation', station: 'Station', indicator: 'Indicator',
    allFeeds: 'All feeds', allAreas: 'All scopes', totalOnly: 'Station totals only', allStatuses: 'All statuses', none: 'No weak indicator for these filters', noRunning: 'No contract is running on this date',
    asOf: 'As of', feed: { SERVICE: 'Service', VOLUNTEER: 'Volunteers', RESOURCE: 'Resources', RESEARCH: 'Research' }, panel: 'Weak indicators of this station', panelNone: 'No indicator of this station is behind',
  },
  quality: {
    title: 'Data quality', severity: 'Severity', station: 'Station', year: 'Year', indicator: 'Indicator', message: 'Issue', figures: 'Figures', suggestion: 'Suggestion', none: 'No data-quality issue found', allSeverities: 'All severities',
    level: { ERROR: 'Error', WARNING: 'Warning', INFO: 'Info' }, count: '{n} issues',
  },
  narrative: { title: 'Service progress (report draft)', copy: 'Copy', copied: 'Copied', download: 'Download .md', hint: 'Written from the data, for the "service progress" section of an evaluation report' },
  station: {
    back: 'Back to district', overall: 'Overall completion', resources: 'Social resources linked', stability: 'Staff stability', grade: 'Final evaluation',
    stabilityDetail: 'in post all year / positions', resourcesDetail: '{actual} / {target} yuan', gradeDetail: 'Total {total}',
    chartTitle: 'Completion by indicator and service area', table: 'Indicators', indicator: 'Indicator', unit: 'Unit', target: 'Target', actual: 'Actual',
    completion: 'Completion', stated: 'As printed', status: 'Status', gap: 'Gap', targetLine: 'Target 100%', paceLine: 'Expected pace {rate}',
    contract: 'Contract {start} to {end}', positions: '{n} contracted positions', operator: 'Operator', purchaser: 'Purchaser',
  },
};

export default en;
