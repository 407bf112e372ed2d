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
    resources: 'Resources linked', stability: 'Staff stability', grade: 'Grade', chartTitle: 'Overall completion by station', open: 'Open',
  },
  station: {
    back: 'Back to district', overall: 'Overall completion', resources: 'Social resources linked', stability: 'Staff stability', grade: 'Final evaluation',
    stabilityDetail: 'in post all year / positions', resourcesDetail: '{actual} / {target} yuan', gradeDetail: 'Total {total}',
    chartTitle: 'Completion by indicator and service area', table: 'Indicators', indicator: 'Indicator', unit: 'Unit', target: 'Target', actual: 'Actual',
    completion: 'Completion', stated: 'As printed', status: 'Status', gap: 'Gap', targetLine: 'Target 100%', paceLine: 'Expected pace {rate}',
    contract: 'Contract {start} to {end}', positions: '{n} contracted positions', operator: 'Operator', purchaser: 'Purchaser',
  },
};

export default en;
