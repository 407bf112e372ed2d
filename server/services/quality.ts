/**
 * Data-quality checks over stored figures, using the rules of `domain/quality.ts`. Each issue
 * names its station, contract year, indicator and area, with the numbers side by side.
 */
import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { contracts, districts, progressEntries, reachFigures, serviceAreas, stations, targets, volunteerSystemCounts, type ContractRow, type IndicatorDefinitionRow, type ServiceAreaRow, type StationRow } from '../db/schema.ts';
import { contractMonths, lastDayOfMonth, minDate } from '../domain/dates.ts';
import type { Lang } from '../domain/format.ts';
import { areaSumMismatch, missingMonths, negativeValue, overAchievement, sourcesDisagree, statedRateMismatch, type QualityFinding } from '../domain/quality.ts';
import { actualsAsOf, listIndicatorDefinitions } from './indicators.ts';
import { stationInScope, type Scope } from './scope.ts';
import { attendanceByContractIds } from './staffing.ts';

export interface DataQualityIssueModel extends QualityFinding {
  station: StationRow;
  contract: ContractRow;
  indicator: IndicatorDefinitionRow | null;
  area: ServiceAreaRow | null;
}

const feedNames: Record<string, Record<Lang, string>> = {
  service: { zh: '服务指标', en: 'Service figures' }, volunteer: { zh: '志愿者', en: 'Volunteers' },
  resource: { zh: '资源链接', en: 'Resources' }, research: { zh: '社区调研', en: 'Research' },
};

