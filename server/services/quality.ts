/**
 * Data-quality checks over stored figures, using the rules of `domain/quality.ts`. Each issue
 * names its station, contract year, indicator and area, with the numbers side by side.
 */
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  attendance,
  contracts,
  districts,
  indicatorDefinitions,
  progressEntries,
  reachFigures,
  serviceAreas,
  stations,
  targets,
  volunteerSystemCounts,
  type ContractRow,
  type IndicatorDefinitionRow,
  type ServiceAreaRow,
  type StationRow,
} from '../db/schema.ts';
import { contractMonths, lastDayOfMonth, minDate } from '../domain/dates.ts';
import type { Lang } from '../domain/format.ts';
import {
  areaSumMismatch,
  missingMonths,
  negativeValue,
  overAchievement,
  sourcesDisagree,
  statedRateMismatch,
  type QualityFinding,
} from '../domain/quality.ts';
import { groupRows } from '../lib/group.ts';
import { actualsAsOf, listIndicatorDefinitions } from './indicators.ts';
import { stationInScope, type Scope } from './scope.ts';

export interface DataQualityIssueModel extends QualityFinding {
  station: StationRow;
  contract: ContractRow;
  indicator: IndicatorDefinitionRow | null;
  area: ServiceAreaRow | null;
}

const feedNames: Record<string, Record<Lang, string>> = {
  service: { zh: '服务指标', en: 'Service figures' },
  volunteer: { zh: '志愿者', en: 'Volunteers' },
  resource: { zh: '资源链接', en: 'Resources' },
  research: { zh: '社区调研', en: 'Research' },
};

