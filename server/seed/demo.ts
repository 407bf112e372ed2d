/**
 * Deterministic generator of synthetic stations (`isDemo`), for the demo and for benchmarks.
 *
 * Every station gets its own PRNG stream (seed + index), so adding stations never changes the
 * ones before. Contracts run 1 June – 31 May from 2023 up to the one in progress on `asOf`;
 * monthly figures exist for every month that has ended by `asOf`. Stations cycle through
 * quality profiles so that strong and weak stations always both occur.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bulkInsert } from '../db/bulk.ts';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { defaultPartyWeights, type Party } from '../domain/config.ts';
import { addDaysIso, addMonthsIso, contractMonths, lastDayOfMonth } from '../domain/dates.ts';
import { round2 } from '../domain/progress.ts';
import { onRoster } from '../domain/periods.ts';
import { pseudonym } from '../domain/pseudonym.ts';
import { chigangReference } from './reference.ts';

export interface DemoStreet {
  code: string;
  nameZh: string;
  nameEn: string;
  streetZh: string;
  /** A multiplier on the station's quality profile (a weaker city or district), default 1. */
  quality?: number;
}

export interface DemoOptions {
  seed: number;
  /** The demo's "today": the last contract is in progress on this date. */
  asOf: string;
  districtId: number;
  streets: DemoStreet[];
  /** Service year of the first contract; default 2023, the year of the reference station. */
  firstYear?: number;
  /**
   * The index of the first street among all generated ones (default 0): it picks the station's
   * random stream and profile, so streets generated district by district match one long call.
   */
  firstIndex?: number;
}

/** Quality multipliers cycled across stations: strong, sound, fair, weak, failing. */
const profiles = [1.06, 0.98, 0.9, 0.76, 0.58];
const sourceTypes = t.RESOURCE_SOURCE_TYPES;
const resourceKinds = t.RESOURCE_KINDS;

export class Rng {
  private readonly gen;
  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed);
  }
  int(min: number, max: number): number {
    return uniformInt(this.gen, min, max);
  }
  float(min: number, max: number): number {
    return min + uniformFloat64(this.gen) * (max - min);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }
}

interface Ctx {
  db: Db;
  rng: Rng;
  indicatorIds: Map<string, number>;
  asOf: string;
}

/** The month-ends (`YYYY-MM`) of a contract that have passed by `asOf`. */
function reportedMonths(start: string, end: string, asOf: string): string[] {
  return contractMonths(start, end).filter((m) => lastDayOfMonth(m) <= asOf);
}

export async function generateDemoStations(
  db: Db,
  indicatorIds: Map<string, number>,
  options: DemoOptions,
): Promise<void> {
  const firstYear = options.firstYear ?? 2023;
  const lastYear = Number(options.asOf.slice(0, 4)) - (options.asOf.slice(5) < '06-01' ? 1 : 0);
  for (const [i, street] of options.streets.entries()) {
    const index = (options.firstIndex ?? 0) + i;
    const rng = new Rng(options.seed * 1000 + index);
    const quality =
      (profiles[index % profiles.length] as number) * rng.float(0.97, 1.03) * (street.quality ?? 1);
    const stationId = (
      await db
        .insert(t.stations)
        .values({
          code: street.code,
          districtId: options.districtId,
          nameZh: street.nameZh,
          nameEn: street.nameEn,
          streetZh: street.streetZh,
          address: `${street.streetZh}（示例地址）`,
          operator: '示例社会工作服务中心',
          purchaser: `${street.streetZh}道办事处`,
          operatingSince: '2012-06',
          communityCount: rng.int(10, 26),
          residentPopulation: rng.int(50_000, 160_000),
          isDemo: true,
        })
        .returning({ id: t.stations.id })
    )[0]!.id;
    const areaCodes = ['A', 'B', 'C', 'D'].slice(0, rng.int(2, 4));
    const areaIds: number[] = [];
    for (const [i, code] of areaCodes.entries()) {
      const [area] = await db
        .insert(t.serviceAreas)
        .values({ stationId, code, label: `片区${i + 1}` })
        .returning({ id: t.serviceAreas.id });
      areaIds.push(area!.id);
    }
    const ctx: Ctx = { db, rng, indicatorIds, asOf: options.asOf };
    const positions = rng.int(14, 22);
    const staffIds = await hireInitialStaff(ctx, stationId, areaIds, positions, quality);
    for (let year = firstYear; year <= lastYear; year++) {
      const start = `${year}-06-01`;
      const end = `${year + 1}-05-31`;
      const contractId = (
        await db
          .insert(t.contracts)
          .values({
            stationId,
            serviceYear: year,
            start,
            end,
            budgetYuan: positions * 120_000,
            contractedPositions: positions,
          })
          .returning({ id: t.contracts.id })
      )[0]!.id;
      const months = reportedMonths(start, end, options.asOf);
      const yearQuality = quality * rng.float(0.95, 1.05);
      await generateIndicators(ctx, stationId, contractId, areaIds, positions / 20, yearQuality, months);
      // The failing profile also reports late: one month of its running year has no service figures,
      // so the completeness check has something real to find in the demo.
      if (index % profiles.length === profiles.length - 1 && months.length >= 3 && months.length < 12)
        await dropServiceMonth(ctx, contractId, months[months.length - 2] as string);
      await generateStaffing(ctx, stationId, contractId, areaIds, staffIds, months, yearQuality);
      await generateEvaluations(ctx, contractId, start, end, yearQuality);
    }
  }
}

