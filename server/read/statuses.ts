/**
 * Indicator statuses of a contract on a date: targets and cumulative actuals turned into
 * completion, pace and status by the domain, one per area and one station total per indicator.
 */
import type { ContractRow, IndicatorDefinitionRow, ServiceAreaRow, TargetRow } from '../db/schema.ts';
import { contractAsOf, countedThrough } from '../domain/asOf.ts';
import {
  expectedRate,
  indicatorFigures,
  overallCompletion,
  overallProgress,
  round2,
  type IndicatorFigures,
  type IndicatorStatusCode,
} from '../domain/progress.ts';
import { isWeak } from '../domain/weak.ts';
import type { ActualSum } from '../services/indicators.ts';
import type { Reader } from './reader.ts';

export interface IndicatorStatusModel extends IndicatorFigures {
  contract: ContractRow;
  indicator: IndicatorDefinitionRow;
  /** null = the station as a whole. */
  area: ServiceAreaRow | null;
  asOf: string;
  /** The last day whose figures count: the end of the last month ended by `asOf`. */
  countedThrough: string;
  /**
   * False when a year total running past `asOf` makes the actual incomplete: the actual is then the
   * year total as reported so far, and the status PENDING (judged at the year total's end).
   */
  complete: boolean;
  /** BEHIND or CRITICAL (`domain/weak.ts`); never while PENDING. */
  weak: boolean;
  /** Rate as printed in the source table (fraction), when the actual comes from one entry. */
  statedRate: number | null;
  statedRateText: string | null;
  printedValue: string | null;
}

export interface ContractIndicatorData {
  contract: ContractRow;
  asOf: string;
  definitions: readonly IndicatorDefinitionRow[];
  areas: readonly ServiceAreaRow[];
  targets: ReadonlyArray<Pick<TargetRow, 'indicatorId' | 'areaId' | 'value'>>;
  actuals: readonly ActualSum[];
}

/**
 * Every indicator status of a contract on a date (default: the `asOf` policy), through the
 * request's loaders, batched across contracts and computed once per request.
 */
export function contractStatuses(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
  areaCode?: string | null,
): Promise<IndicatorStatusModel[]> {
  const asOf = contractAsOf(contract, asked, r.today);
  return r.memo(`statuses|${contract.id}|${asOf}|${areaCode ?? ''}`, async () => {
    const { loaders } = r;
    const [definitions, areas, targets, actuals] = await Promise.all([
      loaders.indicatorDefinitions(),
      loaders.areasByStation.load(contract.stationId),
      loaders.targetsByContract.load(contract.id),
      loaders.actuals.load({ contractId: contract.id, asOf }),
    ]);
    return buildIndicatorStatuses({ contract, asOf, definitions, areas, targets, actuals }, areaCode);
  });
}

/** The station total of one indicator, when the contract has one. */
export async function stationTotal(
  r: Reader,
  contract: ContractRow,
  asked: string | null | undefined,
  code: string,
): Promise<IndicatorStatusModel | null> {
  const statuses = await contractStatuses(r, contract, asked);
  return statuses.find((s) => s.indicator.code === code && s.area === null) ?? null;
}

/** Mean capped completion over the station totals (see `overallCompletion`). */
export async function contractOverallCompletion(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
): Promise<number | null> {
  const statuses = await contractStatuses(r, contract, asked);
  return overallCompletion(statuses.filter((s) => s.area === null).map((s) => s.completionRate));
}

/**
 * The status of the overall completion against the pace (as an indicator's, same thresholds);
 * PENDING while every figure with a target is a year total still running (`overallProgress`).
 */
export async function contractOverallStatus(
  r: Reader,
  contract: ContractRow,
  asked?: string | null,
): Promise<IndicatorStatusCode> {
  const statuses = await contractStatuses(r, contract, asked);
  const completion = await contractOverallCompletion(r, contract, asked);
  const asOf = contractAsOf(contract, asked, r.today);
  const expected = expectedRate(contract, countedThrough(contract, asOf));
  return overallProgress(completion, expected, pendingCounts(statuses)).status;
}

