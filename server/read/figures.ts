/**
 * A contract's headline figures on a date, as the station pages compute them (the same read
 * functions, so a region overview and a station page can never disagree), and the rollup that
 * keeps them: stored figures are used, missing ones computed in batches and stored.
 */
import type { ContractFiguresRow, ContractRow } from '../db/schema.ts';
import { countedThrough } from '../domain/asOf.ts';
import { expectedRate, overallCompletion } from '../domain/progress.ts';
import { system } from '../auth/viewer.ts';
import { dataVersion, storedFigures, storeFigures } from '../services/figures.ts';
import { fullScope } from '../services/scope.ts';
import { evaluations } from './evaluations.ts';
import { dataQualityIssues } from './quality.ts';
import { maxBatchSize } from './loaders.ts';
import { createReader, type Reader } from './reader.ts';
import { resourceSummary } from './resources.ts';
import { staffing } from './staffing.ts';
import { contractStatuses } from './statuses.ts';

/** Computes one contract's figures on `asOf` (already resolved: within the contract) through `r`. */
export async function computeFigures(
  r: Reader,
  contract: ContractRow,
  asOf: string,
): Promise<ContractFiguresRow> {
  const [statuses, resources, staff, evaluated, issues] = await Promise.all([
    contractStatuses(r, contract, asOf),
    resourceSummary(r, contract, asOf),
    staffing(r, contract, asOf),
    evaluations(r, contract),
    qualityIssuesOf(r, contract, asOf),
  ]);
  const totals = statuses.filter((s) => s.area === null && s.status !== 'NO_TARGET');
  // The final evaluation, as the district's table and grade chart count it (it is dated after the
  // contract's end, so no date filter: a finished contract is taken on its last day).
  const final = evaluated.find((e) => e.stage === 'FINAL') ?? null;
  return {
    contractId: contract.id,
    asOf,
    expectedRate: expectedRate(contract, countedThrough(contract, asOf)),
    overallCompletion: overallCompletion(totals.map((s) => s.completionRate)),
    indicators: totals.length,
    weakIndicators: totals.filter((s) => s.weak).length,
    weakCodes: totals
      .filter((s) => s.weak)
      .map((s) => s.indicator.code)
      .join(','),
    resourceCompletion: resources.completionRate,
    resourceBand: resources.band,
    stabilityRate: staff.stabilityRate,
    attendanceRate: staff.attendanceRate,
    qualityIssues: issues.length,
    qualityKinds: [...new Set(issues.map((i) => i.kind))].join(','),
    grade: final?.grade ?? null,
    totalScore: final?.total ?? null,
  };
}

/** The data-quality issues of one contract, found as on `asOf` (the quality page's rules). */
async function qualityIssuesOf(r: Reader, contract: ContractRow, asOf: string) {
  const station = await r.loaders.station.load(contract.stationId);
  if (!station) return [];
  // A reader whose "today" is the figures' date: the rules take a running contract on today.
  const onDate = createReader(r.db, system, asOf, { scope: fullScope });
  const issues = await dataQualityIssues(onDate, { stationCode: station.code });
  return issues.filter((i) => i.contract.id === contract.id);
}

/**
 * The figures of many contracts, each on its own date: stored rows where there are, the rest
 * computed (as the server, whatever the asker may see: the rows are shared by every viewer, and
 * the caller has already limited the contracts to its scope) and stored for the next request.
 */
export async function figuresOf(
  r: Reader,
  requests: ReadonlyArray<{ contract: ContractRow; asOf: string }>,
): Promise<Map<number, ContractFiguresRow>> {
  const stored = await storedFigures(
    r.db,
    requests.map((q) => ({ contractId: q.contract.id, asOf: q.asOf })),
  );
  const byContract = new Map(stored.map((f) => [f.contractId, f]));
  const missing = requests.filter((q) => byContract.get(q.contract.id)?.asOf !== q.asOf);
  for (let i = 0; i < missing.length; i += maxBatchSize) {
    r.checkDeadline();
    const worker = createReader(r.db, system, r.today, { scope: fullScope });
    const batch = missing.slice(i, i + maxBatchSize);
    const version = await dataVersion(r.db);
    const computed = await Promise.all(batch.map((q) => computeFigures(worker, q.contract, q.asOf)));
    storeFigures(r.db, computed, version);
    for (const f of computed) byContract.set(f.contractId, f);
  }
  return byContract;
}
