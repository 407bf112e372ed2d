/**
 * What stations report by hand, month by month: progress figures, targets, resource links,
 * volunteer months and attendance. Each write runs in one transaction with its audit entry
 * (before and after); a record it replaces is kept in `replaced_values`. Inputs arrive checked
 * (`commands/entryInput.ts`); the checks that need the database (codes, contract dates, duplicates) are here.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { authorize } from '../auth/authorize.ts';
import * as t from '../db/schema.ts';
import { contractMonths, lastDayOfMonth, monthOf } from '../domain/dates.ts';
import { appError } from '../errors.ts';
import { appendAudit } from '../services/audit.ts';
import { figuresChanged } from '../services/figures.ts';
import { answersChanged } from '../services/versions.ts';
import { actorOf, stationToWrite, type CommandContext, type Tx } from './context.ts';
import { periodGuard } from './periods.ts';

export type EntryContext = CommandContext;

export interface EntryResult {
  entity: string;
  id: number;
  replaced: boolean;
}

interface Target {
  station: t.StationRow;
  contract: t.ContractRow;
}

/** The station-year written to: in scope, writable by the viewer, with a contract. */
async function entryTarget(tx: Tx, c: EntryContext, stationCode: string, year: number): Promise<Target> {
  const station = await stationToWrite(tx, c, stationCode, 'figures:write');
  const contract = (
    await tx
      .select()
      .from(t.contracts)
      .where(and(eq(t.contracts.stationId, station.id), eq(t.contracts.serviceYear, year)))
  )[0];
  if (!contract) throw appError('entry/no_contract', { value: String(year), field: 'input.year' });
  return { station, contract };
}

async function indicatorId(tx: Tx, code: string): Promise<number> {
  const row = (
    await tx.select().from(t.indicatorDefinitions).where(eq(t.indicatorDefinitions.code, code))
  )[0];
  if (!row) throw appError('entry/unknown_indicator', { value: code, field: 'input.indicatorCode' });
  return row.id;
}

async function areaId(
  tx: Tx,
  station: t.StationRow,
  code: string | null | undefined,
): Promise<number | null> {
  if (code == null) return null;
  const row = (
    await tx
      .select()
      .from(t.serviceAreas)
      .where(and(eq(t.serviceAreas.stationId, station.id), eq(t.serviceAreas.code, code)))
  )[0];
  if (!row) throw appError('entry/unknown_area', { value: code, field: 'input.areaCode' });
  return row.id;
}

/**
 * A month (YYYY-MM) the contract reports and that has begun by `today`, as its first and last day
 * (`entryMonths`: a contract starting on a month's last day reports from the next month).
 */
function monthOfContract(contract: t.ContractRow, month: string, today: string) {
  if (!contractMonths(contract.start, contract.end).includes(month))
    throw appError('entry/period_outside_contract', {
      field: 'input.month',
      value: month,
      start: contract.start,
      end: contract.end,
    });
  if (month > monthOf(today))
    throw appError('entry/future_period', { field: 'input.month', value: month, today });
  return { start: `${month}-01`, end: lastDayOfMonth(month) };
}

async function write<T extends EntryResult>(
  c: EntryContext,
  stationCode: string,
  year: number,
  action: string,
  body: (tx: Tx, target: Target) => Promise<T & { before: unknown; after: unknown }>,
): Promise<EntryResult> {
  return c.db.transaction(async (tx) => {
    const target = await entryTarget(tx, c, stationCode, year);
    const { before, after, ...result } = await body(tx, target);
    const { userId, username } = actorOf(c);
    if (result.replaced && before)
      await tx.insert(t.replacedValues).values({
        entity: result.entity,
        entityId: (before as { id: number }).id,
        contractId: target.contract.id,
        before,
        replacedAt: new Date().toISOString(),
        userId,
      });
    await appendAudit(tx, {
      userId,
      username,
      action,
      entity: result.entity,
      entityId: String(result.id),
      districtId: target.station.districtId,
      stationId: target.station.id,
      before: before ?? null,
      after,
      ip: c.ip,
    });
    await figuresChanged(tx, { stationIds: [target.station.id] });
    return { entity: result.entity, id: result.id, replaced: result.replaced };
  });
}

export interface ProgressInput {
  stationCode: string;
  year: number;
  indicatorCode: string;
  areaCode?: string | null;
  month: string;
  value: number;
  note?: string | null;
  replace?: boolean | null;
}

