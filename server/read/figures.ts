/**
 * A contract's headline figures on a date, as the station pages compute them (the same read
 * functions, so a region overview and a station page can never disagree), and the rollup that
 * keeps them: stored figures are used, missing ones computed in batches and stored.
 */
import type { ContractFiguresRow, ContractRow } from '../db/schema.ts';
import { countedThrough } from '../domain/asOf.ts';
import { expectedRate, overallCompletion } from '../domain/progress.ts';
import { nextTurn } from '../lib/turns.ts';
import { system } from '../auth/viewer.ts';
import { dataVersion, storedFigures, storeFigures } from '../services/figures.ts';
import { fullScope } from '../services/scope.ts';
import { evaluations } from './evaluations.ts';
import { dataQualityIssues, type DataQualityIssueModel } from './quality.ts';
import { createReader, type Reader } from './reader.ts';
import { resourceSummary } from './resources.ts';
import { staffingRates } from './staffing.ts';
import { contractStatuses, pendingCounts } from './statuses.ts';

/**
 * Computes one contract's figures on `asOf` (already resolved: within the contract) through `r`,
 * given its data-quality issues on that date (`qualityIssuesOn`, found for many contracts at once).
 */
export async function computeFigures(
  r: Reader,
  contract: ContractRow,
  asOf: string,
  issues: readonly DataQualityIssueModel[],
): Promise<ContractFiguresRow> {
  const [statuses, resources, staff, evaluated] = await Promise.all([
    contractStatuses(r, contract, asOf),
    resourceSummary(r, contract, asOf),
    staffingRates(r, contract, asOf),
    evaluations(r, contract),
  ]);
  const totals = statuses.filter((s) => s.area === null && s.completionRate != null);
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
    pendingIndicators: pendingCounts(statuses).pending,
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

/**
 * The data-quality issues of many contracts (the quality page's rules), each found on its own
 * date: one pass of the rules per date, not one per station, through that date's reader.
 */
async function qualityIssuesOn(
  readerOn: (asOf: string) => Reader,
  requests: ReadonlyArray<{ contract: ContractRow; asOf: string }>,
): Promise<Map<number, DataQualityIssueModel[]>> {
  const byContract = new Map<number, DataQualityIssueModel[]>();
  for (const asOf of new Set(requests.map((q) => q.asOf))) {
    const contractIds = requests.filter((q) => q.asOf === asOf).map((q) => q.contract.id);
    for (const issue of await dataQualityIssues(readerOn(asOf), { contractIds })) {
      const list = byContract.get(issue.contract.id) ?? [];
      list.push(issue);
      byContract.set(issue.contract.id, list);
    }
  }
  return byContract;
}

/**
 * Contracts computed at once: large enough for the batched reads to pay (one statement per kind
 * of row for the whole batch), small enough that a batch holds the event loop for well under 200 ms.
 */
const figuresBatchSize = 20;

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
  for (let i = 0; i < missing.length; i += figuresBatchSize) {
    // Other requests (and /healthz) get their turn between batches: SQLite's reads are
    // synchronous, and without a turn a region's figures held the event loop for seconds.
    if (i > 0) await nextTurn();
    r.checkDeadline();
    // One reader per date, whose today it is (the quality rules take a contract on "today",
    // capped at its end), shared by the rules and the figures so that each kind of row is read
    // once. It sees every station (figures are stored for all), within the request's time.
    const readers = new Map<string, Reader>();
    const readerOn = (asOf: string) => {
      let reader = readers.get(asOf);
      if (!reader) {
        reader = createReader(r.db, system, asOf, { scope: fullScope, checkDeadline: r.checkDeadline });
        readers.set(asOf, reader);
      }
      return reader;
    };
    const batch = missing.slice(i, i + figuresBatchSize);
    const version = await dataVersion(r.db);
    const issues = await qualityIssuesOn(readerOn, batch);
    const computed = await Promise.all(
      batch.map((q) => computeFigures(readerOn(q.asOf), q.contract, q.asOf, issues.get(q.contract.id) ?? [])),
    );
    await storeFigures(r.db, computed, version);
    for (const f of computed) byContract.set(f.contractId, f);
  }
  return byContract;
}
