/**
 * Data-quality checks over stored figures, using the rules of `domain/quality.ts`. Each issue
 * names its station, contract year, indicator and area, with the numbers side by side.
 */
import type { ContractRow, IndicatorDefinitionRow, ServiceAreaRow, StationRow } from '../db/schema.ts';
import { contractAsOf } from '../domain/asOf.ts';
import { contractMonths, lastDayOfMonth } from '../domain/dates.ts';
import { feedNames, scopedName, sourceNames, type Bilingual } from '../domain/labels.ts';
import {
  areaSumMismatch,
  missingMonths,
  negativeValue,
  overAchievement,
  severityOrder,
  sourcesDisagree,
  statedRateMismatch,
  type QualityFinding,
} from '../domain/quality.ts';
import { groupRows } from '../lib/group.ts';
import type { ActualSum } from '../services/indicators.ts';
import { qualityFacts, type QualityFacts } from '../services/quality.ts';
import { contractsWithStations } from '../services/stations.ts';
import type { Reader } from './reader.ts';

export interface DataQualityIssueModel extends QualityFinding {
  station: StationRow;
  contract: ContractRow;
  indicator: IndicatorDefinitionRow | null;
  area: ServiceAreaRow | null;
}

/** What the rules of one contract look at, with lookups by indicator and area. */
interface ContractFacts {
  station: StationRow;
  contract: ContractRow;
  asOf: string;
  definitions: readonly IndicatorDefinitionRow[];
  areas: readonly ServiceAreaRow[];
  /** This contract's rows of each kind of fact. */
  facts: { [K in keyof QualityFacts]: QualityFacts[K] };
  /** Actuals as of `asOf`, known figures only (no year total still running). */
  actuals: readonly ActualSum[];
  target(indicatorId: number, areaId: number | null): number | undefined;
  areaCode(areaId: number | null): string | null;
  name(indicator: IndicatorDefinitionRow, areaId: number | null): Bilingual;
}

type Push = (
  finding: QualityFinding | null,
  indicator?: IndicatorDefinitionRow | null,
  areaId?: number | null,
) => void;