async function generateIndicators(
  ctx: Ctx,
  stationId: number,
  contractId: number,
  areaIds: number[],
  size: number,
  quality: number,
  months: string[],
): Promise<void> {
  const { db, rng } = ctx;
  const areaWeights = areaIds.map(() => rng.float(0.6, 1.4));
  const weightSum = areaWeights.reduce((a, b) => a + b, 0);
  const volunteerMonths = new Map<
    string,
    { newVolunteers: number; backbone: number; serviceHours: number }
  >();
  for (const ref of chigangReference.indicators) {
    const indicatorId = ctx.indicatorIds.get(ref.code) as number;
    const isMoney = ref.code === 'resources_linked';
    const total = isMoney ? rng.int(30, 60) * 10_000 : Math.max(1, Math.round(ref.total[0] * size));
    // Resource linking is the feed stations most often fall short on; draw it lower.
    const q = quality * (isMoney ? rng.float(0.55, 1.05) : rng.float(0.88, 1.12));
    const byArea = ref.byArea !== undefined;
    const scopes: Array<{ areaId: number | null; target: number }> = byArea
      ? splitTarget(total, areaWeights, weightSum).map((target, i) => ({
          areaId: areaIds[i] as number,
          target,
        }))
      : [{ areaId: null, target: total }];
    await bulkInsert(db, t.targets, [
      ...(byArea ? scopes.map((s) => ({ contractId, indicatorId, areaId: s.areaId, value: s.target })) : []),
      { contractId, indicatorId, areaId: null, value: total },
    ]);
    const entries = scopes.flatMap((s) =>
      monthlySeries(rng, s.target * q, months.length, isMoney).map((value, k) => ({
        contractId,
        indicatorId,
        areaId: s.areaId,
        periodStart: `${months[k]}-01`,
        periodEnd: lastDayOfMonth(months[k] as string),
        value,
        source: 'demo' as const,
      })),
    );
    await bulkInsert(db, t.progressEntries, entries);
    if (isMoney) await generateResourceLinks(ctx, contractId, areaIds, entries);
    if (ref.code === 'new_volunteers' || ref.code === 'volunteer_backbone')
      collectVolunteers(ctx, volunteerMonths, ref.code, entries);
    if (ref.code === 'volunteer_teams') await foundTeams(ctx, stationId, entries);
  }
  const records = [...volunteerMonths.entries()].map(([month, r]) => ({ contractId, month, ...r }));
  await bulkInsert(db, t.volunteerRecords, records);
}

async function dropServiceMonth(ctx: Ctx, contractId: number, month: string): Promise<void> {
  const serviceIds = [...ctx.indicatorIds.entries()]
    .filter(
      ([code]) =>
        chigangReference.indicators.some((r) => r.code === code) &&
        ![
          'new_volunteers',
          'volunteer_backbone',
          'volunteer_teams',
          'resources_linked',
          'community_surveys',
        ].includes(code),
    )
    .map(([, id]) => id);
  await ctx.db
    .delete(t.progressEntries)
    .where(
      and(
        eq(t.progressEntries.contractId, contractId),
        eq(t.progressEntries.periodStart, `${month}-01`),
        inArray(t.progressEntries.indicatorId, serviceIds),
      ),
    );
}