export async function recordProgress(c: EntryContext, input: ProgressInput): Promise<EntryResult> {
  return write(c, input.stationCode, input.year, 'progress.record', async (tx, { station, contract }) => {
    const indicator = await indicatorId(tx, input.indicatorCode);
    const area = await areaId(tx, station, input.areaCode);
    const period = monthOfContract(contract, input.month, c.today);
    await periodGuard(tx, station, contract, [input.month]);
    const p = t.progressEntries;
    const stored = (
      await tx
        .select()
        .from(p)
        .where(
          and(
            eq(p.contractId, contract.id),
            eq(p.indicatorId, indicator),
            area == null ? isNull(p.areaId) : eq(p.areaId, area),
          ),
        )
    ).filter((e) => e.periodStart <= period.end && period.start <= e.periodEnd);
    if (area == null) {
      // A station total where the figures are stored by area would replace their sum.
      const byArea = (
        await tx
          .select({ id: p.id })
          .from(p)
          .where(
            and(eq(p.contractId, contract.id), eq(p.indicatorId, indicator), sql`${p.areaId} is not null`),
          )
      )[0];
      const totals = (
        await tx
          .select({ id: p.id })
          .from(p)
          .where(and(eq(p.contractId, contract.id), eq(p.indicatorId, indicator), isNull(p.areaId)))
      )[0];
      if (byArea && !totals) throw appError('entry/total_with_areas', { field: 'input.areaCode' });
    }
    const total = stored.find((e) => e.periodStart !== period.start || e.periodEnd !== period.end);
    if (total)
      throw appError('entry/overlapping_period', {
        value: input.month,
        start: total.periodStart,
        end: total.periodEnd,
      });
    const old = stored[0];
    if (old && !input.replace)
      throw appError('entry/duplicate', { value: input.month, field: 'input.month' });
    if (old) await tx.delete(p).where(eq(p.id, old.id));
    const row = (
      await tx
        .insert(p)
        .values({
          contractId: contract.id,
          indicatorId: indicator,
          areaId: area,
          periodStart: period.start,
          periodEnd: period.end,
          value: input.value,
          source: 'manual',
          note: input.note ?? null,
        })
        .returning()
    )[0]!;
    return { entity: 'progress_entry', id: row.id, replaced: old != null, before: old ?? null, after: row };
  });
}

export interface TargetInput {
  stationCode: string;
  year: number;
  indicatorCode: string;
  areaCode?: string | null;
  value: number;
}

export async function setTarget(c: EntryContext, input: TargetInput): Promise<EntryResult> {
  return write(c, input.stationCode, input.year, 'target.set', async (tx, { station, contract }) => {
    if (!authorize(c.viewer, 'targets:write', station)) throw appError('auth/targets');
    const indicator = await indicatorId(tx, input.indicatorCode);
    const area = await areaId(tx, station, input.areaCode);
    const old = (
      await tx
        .select()
        .from(t.targets)
        .where(
          and(
            eq(t.targets.contractId, contract.id),
            eq(t.targets.indicatorId, indicator),
            area == null ? isNull(t.targets.areaId) : eq(t.targets.areaId, area),
          ),
        )
    )[0];
    if (old) {
      const after = (
        await tx.update(t.targets).set({ value: input.value }).where(eq(t.targets.id, old.id)).returning()
      )[0]!;
      return { entity: 'target', id: old.id, replaced: old.value !== input.value, before: old, after };
    }
    const after = (
      await tx
        .insert(t.targets)
        .values({ contractId: contract.id, indicatorId: indicator, areaId: area, value: input.value })
        .returning()
    )[0]!;
    return { entity: 'target', id: after.id, replaced: false, before: null, after };
  });
}

export interface ResourceLinkInput {
  stationCode: string;
  year: number;
  date: string;
  areaCode?: string | null;
  sourceType: (typeof t.resourceLinks.$inferSelect)['sourceType'];
  kind: (typeof t.resourceLinks.$inferSelect)['kind'];
  valueYuan: number;
  description?: string | null;
}

export async function addResourceLink(c: EntryContext, input: ResourceLinkInput): Promise<EntryResult> {
  return write(c, input.stationCode, input.year, 'resource.add', async (tx, { station, contract }) => {
    if (input.date < contract.start || input.date > contract.end)
      throw appError('entry/period_outside_contract', {
        field: 'input.date',
        value: input.date,
        start: contract.start,
        end: contract.end,
      });
    if (input.date > c.today)
      throw appError('entry/future_period', { field: 'input.date', value: input.date, today: c.today });
    await periodGuard(tx, station, contract, [monthOf(input.date)]);
    const values = {
      contractId: contract.id,
      areaId: await areaId(tx, station, input.areaCode),
      date: input.date,
      sourceType: input.sourceType,
      kind: input.kind,
      valueYuan: input.valueYuan,
      description: input.description?.trim() || null,
    };
    const r = t.resourceLinks;
    const same = (
      await tx
        .select()
        .from(r)
        .where(
          and(
            eq(r.contractId, contract.id),
            eq(r.date, values.date),
            eq(r.sourceType, values.sourceType),
            eq(r.kind, values.kind),
            eq(r.valueYuan, values.valueYuan),
          ),
        )
    ).find((x) => x.areaId === values.areaId && x.description === values.description);
    if (same)
      throw appError('entry/duplicate_record', { value: `${input.date} ${input.valueYuan}`, field: 'input' });
    const after = (await tx.insert(r).values(values).returning())[0]!;
    return { entity: 'resource_link', id: after.id, replaced: false, before: null, after };
  });
}