export async function dataQualityIssues(
  r: Reader,
  filter: { districtCode?: string | null; stationCode?: string | null },
): Promise<DataQualityIssueModel[]> {
  const rows = await contractsWithStations(r.db, r.scope, filter);
  if (rows.length === 0) return [];
  const asOfOf = (c: ContractRow) => contractAsOf(c, null, r.today);
  const [definitions, facts, actuals, areaLists] = await Promise.all([
    r.loaders.indicatorDefinitions(),
    qualityFacts(
      r.db,
      r.scope,
      rows.map((row) => row.contract.id),
    ),
    Promise.all(
      rows.map(({ contract }) => r.loaders.actuals.load({ contractId: contract.id, asOf: asOfOf(contract) })),
    ),
    Promise.all(rows.map(({ station }) => r.loaders.areasByStation.load(station.id))),
  ]);
  const targetByScope = new Map(
    facts.targets.map((t) => [`${t.contractId}|${t.indicatorId}|${t.areaId}`, t.value]),
  );
  const factsOf = factsByContract(facts);
  const issues: DataQualityIssueModel[] = [];
  rows.forEach(({ contract, station }, i) => {
    const areas = areaLists[i] ?? [];
    const areaById = new Map(areas.map((a) => [a.id, a]));
    const stationName = { zh: station.nameZh, en: station.nameEn };
    const c: ContractFacts = {
      station,
      contract,
      asOf: asOfOf(contract),
      definitions,
      areas,
      facts: factsOf(contract.id),
      actuals: (actuals[i] ?? []).filter((a) => a.pending === 0),
      target: (indicatorId, areaId) => targetByScope.get(`${contract.id}|${indicatorId}|${areaId}`),
      areaCode: (areaId) => (areaId == null ? null : (areaById.get(areaId)?.code ?? '?')),
      name: (d, areaId) => scopedName(stationName, { zh: d.nameZh, en: d.nameEn }, c.areaCode(areaId)),
    };
    const push: Push = (finding, indicator = null, areaId = null) => {
      if (!finding) return;
      const area = areaId == null ? null : (areaById.get(areaId) ?? null);
      issues.push({ ...finding, station, contract, indicator, area });
    };
    for (const rule of contractRules) rule(c, push);
  });
  return issues.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
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

/** Printed rates that disagree with actual ÷ target. */
function statedRates(c: ContractFacts, push: Push): void {
  const defById = new Map(c.definitions.map((d) => [d.id, d]));
  for (const e of c.facts.stated) {
    const d = defById.get(e.indicatorId);
    const target = c.target(e.indicatorId, e.areaId);
    if (!d || !target || e.statedRate == null) continue;
    push(statedRateMismatch(c.name(d, e.areaId), e.value, target, e.statedRate, e.printedValue), d, e.areaId);
  }
}

/** Area targets and actuals that do not sum to the station total, and completion far above target. */
function sumsAndOutliers(c: ContractFacts, push: Push): void {
  const actualsOf = groupRows(c.actuals, (a) => a.indicatorId);
  for (const d of c.definitions) {
    const areaTargets = c.areas
      .map((a) => ({ code: a.code, value: c.target(d.id, a.id) }))
      .filter((a): a is { code: string; value: number } => a.value !== undefined);
    const totalTarget = c.target(d.id, null);
    if (totalTarget !== undefined && areaTargets.length > 0) {
      push(areaSumMismatch(c.name(d, null), 'target', totalTarget, areaTargets), d);
    }
    const own = actualsOf.get(d.id) ?? [];
    const totalActual = own.find((a) => a.areaId === null);
    const areaActuals = own
      .filter((a) => a.areaId !== null)
      .map((a) => ({ code: c.areaCode(a.areaId) ?? '?', value: a.value }));
    if (totalActual && areaActuals.length > 0) {
      push(areaSumMismatch(c.name(d, null), 'actual', totalActual.value, areaActuals), d);
    }
    for (const a of own) {
      const areaSum = areaTargets.reduce((s, t) => s + t.value, 0);
      const target = c.target(d.id, a.areaId) ?? (a.areaId === null ? areaSum : undefined);
      if (target) push(overAchievement(c.name(d, a.areaId), a.value, target), d, a.areaId);
    }
  }
}

function negatives(c: ContractFacts, push: Push): void {
  const defById = new Map(c.definitions.map((d) => [d.id, d]));
  for (const e of c.facts.negatives) {
    const d = defById.get(e.indicatorId);
    if (d) push(negativeValue(c.name(d, e.areaId), e.value, `${e.periodStart}–${e.periodEnd}`), d, e.areaId);
  }
}

/** Months of monthly reporting with no report; a year total covers every month by itself. */
function completeness(c: ContractFacts, push: Push): void {
  const monthly = c.facts.monthsReported;
  if (monthly.length === 0) return;
  const due = contractMonths(c.contract.start, c.contract.end).filter((m) => lastDayOfMonth(m) <= c.asOf);
  for (const [feed, name] of Object.entries(feedNames)) {
    const months = new Set(monthly.filter((r) => r.feed === feed).map((r) => r.month));
    const where = { zh: `${c.station.nameZh} · ${name.zh}`, en: `${c.station.nameEn} · ${name.en}` };
    push(missingMonths(where, due, months));
  }
}

/** One quantity from two sources: volunteer system, area staffing, households visited. */
function crossSources(c: ContractFacts, push: Push): void {
  const { station, facts } = c;
  const totalOf = (code: string) => {
    const d = c.definitions.find((x) => x.code === code);
    const a = d && c.actuals.find((x) => x.indicatorId === d.id && x.areaId === null);
    return d && a ? { d, value: a.value } : null;
  };
  const system = facts.systemCounts[0];
  const counted = [
    ['new_volunteers', system?.newVolunteers],
    ['volunteer_backbone', system?.backbone],
  ] as const;
  for (const [code, value] of counted) {
    const t = totalOf(code);
    if (!t || value == null) continue;
    const table = { label: sourceNames.table, value: t.value };
    push(sourcesDisagree(c.name(t.d, null), table, { label: sourceNames.volunteerSystem, value }), t.d);
  }
  const assigned = c.areas.filter((a) => a.socialWorkers != null);
  const last = [...facts.inPostByMonth].sort((a, b) => a.month.localeCompare(b.month)).at(-1);
  if (assigned.length > 0 && last) {
    const what = { zh: `${station.nameZh} · 社工人数`, en: `${station.nameEn} · social workers` };
    const areaSum = assigned.reduce((sum, a) => sum + (a.socialWorkers ?? 0), 0);
    const inPost = { zh: `${last.month} 在岗人数`, en: `staff in post in ${last.month}` };
    push(
      sourcesDisagree(
        what,
        { label: sourceNames.areaSocialWorkers, value: areaSum },
        { label: inPost, value: last.inPost },
      ),
    );
  }
  const visited = facts.reach.find((f) => f.code === 'visited_households');
  const homeVisits = totalOf('home_visits');
  if (visited && homeVisits) {
    const sides = [
      { label: sourceNames.homeVisitsIndicator, value: homeVisits.value },
      { label: sourceNames.visitedHouseholds, value: visited.value },
    ] as const;
    push(sourcesDisagree(c.name(homeVisits.d, null), ...sides), homeVisits.d);
  }
}

const contractRules: ReadonlyArray<(c: ContractFacts, push: Push) => void> = [
  statedRates,
  sumsAndOutliers,
  negatives,
  completeness,
  crossSources,
];