/** Splits a station target over areas by weight, whole numbers summing exactly to the total. */
function splitTarget(total: number, weights: number[], weightSum: number): number[] {
  const parts = weights.map((w) => Math.floor((total * w) / weightSum));
  const shortfall = total - parts.reduce((a, b) => a + b, 0);
  parts[0] = (parts[0] as number) + shortfall;
  return parts;
}

/** Monthly increments of a cumulative curve heading for `yearTotal` × 12 months, with noise. */
function monthlySeries(rng: Rng, yearTotal: number, monthCount: number, isMoney: boolean): number[] {
  const round = (x: number) => (isMoney ? round2(x) : Math.round(x));
  const values: number[] = [];
  let previous = 0;
  for (let k = 1; k <= monthCount; k++) {
    const cumulative = Math.max(
      previous,
      round(((yearTotal * k) / 12) * (k === 12 ? 1 : rng.float(0.85, 1.1))),
    );
    values.push(round(cumulative - previous));
    previous = cumulative;
  }
  return values;
}

type Entry = { periodStart: string; periodEnd: string; value: number; areaId: number | null };

async function generateResourceLinks(
  ctx: Ctx,
  contractId: number,
  areaIds: number[],
  monthly: Entry[],
): Promise<void> {
  const { db, rng } = ctx;
  const links = monthly
    .filter((e) => e.value > 0)
    .flatMap((e) => {
      const count = rng.int(1, 3);
      const shares = Array.from({ length: count }, () => rng.float(0.2, 1));
      const sum = shares.reduce((a, b) => a + b, 0);
      let rest = e.value;
      return shares.map((s, i) => {
        const valueYuan = i === count - 1 ? round2(rest) : round2((e.value * s) / sum);
        rest -= valueYuan;
        return {
          contractId,
          areaId: rng.pick(areaIds),
          date: addDaysIso(e.periodStart, rng.int(0, 27)),
          sourceType: rng.pick(sourceTypes),
          kind: rng.pick(resourceKinds),
          valueYuan,
          description: '示例资源',
        };
      });
    });
  await bulkInsert(db, t.resourceLinks, links);
}

/** Monthly volunteer records matching the indicator entries (service hours drawn with the new volunteers). */
function collectVolunteers(
  ctx: Ctx,
  months: Map<string, { newVolunteers: number; backbone: number; serviceHours: number }>,
  code: string,
  monthly: Entry[],
): void {
  for (const e of monthly) {
    const month = e.periodStart.slice(0, 7);
    const value = Math.round(e.value);
    if (code === 'new_volunteers') {
      months.set(month, { newVolunteers: value, backbone: 0, serviceHours: ctx.rng.int(200, 900) });
    } else {
      const record = months.get(month);
      if (record) record.backbone = value;
    }
  }
}

const teamNames = [
  '长者关爱',
  '邻里守望',
  '青少年成长',
  '助残同行',
  '环保先锋',
  '社区文化',
  '家庭支援',
  '应急互助',
];

/** A team row for each team the monthly figures say was founded. */
async function foundTeams(ctx: Ctx, stationId: number, monthly: Entry[]): Promise<void> {
  const teams = monthly.flatMap((e) =>
    Array.from({ length: Math.round(e.value) }, () => ({
      stationId,
      name: `${ctx.rng.pick(teamNames)}志愿队（示例）`,
      foundedOn: addDaysIso(e.periodStart, ctx.rng.int(0, 27)),
      registeredWithStreet: ctx.rng.float(0, 1) < 0.7,
    })),
  );
  await bulkInsert(ctx.db, t.volunteerTeams, teams);
}

const pseudonymOf = (rng: Rng) => pseudonym((list) => rng.pick(list));

async function hireInitialStaff(
  ctx: Ctx,
  stationId: number,
  areaIds: number[],
  positions: number,
  quality: number,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < positions; i++)
    ids.push(await hire(ctx, stationId, areaIds, '2023-06-01', quality, i === 0 ? '项目主管' : '社工'));
  return ids;
}