export interface VolunteerMonthInput {
  stationCode: string;
  year: number;
  month: string;
  newVolunteers: number;
  backbone: number;
  serviceHours?: number | null;
  replace?: boolean | null;
}

export async function recordVolunteers(c: EntryContext, input: VolunteerMonthInput): Promise<EntryResult> {
  return write(c, input.stationCode, input.year, 'volunteers.record', async (tx, { station, contract }) => {
    monthOfContract(contract, input.month, c.today);
    await periodGuard(tx, station, contract, [input.month]);
    const v = t.volunteerRecords;
    const old = (
      await tx
        .select()
        .from(v)
        .where(and(eq(v.contractId, contract.id), eq(v.month, input.month)))
    )[0];
    if (old && !input.replace)
      throw appError('entry/duplicate', { value: input.month, field: 'input.month' });
    const values = {
      newVolunteers: input.newVolunteers,
      backbone: input.backbone,
      serviceHours: input.serviceHours ?? null,
    };
    const after = old
      ? (await tx.update(v).set(values).where(eq(v.id, old.id)).returning())[0]!
      : (
          await tx
            .insert(v)
            .values({ contractId: contract.id, month: input.month, ...values })
            .returning()
        )[0]!;
    return { entity: 'volunteer_record', id: after.id, replaced: old != null, before: old ?? null, after };
  });
}

export interface AttendanceInput {
  stationCode: string;
  year: number;
  month: string;
  staffName: string;
  inPost: boolean;
  insured: boolean;
  paid: boolean;
  replace?: boolean | null;
}

export async function recordAttendance(c: EntryContext, input: AttendanceInput): Promise<EntryResult> {
  return write(c, input.stationCode, input.year, 'attendance.record', async (tx, { station, contract }) => {
    monthOfContract(contract, input.month, c.today);
    await periodGuard(tx, station, contract, [input.month]);
    const person = (
      await tx
        .select()
        .from(t.staff)
        .where(and(eq(t.staff.stationId, station.id), eq(t.staff.name, input.staffName.trim())))
    )[0];
    if (!person) throw appError('entry/unknown_staff', { value: input.staffName, field: 'input.staffName' });
    const a = t.attendance;
    const old = (
      await tx
        .select()
        .from(a)
        .where(and(eq(a.staffId, person.id), eq(a.month, input.month)))
    )[0];
    if (old && !input.replace)
      throw appError('entry/duplicate', { value: input.month, field: 'input.month' });
    const values = { inPost: input.inPost, insured: input.insured, paid: input.paid };
    const after = old
      ? (await tx.update(a).set(values).where(eq(a.id, old.id)).returning())[0]!
      : (
          await tx
            .insert(a)
            .values({ staffId: person.id, contractId: contract.id, month: input.month, ...values })
            .returning()
        )[0]!;
    return { entity: 'attendance', id: after.id, replaced: old != null, before: old ?? null, after };
  });
}

export interface StationInput {
  districtCode: string;
  code: string;
  nameZh: string;
  nameEn: string;
  streetZh: string;
  operator?: string | null;
  purchaser?: string | null;
  address?: string | null;
}

/** A new station of a district: the district's bureau only; its areas and contract come with its first import. */
export async function addStation(c: EntryContext, input: StationInput): Promise<t.StationRow> {
  return c.db.transaction(async (tx) => {
    const [district] = await tx.select().from(t.districts).where(eq(t.districts.code, input.districtCode));
    if (!district)
      throw appError('entry/unknown_district', { value: input.districtCode, field: 'input.districtCode' });
    if (!authorize(c.viewer, 'station:create', { id: -1, districtId: district.id })) {
      // A district the viewer does not see is "unknown", as for stations.
      if (c.viewer.kind === 'user' && c.viewer.role === 'BUREAU')
        throw appError('entry/unknown_district', {
          value: input.districtCode,
          field: 'input.districtCode',
        });
      throw appError('auth/forbidden');
    }
    const taken = (
      await tx.select({ id: t.stations.id }).from(t.stations).where(eq(t.stations.code, input.code))
    )[0];
    if (taken) throw appError('entry/station_exists', { value: input.code, field: 'input.code' });
    const after = (
      await tx
        .insert(t.stations)
        .values({
          code: input.code,
          districtId: district.id,
          nameZh: input.nameZh.trim(),
          nameEn: input.nameEn.trim(),
          streetZh: input.streetZh.trim(),
          operator: input.operator?.trim() || null,
          purchaser: input.purchaser?.trim() || null,
          address: input.address?.trim() || null,
        })
        .returning()
    )[0]!;
    await appendAudit(tx, {
      ...actorOf(c),
      action: 'station.add',
      entity: 'station',
      entityId: String(after.id),
      districtId: district.id,
      stationId: after.id,
      after,
      ip: c.ip,
    });
    await answersChanged(tx, { districtIds: [district.id] });
    return after;
  });
}