export function dataQualityIssues(
  db: Db,
  scope: Scope,
  {
    districtCode,
    stationCode,
    today,
  }: { districtCode: string | null; stationCode: string | null; today: string },
): DataQualityIssueModel[] {
  const rows = db
    .select({ contract: contracts, station: stations })
    .from(contracts)
    .innerJoin(stations, eq(stations.id, contracts.stationId))
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .where(
      and(
        districtCode ? eq(districts.code, districtCode) : undefined,
        stationCode ? eq(stations.code, stationCode) : undefined,
        stationInScope(stations.id, scope),
      ),
    )
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.contract.id);
  const definitions = listIndicatorDefinitions(db);
  const defById = new Map(definitions.map((d) => [d.id, d]));
  const areas = db
    .select()
    .from(serviceAreas)
    .where(
      inArray(
        serviceAreas.stationId,
        rows.map((r) => r.station.id),
      ),
    )
    .all();
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const targetByScope = new Map(
    db
      .select()
      .from(targets)
      .where(inArray(targets.contractId, ids))
      .all()
      .map((t) => [`${t.contractId}|${t.indicatorId}|${t.areaId}`, t.value]),
  );
  const asOfOf = (c: ContractRow) => minDate(today, c.end);
  const actuals = actualsAsOf(
    db,
    scope,
    rows.map((r) => ({ contractId: r.contract.id, asOf: asOfOf(r.contract) })),
  );
  const stated = db
    .select()
    .from(progressEntries)
    .where(and(inArray(progressEntries.contractId, ids), isNotNull(progressEntries.statedRate)))
    .all();
  const negatives = db
    .select()
    .from(progressEntries)
    .where(and(inArray(progressEntries.contractId, ids), lt(progressEntries.value, 0)))
    .all();
  // Months with a one-month entry, per contract and feed: a few rows each, not every entry.
  const monthsReported = groupRows(
    db
      .selectDistinct({
        contractId: progressEntries.contractId,
        feed: indicatorDefinitions.feed,
        month: sql<string>`substr(${progressEntries.periodEnd}, 1, 7)`,
      })
      .from(progressEntries)
      .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, progressEntries.indicatorId))
      .where(
        and(
          inArray(progressEntries.contractId, ids),
          sql`substr(${progressEntries.periodStart}, 1, 7) = substr(${progressEntries.periodEnd}, 1, 7)`,
        ),
      )
      .all(),
    (r) => r.contractId,
  );
  const systemCounts = db
    .select()
    .from(volunteerSystemCounts)
    .where(inArray(volunteerSystemCounts.contractId, ids))
    .all();
  const reach = db.select().from(reachFigures).where(inArray(reachFigures.contractId, ids)).all();
  const inPostByMonth = groupRows(
    db
      .select({ contractId: attendance.contractId, month: attendance.month, inPost: sql<number>`count(*)` })
      .from(attendance)
      .where(and(inArray(attendance.contractId, ids), eq(attendance.inPost, true)))
      .groupBy(attendance.contractId, attendance.month)
      .all(),
    (r) => r.contractId,
  );
  const statedOf = groupRows(stated, (e) => e.contractId);
  const negativesOf = groupRows(negatives, (e) => e.contractId);
  const actualsOf = groupRows(actuals, (a) => a.contractId);
  const areasOf = groupRows(areas, (a) => a.stationId);

  const issues: DataQualityIssueModel[] = [];
  for (const { contract, station } of rows) {
    const push = (
      finding: QualityFinding | null,
      indicator: IndicatorDefinitionRow | null = null,
      areaId: number | null = null,
    ) => {
      if (finding)
        issues.push({
          ...finding,
          station,
          contract,
          indicator,
          area: areaId == null ? null : (areaById.get(areaId) ?? null),
        });
    };
    const name = (d: IndicatorDefinitionRow, areaId: number | null) => {
      const area = areaId == null ? null : areaById.get(areaId);
      return {
        zh: `${station.nameZh} · ${d.nameZh}${area ? `（片区 ${area.code}）` : ''}`,
        en: `${station.nameEn} · ${d.nameEn}${area ? ` (area ${area.code})` : ''}`,
      };
    };
    const targetOf = (indicatorId: number, areaId: number | null) =>
      targetByScope.get(`${contract.id}|${indicatorId}|${areaId}`);
    const own = actualsOf.get(contract.id) ?? [];
    const stationAreas = areasOf.get(station.id) ?? [];

    for (const e of statedOf.get(contract.id) ?? []) {
      const d = defById.get(e.indicatorId) as IndicatorDefinitionRow;
      const target = targetOf(e.indicatorId, e.areaId);
      if (target)
        push(
          statedRateMismatch(name(d, e.areaId), e.value, target, e.statedRate as number, e.printedValue),
          d,
          e.areaId,
        );
    }
    for (const d of definitions) {
      const areaTargets = stationAreas
        .map((a) => ({ code: a.code, value: targetOf(d.id, a.id) }))
        .filter((a): a is { code: string; value: number } => a.value !== undefined);
      const totalTarget = targetOf(d.id, null);
      if (totalTarget !== undefined && areaTargets.length > 0)
        push(areaSumMismatch(name(d, null), 'target', totalTarget, areaTargets), d);
      const totalActual = own.find((a) => a.indicatorId === d.id && a.areaId === null && a.pending === 0);
      const areaActuals = own
        .filter((a) => a.indicatorId === d.id && a.areaId !== null && a.pending === 0)
        .map((a) => ({ code: areaById.get(a.areaId as number)?.code ?? '?', value: a.value }));
      if (totalActual && areaActuals.length > 0)
        push(areaSumMismatch(name(d, null), 'actual', totalActual.value, areaActuals), d);
      for (const a of own.filter((x) => x.indicatorId === d.id && x.pending === 0)) {
        const target =
          targetOf(d.id, a.areaId) ??
          (a.areaId === null ? areaTargets.reduce((s, t) => s + t.value, 0) : undefined);
        if (target) push(overAchievement(name(d, a.areaId), a.value, target), d, a.areaId);
      }
    }
    for (const e of negativesOf.get(contract.id) ?? []) {
      const d = defById.get(e.indicatorId) as IndicatorDefinitionRow;
      push(negativeValue(name(d, e.areaId), e.value, `${e.periodStart}–${e.periodEnd}`), d, e.areaId);
    }
    // Completeness applies to monthly reporting: a year total covers every month by itself.
    const monthly = monthsReported.get(contract.id) ?? [];
    if (monthly.length > 0) {
      const due = contractMonths(contract.start, contract.end).filter(
        (m) => lastDayOfMonth(m) <= asOfOf(contract),
      );
      for (const feed of Object.keys(feedNames)) {
        const months = new Set(monthly.filter((r) => r.feed === feed).map((r) => r.month));
        push(
          missingMonths(
            {
              zh: `${station.nameZh} · ${feedNames[feed]!.zh}`,
              en: `${station.nameEn} · ${feedNames[feed]!.en}`,
            },
            due,
            months,
          ),
        );
      }
    }
    const totalOf = (code: string) => {
      const d = definitions.find((x) => x.code === code);
      const a = d && own.find((x) => x.indicatorId === d.id && x.areaId === null && x.pending === 0);
      return d && a ? { d, value: a.value } : null;
    };
    const system = systemCounts.find((c) => c.contractId === contract.id);
    const table = { zh: '指标表', en: 'indicator table' };
    const systemLabel = { zh: '志愿者系统', en: 'volunteer system' };
    for (const [code, value] of [
      ['new_volunteers', system?.newVolunteers],
      ['volunteer_backbone', system?.backbone],
    ] as const) {
      const t = totalOf(code);
      if (t && value != null)
        push(
          sourcesDisagree(name(t.d, null), { label: table, value: t.value }, { label: systemLabel, value }),
          t.d,
        );
    }
    const assigned = stationAreas.filter((a) => a.socialWorkers != null);
    const last = (inPostByMonth.get(contract.id) ?? []).sort((a, b) => a.month.localeCompare(b.month)).at(-1);
    if (assigned.length > 0 && last) {
      push(
        sourcesDisagree(
          { zh: `${station.nameZh} · 社工人数`, en: `${station.nameEn} · social workers` },
          {
            label: { zh: '各片区配置社工合计', en: 'social workers assigned to areas' },
            value: assigned.reduce((sum, a) => sum + (a.socialWorkers as number), 0),
          },
          {
            label: { zh: `${last.month} 在岗人数`, en: `staff in post in ${last.month}` },
            value: last.inPost,
          },
        ),
      );
    }
    const visited = reach.find((r) => r.contractId === contract.id && r.code === 'visited_households');
    const homeVisits = totalOf('home_visits');
    if (visited && homeVisits)
      push(
        sourcesDisagree(
          name(homeVisits.d, null),
          { label: { zh: '入户探访（指标）', en: 'home visits (indicator)' }, value: homeVisits.value },
          { label: { zh: '走访户数（附件）', en: 'households visited (annex)' }, value: visited.value },
        ),
        homeVisits.d,
      );
  }
  const order = { ERROR: 0, WARNING: 1, INFO: 2 };
  return issues.sort((a, b) => order[a.severity] - order[b.severity]);
}