async function hire(
  ctx: Ctx,
  stationId: number,
  areaIds: number[],
  joinedOn: string,
  quality: number,
  position: string,
): Promise<number> {
  const { db, rng } = ctx;
  const certified = rng.float(0, 1) < Math.min(0.95, quality * 0.85);
  return (
    await db
      .insert(t.staff)
      .values({
        stationId,
        name: pseudonymOf(rng),
        position,
        areaId: position === '项目主管' ? null : rng.pick(areaIds),
        certification: certified ? (rng.float(0, 1) < 0.2 ? 'intermediate' : 'assistant') : 'none',
        practiceStart: addMonthsIso(joinedOn, -rng.int(quality > 0.85 ? 12 : 0, 120)),
        contractStart: joinedOn,
      })
      .returning({ id: t.staff.id })
  )[0]!.id;
}

/**
 * Attendance for the reported months. Weaker stations lose more people: each leaver is
 * replaced one or two months later, and occasionally a month's insurance is not paid.
 */
async function generateStaffing(
  ctx: Ctx,
  stationId: number,
  contractId: number,
  areaIds: number[],
  staffIds: number[],
  months: string[],
  quality: number,
): Promise<void> {
  const { db, rng } = ctx;
  const leavers = Math.max(0, Math.round((1.05 - quality) * 8 * rng.float(0.6, 1.2)));
  for (let n = 0; n < leavers && months.length > 2; n++) {
    const slot = rng.int(1, staffIds.length - 1);
    const k = rng.int(1, months.length - 2);
    const leftOn = lastDayOfMonth(months[k - 1] as string);
    await db
      .update(t.staff)
      .set({ leftOn, leavingReason: rng.float(0, 1) < 0.8 ? 'left' : 'transferred_out' })
      .where(eq(t.staff.id, staffIds[slot] as number));
    // The replacement starts after a gap; until then the slot is empty.
    const replacement = await hire(
      ctx,
      stationId,
      areaIds,
      `${months[Math.min(months.length - 1, k + rng.int(0, 1))]}-01`,
      quality,
      '社工',
    );
    staffIds[slot] = replacement;
  }
  const rows = await db
    .select({ id: t.staff.id, contractStart: t.staff.contractStart, leftOn: t.staff.leftOn })
    .from(t.staff)
    .where(eq(t.staff.stationId, stationId));
  const attendanceRows = rows.flatMap((s) =>
    months
      .filter((m) => onRoster(s, m))
      .map((month) => ({
        staffId: s.id,
        contractId,
        month,
        inPost: true,
        insured: rng.float(0, 1) > (1 - quality) * 0.08,
        paid: true,
      })),
  );
  // Staff are shared across contract years; attendance is per month, so every row is new.
  await bulkInsert(db, t.attendance, attendanceRows);
  staffIds.splice(0, staffIds.length, ...rows.filter((r) => r.leftOn === null).map((r) => r.id));
}

async function generateEvaluations(
  ctx: Ctx,
  contractId: number,
  start: string,
  end: string,
  quality: number,
): Promise<void> {
  const { db, rng, asOf } = ctx;
  const stages = [
    { stage: 'MID' as const, date: addDaysIso(addMonthsIso(start, 6), 10) },
    { stage: 'FINAL' as const, date: addDaysIso(end, 8) },
  ].filter((s) => s.date <= asOf);
  for (const { stage, date } of stages) {
    const evaluationId = (
      await db
        .insert(t.evaluations)
        .values({
          contractId,
          stage,
          date,
          satisfactionRate: Math.min(0.99, 0.62 + quality * 0.3 * rng.float(0.95, 1.05)),
          satisfactionSample: 100,
        })
        .returning({ id: t.evaluations.id })
    )[0]!.id;
    const base = 52 + quality * 34;
    await db.insert(t.evaluationParts).values(
      (Object.keys(defaultPartyWeights) as Party[]).map((party) => ({
        evaluationId,
        party,
        weight: defaultPartyWeights[party],
        score: Math.min(98, Math.round(base * rng.float(0.94, 1.06) * 10) / 10),
      })),
    );
    await db.insert(t.findings).values({
      evaluationId,
      dimension: 'service_outcomes',
      polarity: quality >= 0.9 ? 'strength' : 'concern',
      textZh: quality >= 0.9 ? '服务指标完成情况良好（示例）。' : '多项服务指标进度滞后（示例）。',
      textEn:
        quality >= 0.9
          ? 'Service targets are well on course (demo).'
          : 'Several service targets are behind (demo).',
    });
  }
}
