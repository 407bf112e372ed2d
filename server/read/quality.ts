/**
 * Data-quality checks over stored figures, using the rules of `domain/quality/`. Each issue
 * names its station, contract year, indicator and area, with the numbers side by side and
 * where each comes from. The rules run per contract over facts fetched for all at once.
 */
import { createHash } from 'node:crypto';
import type {
  ContractRow,
  IndicatorDefinitionRow,
  QualityIssueStateRow,
  ServiceAreaRow,
  StationRow,
} from '../db/schema.ts';
import { contractAsOf } from '../domain/asOf.ts';
import { contractMonths, lastDayOfMonth } from '../domain/dates.ts';
import { feedNames, scopedName } from '../domain/labels.ts';
import {
  areaSumMismatch,
  areaTargetCorrection,
  missingMonths,
  negativeValue,
  overAchievement,
  severityOrder,
  statedRateMismatch,
  type QualityFinding,
} from '../domain/quality.ts';
import { groupRows } from '../lib/group.ts';
import { issueStates, qualityFacts, type QualityFacts } from '../services/quality.ts';
import { contractsWithStations } from '../services/stations.ts';
import {
  areaNames,
  claims,
  crossSources,
  documents,
  printedDocuments,
  reachAgainstIndicators,
  statedRatios,
} from './qualitySources.ts';
import type { ContractFacts, Push } from './qualityFacts.ts';
import type { Reader } from './reader.ts';

/** A figure of an issue (domain type; its label and source are resolved per language and enum). */
export type QualityFigureModel = QualityFinding['figures'][number];

export interface DataQualityIssueModel extends QualityFinding {
  station: StationRow;
  contract: ContractRow;
  indicator: IndicatorDefinitionRow | null;
  area: ServiceAreaRow | null;
  /** Names the issue across reads while its figures stay as they are (`issueKey`). */
  key: string;
  /** The work on it (status, explanation, assignee); null while nobody has touched it. */
  work: QualityIssueStateRow | null;
}

/**
 * An issue's key: its contract, rule, indicator, area and Chinese words. Changed figures change
 * the words, hence the key: a new issue, open again, while the old one's work stays in the history.
 */