export function dataQualityIssues(db: Db, scope: Scope, { districtCode, stationCode, today }: { districtCode: string | null; stationCode: string | null; today: string }): DataQualityIssueModel[] {
  const rows = db.select({ contract: contracts, station: stations }).from(contracts)
    .innerJoin(stations, eq(stations.id, contracts.stationId)).innerJoin(districts, eq(districts.id, stations.districtId))
    .where(and(districtCode ? eq(districts.code, districtCode) : undefined, stationCode ? eq(stations.code, stationCode) : undefined, stationInScope(stations.id, scope))).all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.contract.id);
  const definitions = listIndicatorDefinitions(db);
  const defById = new Map(definitions.map((d) => [d.id, d]));
  const areas = db.select().from(serviceAreas).where(inArray(serviceAreas.stationId, rows.map((r) => r.station.id))).all();
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const targetByScope = new Map(db.select().from(targets).where(inArray(targets.contractId, ids)).all().map((t) => [`${t.contractId}|${t.indicatorId}|${t.areaId}`, t.value]));
  const asOfOf = (c: ContractRow) => minDate(today, c.end);
  const actuals = actualsAsOf(db, scope, rows.map((r) => ({ contractId: r.contract.id, asOf: asOfOf(r.contract) })));
  const stated = db.select().from(progressEntries).where(and(inArray(progressEntries.contractId, ids), isNotNull(progressEntries.statedRate))).all();
  const negatives = db.select().from(progressEntries).where(and(inArray(progressEntries.contractId, ids), lt(progressEntries.value, 0))).all();
  const reported = db.selectDistinct({ contractId: progressEntries.contractId, indicatorId: progressEntries.indicatorId, periodEnd: progressEntries.periodEnd, periodStart: progressEntries.periodStart })
    .from(progressEntries).where(inArray(progressEntries.contractId, ids)).all();
  const systemCounts = db.select().from(volunteerSystemCounts).where(inArray(volunteerSystemCounts.contractId, ids)).all();
  const reach = db.select().from(reachFigures).where(inArray(reachFigures.contractId, ids)).all();
  const attendance = attendanceByContractIds(db, scope, ids);

  const issues: DataQualityIssueModel[] = [];
  for (const { contract, station } of rows) {
    const push = (finding: QualityFinding | null, indicator: IndicatorDefinitionRow | null = null, areaId: number | null = null) => {
      if (finding) issues.push({ ...finding, station, contract, indicator, area: areaId == null ? null : areaById.get(areaId) ?? null });
    };
    const name = (d: IndicatorDefinitionRow, areaId: number | null) => {
      const area = areaId == null ? null : areaById.get(areaId);
      return { zh: `${station.nameZh} · ${d.nameZh}${area ? `（片区 ${area.code}）` : ''}`, en: `${station.nameEn} · ${d.nameEn}${area ? ` (area ${area.code})` : ''}` };
    };
    const targetOf = (indicatorId: number, areaId: number | null) => targetByScope.get(`${contract.id}|${indicatorId}|${areaId}`);
    const own = actuals.filter((a) => a.contractId === contract.id);

    for (const e of stated.filter((s) => s.contractId === contract.id)) {
      const d = defById.get(e.indicatorId) as IndicatorDefinitionRow;
      const target = targetOf(e.indicatorId, e.areaId);
      if (target) push(statedRateMismatch(name(d, e.areaId), e.value, target, e.statedRate as number, e.printedValue), d, e.areaId);
    }
    for (const d of definitions) {
      const areaTargets = areas.filter((a) => a.stationId === station.id).map((a) => ({ code: a.code, value: targetOf(d.id, a.id) })).filter((a): a is { code: string; value: number } => a.value !== undefined);
      const totalTarget = targetOf(d.id, null);
      if (totalTarget !== undefined && areaTargets.length > 0) push(areaSumMismatch(name(d, null), 'target', totalTarget, areaTargets), d);
      const totalActual = own.find((a) => a.indicatorId === d.id && a.areaId === null && a.pending === 0);
      const areaActuals = own.filter((a) => a.indicatorId === d.id && a.areaId !== null && a.pending === 0).map((a) => ({ code: areaById.get(a.areaId as number)?.code ?? '?', value: a.value }));
      if (totalActual && areaActuals.length > 0) push(areaSumMismatch(name(d, null), 'actual', totalActual.value, areaActuals), d);
      for (const a of own.filter((x) => x.indicatorId === d.id && x.pending === 0)) {
        const target = targetOf(d.id, a.areaId) ?? (a.areaId === null ? areaTargets.reduce((s, t) => s + t.value, 0) : undefined);
        if (target) push(overAchievement(name(d, a.areaId), a.value, target), d, a.areaId);
      }
    }
    for (const e of negatives.filter((n) => n.contractId === contract.id)) {
      const d = defById.get(e.indicatorId) as IndicatorDefinitionRow;
      push(negativeValue(name(d, e.areaId), e.value, `${e.periodStart}–${e.periodEnd}`), d, e.areaId);
    }
    // Completeness applies to monthly reporting: a year total covers every month by itself.
    const mine = reported.filter((r) => r.contractId === contract.id);
    const monthly = mine.filter((r) => r.periodStart.slice(0, 7) === r.periodEnd.slice(0, 7));
    if (monthly.length > 0) {
      const due = contractMonths(contract.start, contract.end).filter((m) => lastDayOfMonth(m) <= asOfOf(contract));
      for (const feed of Object.keys(feedNames)) {
        const feedIds = new Set(definitions.filter((d) => d.feed === feed).map((d) => d.id));
        const months = new Set(monthly.filter((r) => feedIds.has(r.indicatorId)).map((r) => r.periodEnd.slice(0, 7)));
        push(missingMonths({ zh: `${station.nameZh} · ${feedNames[feed]!.zh}`, en: `${station.nameEn} · ${feedNames[feed]!.en}` }, due, months));
      }
    }
    const totalOf = (code: string) => {
      const d = definitions.find((x) => x.code === code);
      const a = d && own.find((x) => x.indicatorId === d.id && x.areaId === null && x.pending === 0);
      return d && a ? { d, value: a.value } : null;
    };
    const system = systemCounts.find((s) => s.contractId === contract.id);
    const table = { zh: '指标表', en: 'indicator table' };
    const systemLabel = { zh: '志愿者系统', en: 'volunteer system' };
    for (const [code, value] of [['new_volunteers', system?.newVolunteers], ['volunteer_backbone', system?.backbone]] as const) {
      const t = totalOf(code);
      if (t && value != null) push(sourcesDisagree(name(t.d, null), { label: table, value: t.value }, { label: systemLabel, value }), t.d);
    }
    const assigned = areas.filter((a) => a.stationId === station.id && a.socialWorkers != null);
    if (assigned.length > 0) {
      const lastMonth = [...new Set(attendance.filter((r) => r.contractId === contract.id && r.inPost).map((r) => r.month))].sort().at(-1);
      const headcount = attendance.filter((r) => r.contractId === contract.id && r.inPost && r.month === lastMonth).length;
      if (lastMonth) push(sourcesDisagree({ zh: `${station.nameZh} · 社工人数`, en: `${station.nameEn} · social workers` },
        { label: { zh: '各片区配置社工合计', en: 'social workers assigned to areas' }, value: assigned.reduce((s, a) => s + (a.socialWorkers as number), 0) },
        { label: { zh: `${lastMonth} 在岗人数`, en: `staff in post in ${lastMonth}` }, value: headcount }));
    }
    const visited = reach.find((r) => r.contractId === contract.id && r.code === 'visited_households');
    const homeVisits = totalOf('home_visits');
    if (visited && homeVisits) push(sourcesDisagree(name(homeVisits.d, null), { label: { zh: '入户探访（指标）', en: 'home visits (indicator)' }, value: homeVisits.value }, { label: { zh: '走访户数（附件）', en: 'households visited (annex)' }, value: visited.value }), homeVisits.d);
  }
  const order = { ERROR: 0, WARNING: 1, INFO: 2 };
  return issues.sort((a, b) => order[a.severity] - order[b.severity]);
}