/** How many station totals have a target, and how many of those are PENDING (see `overallProgress`). */
export function pendingCounts(statuses: readonly IndicatorStatusModel[]): {
  indicators: number;
  pending: number;
} {
  const judged = statuses.filter((s) => s.area === null && s.completionRate != null);
  return { indicators: judged.length, pending: judged.filter((s) => s.status === 'PENDING').length };
}

const scopeKey = (indicatorId: number, areaId: number | null) => `${indicatorId}:${areaId ?? 'total'}`;

/** The actual of a scope: what has ended by the date, and the year totals still running then. */
const valueOf = (a: ActualSum | undefined) => (a === undefined ? undefined : a.value + a.pendingValue);

/** The sum of the values present; undefined when none is. */
function sumPresent(values: Array<number | undefined>): number | undefined {
  return values.some((v) => v !== undefined) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : undefined;
}

/**
 * Every indicator status of a contract: one per area with a target or an actual, and one
 * station total per indicator. The station total is the printed total when one exists,
 * otherwise the sum over areas (targets likewise). A scope with a year total still running on
 * the date counts that year total at its value and is PENDING; so is a station total with such
 * an area.
 */
export function buildIndicatorStatuses(
  data: ContractIndicatorData,
  areaCode?: string | null,
): IndicatorStatusModel[] {
  const targetBy = new Map(data.targets.map((t) => [scopeKey(t.indicatorId, t.areaId), t.value]));
  const actualBy = new Map(data.actuals.map((a) => [scopeKey(a.indicatorId, a.areaId), a]));
  const pendingIndicators = new Set(data.actuals.filter((a) => a.pending > 0).map((a) => a.indicatorId));
  // Pace is measured to the same day as the figures: the end of the last month reported.
  const through = countedThrough(data.contract, data.asOf);
  const expected = expectedRate(data.contract, through);
  const model = (
    indicator: IndicatorDefinitionRow,
    area: ServiceAreaRow | null,
    target: number | undefined,
    actual: number | undefined,
    printed: ActualSum | undefined,
  ): IndicatorStatusModel => {
    const pending = (printed?.pending ?? 0) > 0 || (area === null && pendingIndicators.has(indicator.id));
    const figures = indicatorFigures(target ?? null, round2(actual ?? 0), expected, pending);
    return {
      ...figures,
      contract: data.contract,
      indicator,
      area,
      asOf: data.asOf,
      countedThrough: through,
      complete: !pending,
      weak: isWeak(figures.status),
      statedRate: printed?.statedRate ?? null,
      statedRateText: printed?.statedRateText ?? null,
      printedValue: printed?.printedValue ?? null,
    };
  };
  const statuses: IndicatorStatusModel[] = [];
  for (const indicator of data.definitions) {
    const present = data.areas
      .map((area) => ({
        area,
        target: targetBy.get(scopeKey(indicator.id, area.id)),
        actual: actualBy.get(scopeKey(indicator.id, area.id)),
      }))
      .filter((i) => i.target !== undefined || i.actual !== undefined);
    const totalTarget =
      targetBy.get(scopeKey(indicator.id, null)) ?? sumPresent(present.map((i) => i.target));
    const totalActual = actualBy.get(scopeKey(indicator.id, null));
    const totalValue = valueOf(totalActual) ?? sumPresent(present.map((i) => valueOf(i.actual)));
    if (totalTarget === undefined && totalValue === undefined) continue;
    if (areaCode == null) statuses.push(model(indicator, null, totalTarget, totalValue, totalActual));
    for (const item of present.filter((i) => areaCode == null || i.area.code === areaCode)) {
      statuses.push(model(indicator, item.area, item.target, valueOf(item.actual), item.actual));
    }
  }
  return statuses;
}