export function issueKey(
  contractId: number,
  issue: Pick<QualityFinding, 'code' | 'message'>,
  indicatorCode: string | null,
  areaCode: string | null,
): string {
  const text = [contractId, issue.code, indicatorCode ?? '', areaCode ?? '', issue.message.zh].join('|');
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

export interface QualityFilter {
  districtCode?: string | null;
  stationCode?: string | null;
  contractIds?: readonly number[];
  /** Also the issues marked resolved (they leave the lists and counts otherwise). */
  includeResolved?: boolean | null;
}

type Rule = (r: Reader, c: ContractFacts, push: Push) => void | Promise<void>;

export async function dataQualityIssues(r: Reader, filter: QualityFilter): Promise<DataQualityIssueModel[]> {
  const key = `quality|${filter.districtCode ?? ''}|${filter.stationCode ?? ''}|${filter.contractIds?.join(',') ?? ''}`;
  const all = await r.memo(key, () => findIssues(r, filter));
  return filter.includeResolved ? all : all.filter((i) => i.work?.status !== 'RESOLVED');
}

async function findIssues(r: Reader, filter: QualityFilter): Promise<DataQualityIssueModel[]> {
  const rows = await contractsWithStations(r.db, r.scope, filter);
  if (rows.length === 0) return [];
  const asOfOf = (c: ContractRow) => contractAsOf(c, null, r.today);
  const [definitions, facts, actuals, areaLists, targetLists] = await Promise.all([
    r.loaders.indicatorDefinitions(),
    qualityFacts(
      r.db,
      r.scope,
      rows.map((row) => row.contract.id),
    ),
    Promise.all(rows.map(({ contract: c }) => r.loaders.actuals.load({ contractId: c.id, asOf: asOfOf(c) }))),
    Promise.all(rows.map(({ station }) => r.loaders.areasByStation.load(station.id))),
    // Through the loader: a region's figures read each contract's targets once, for the rules and
    // the statuses.
    Promise.all(rows.map(({ contract: c }) => r.loaders.targetsByContract.load(c.id))),
  ]);
  const worked = new Map(
    (
      await issueStates(
        r.db,
        rows.map((row) => row.contract.id),
      )
    ).map((w) => [`${w.contractId}|${w.issueKey}`, w]),
  );
  const targetByScope = new Map(
    targetLists.flat().map((t) => [`${t.contractId}|${t.indicatorId}|${t.areaId}`, t.value]),
  );
  const factsOf = factsByContract(facts);
  const perContract = await Promise.all(
    rows.map(async ({ contract, station }, i) => {
      const issues: DataQualityIssueModel[] = [];
      const areas = areaLists[i] ?? [];
      const areaById = new Map(areas.map((a) => [a.id, a]));
      const own = factsOf(contract.id);
      const documentById = new Map(own.documents.map((d) => [d.id, d]));
      const documentOf = new Map(
        own.entryDocuments.map((e) => [e.indicatorId, documentById.get(e.documentId ?? -1)]),
      );
      const stationName = { zh: station.nameZh, en: station.nameEn };
      const c: ContractFacts = {
        ...{ station, contract, asOf: asOfOf(contract), definitions, areas, facts: own },
        actuals: (actuals[i] ?? []).filter((a) => a.pending === 0),
        target: (indicatorId, areaId) => targetByScope.get(`${contract.id}|${indicatorId}|${areaId}`),
        areaCode: (areaId) => (areaId == null ? null : (areaById.get(areaId)?.code ?? '?')),
        name: (d, areaId) => scopedName(stationName, { zh: d.nameZh, en: d.nameEn }, c.areaCode(areaId)),
        sourceOf: (indicatorId) => documentOf.get(indicatorId)?.kind ?? 'monthly_report',
        targetSourceOf: (indicatorId) =>
          documentOf.get(indicatorId)?.kind === 'indicator_table' ? 'indicator_table' : 'contract',
      };
      const push: Push = (finding, indicator = null, areaId = null) => {
        if (!finding) return;
        const area = areaId == null ? null : (areaById.get(areaId) ?? null);
        const key = issueKey(contract.id, finding, indicator?.code ?? null, area?.code ?? null);
        issues.push({
          ...finding,
          station,
          contract,
          indicator,
          area,
          key,
          work: worked.get(`${contract.id}|${key}`) ?? null,
        });
      };
      for (const rule of contractRules) await rule(r, c, push);
      return issues;
    }),
  );
  return perContract.flat().sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** Splits the facts of many contracts by contract, once. */
function factsByContract(facts: QualityFacts): (contractId: number) => ContractFacts['facts'] {
  const grouped = Object.fromEntries(
    Object.entries(facts).map(([kind, rows]) => [
      kind,
      groupRows(rows as Array<{ contractId: number }>, (x) => x.contractId),
    ]),
  ) as { [K in keyof QualityFacts]: Map<number, QualityFacts[K]> };
  return (contractId) =>
    Object.fromEntries(
      Object.entries(grouped).map(([kind, map]) => [kind, map.get(contractId) ?? []]),
    ) as ContractFacts['facts'];
}

/**
 * Printed rates against actual ÷ target, and area targets against the total. When one area's
 * target explains both a wrong sum and that area's wrong rate, one issue says so (with the
 * likely target) instead of two.
 */
function targetsAndRates(_r: Reader, c: ContractFacts, push: Push): void {
  const statedOf = groupRows(c.facts.stated, (e) => e.indicatorId);
  const actualOf = new Map(c.actuals.map((a) => [`${a.indicatorId}|${a.areaId}`, a.value]));
  for (const d of c.definitions) {
    const sources = { actual: c.sourceOf(d.id), target: c.targetSourceOf(d.id) };
    const stated = statedOf.get(d.id) ?? [];
    const totalTarget = c.target(d.id, null);
    const areaTargets = c.areas.flatMap((a) => {
      const target = c.target(d.id, a.id);
      return target === undefined ? [] : [{ area: a, target }];
    });
    const explained = new Set<number | null>();
    if (totalTarget !== undefined && areaTargets.length > 0) {
      const figures = areaTargets.map(({ area, target }) => ({
        code: area.code,
        target,
        actual: actualOf.get(`${d.id}|${area.id}`) ?? 0,
        statedRate: stated.find((e) => e.areaId === area.id)?.statedRate ?? null,
      }));
      const correction = areaTargetCorrection(c.name(d, null), totalTarget, figures, sources.target);
      const culprit = correction && c.areas.find((a) => a.code === correction.area);
      if (correction && culprit) {
        push(correction.finding, d, culprit.id);
        explained.add(culprit.id);
      } else {
        const values = areaTargets.map((t) => ({ code: t.area.code, value: t.target }));
        push(areaSumMismatch(c.name(d, null), 'target', totalTarget, values, sources.target), d);
      }
    }
    for (const e of stated) {
      const target = c.target(d.id, e.areaId);
      if (!target || e.statedRate == null || explained.has(e.areaId)) continue;
      push(
        statedRateMismatch(c.name(d, e.areaId), e.value, target, e.statedRate, e.printedValue, sources),
        d,
        e.areaId,
      );
    }
  }
}

/** Area actuals that do not sum to the station total, and completion far above target. */
function actualsAndOutliers(_r: Reader, c: ContractFacts, push: Push): void {
  const actualsOf = groupRows(c.actuals, (a) => a.indicatorId);
  for (const d of c.definitions) {
    const sources = { actual: c.sourceOf(d.id), target: c.targetSourceOf(d.id) };
    const own = actualsOf.get(d.id) ?? [];
    const totalActual = own.find((a) => a.areaId === null);
    const areaActuals = own
      .filter((a) => a.areaId !== null)
      .map((a) => ({ code: c.areaCode(a.areaId) ?? '?', value: a.value }));
    if (totalActual && areaActuals.length > 0) {
      push(areaSumMismatch(c.name(d, null), 'actual', totalActual.value, areaActuals, sources.actual), d);
    }
    const areaSum = c.areas.reduce((s, a) => s + (c.target(d.id, a.id) ?? 0), 0);
    for (const a of own) {
      const target = c.target(d.id, a.areaId) ?? (a.areaId === null ? areaSum : undefined);
      if (target) push(overAchievement(c.name(d, a.areaId), a.value, target, sources), d, a.areaId);
    }
  }
}

function negatives(_r: Reader, c: ContractFacts, push: Push): void {
  const defById = new Map(c.definitions.map((d) => [d.id, d]));
  for (const e of c.facts.negatives) {
    const d = defById.get(e.indicatorId);
    const period = `${e.periodStart}–${e.periodEnd}`;
    if (d) push(negativeValue(c.name(d, e.areaId), e.value, period, c.sourceOf(d.id)), d, e.areaId);
  }
}

/** Months of monthly reporting with no report; a year total covers every month by itself. */
function completeness(_r: Reader, c: ContractFacts, push: Push): void {
  const monthly = c.facts.monthsReported;
  if (monthly.length === 0) return;
  const due = contractMonths(c.contract.start, c.contract.end).filter((m) => lastDayOfMonth(m) <= c.asOf);
  for (const [feed, name] of Object.entries(feedNames)) {
    const months = new Set(monthly.filter((row) => row.feed === feed).map((row) => row.month));
    const where = { zh: `${c.station.nameZh} · ${name.zh}`, en: `${c.station.nameEn} · ${name.en}` };
    push(missingMonths(where, due, months));
  }
}

export const contractRules: readonly Rule[] = [
  targetsAndRates,
  actualsAndOutliers,
  negatives,
  completeness,
  crossSources,
  reachAgainstIndicators,
  statedRatios,
  documents,
  areaNames,
  claims,
  printedDocuments,
];
