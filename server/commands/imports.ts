/**
 * Writing an import plan into a station-year, in one transaction: the role check first, then
 * the contract and areas a first import creates, targets and actuals (a value equal to the one
 * stored is left alone; a different one replaces it and the old row is kept in
 * `replaced_values`), staff and attendance, the file's record and one audit entry. Any failure
 * rolls everything back.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '../auth/authorize.ts';
import type { Viewer } from '../auth/viewer.ts';
import { bulkInsert } from '../db/bulk.ts';
import type { Db } from '../db/client.ts';
import { stationLock } from '../db/dialect.ts';
import { monthsOfPeriod, periodGuard } from './periods.ts';
import { contractMonths } from '../domain/dates.ts';
import { onRoster } from '../domain/periods.ts';
import * as t from '../db/schema.ts';
import { pseudonym } from '../domain/pseudonym.ts';
import { groupRows } from '../lib/group.ts';
import { annexRemark } from '../domain/staffing.ts';
import { appError } from '../errors.ts';
import type { ParsedFile } from '../import/index.ts';
import type { ImportContext, ImportedStaff, ImportedValue } from '../import/plan.ts';
import { appendAudit } from '../services/audit.ts';
import { figuresChanged } from '../services/figures.ts';
import { stationInScope, type Scope } from '../services/scope.ts';

/** The station-year a file goes into; no contract yet on a first import. */
export interface ImportTarget {
  station: t.StationRow;
  year: number;
  contract: t.ContractRow | null;
}

export async function importTarget(
  db: Db,
  scope: Scope,
  stationCode: string,
  year: number,
): Promise<ImportTarget> {
  const [station] = await db
    .select()
    .from(t.stations)
    .where(and(eq(t.stations.code, stationCode), stationInScope(t.stations.id, scope)));
  if (!station) throw appError('import/unknown_station', { value: stationCode });
  const contract = (
    await db
      .select()
      .from(t.contracts)
      .where(and(eq(t.contracts.stationId, station.id), eq(t.contracts.serviceYear, year)))
  )[0];
  return { station, year, contract: contract ?? null };
}

/** What mapping a file needs: the catalogue, the station's areas in order, the contract's dates. */
export async function importContext(
  db: Db,
  target: ImportTarget,
  dates: { start: string; end: string } | null = null,
  today?: string,
): Promise<ImportContext> {
  const indicators = await db.select().from(t.indicatorDefinitions).orderBy(t.indicatorDefinitions.sortOrder);
  const areas = await db
    .select()
    .from(t.serviceAreas)
    .where(eq(t.serviceAreas.stationId, target.station.id))
    .orderBy(t.serviceAreas.code);
  const contract = target.contract ? { start: target.contract.start, end: target.contract.end } : dates;
  let storedPeriods: ImportContext['storedPeriods'] = new Map();
  if (target.contract) {
    const p = t.progressEntries;
    const rows = await db
      .selectDistinct({
        indicator: t.indicatorDefinitions.code,
        area: t.serviceAreas.code,
        start: p.periodStart,
        end: p.periodEnd,
      })
      .from(p)
      .innerJoin(t.indicatorDefinitions, eq(t.indicatorDefinitions.id, p.indicatorId))
      .leftJoin(t.serviceAreas, eq(t.serviceAreas.id, p.areaId))
      .where(eq(p.contractId, target.contract.id));
    storedPeriods = groupRows(rows, (r) => `${r.indicator}|${r.area}`);
  }
  const otherStreets = (await db.select({ street: t.stations.streetZh }).from(t.stations))
    .map((s) => s.street)
    .filter((s) => s !== target.station.streetZh);
  return {
    indicators,
    areas,
    contract,
    storedPeriods,
    year: target.year,
    street: target.station.streetZh,
    otherStreets,
    ...(today ? { today } : {}),
  };
}

export interface ApplyOptions {
  viewer: Viewer;
  ip?: string | null;
  /** The user confirmed creating the contract a first import needs. */
  createContract?: boolean;
  /** The contract's dates when the file does not state them. */
  contractDates?: { start: string; end: string } | null;
  /** Contracted positions of a new contract (else the social workers the file counts). */
  positions?: number | null;
  /** Keep staff names as printed (bureau only); else they are pseudonymised. */
  keepNames?: boolean;
  /** Who, in the audit trail, when the viewer is the system (the command line). */
  actor?: string;
  /** Called as values are written (values and staff done so far). */
  onProgress?: (done: number) => void;
}

export interface ImportSummary {
  /** Values (targets, actuals, attendance months) stored that were not there. */
  created: number;
  /** Values that replaced a different one (the old one kept in `replaced_values`). */
  updated: number;
  /** Values equal to the stored ones. */
  unchanged: number;
  contractCreated: boolean;
  areasCreated: number;
  staffCreated: number;
  /** The file's record; null when nothing changed. */
  importFileId: number | null;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Writes a parsed file that has no error; throws (nothing written) otherwise. */
export async function applyImport(
  db: Db,
  target: ImportTarget,
  parsed: ParsedFile,
  options: ApplyOptions,
): Promise<ImportSummary> {
  const { station } = target;
  if (!authorize(options.viewer, 'figures:write', station)) throw appError('auth/forbidden');
  if (options.keepNames && !authorize(options.viewer, 'staff:keep_names', station))
    throw appError('auth/forbidden');
  if (!parsed.ok) throw appError('import/rejected', { count: String(parsed.plan.problems.length) });
  const userId = options.viewer.kind === 'user' ? options.viewer.id : null;
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    // A concurrent import or entry of this station goes first; what it wrote is read below (the
    // contract a first import creates, the areas, the stored figures the values are compared with).
    await stationLock(tx, station.id);
    const current = (
      await tx
        .select()
        .from(t.contracts)
        .where(and(eq(t.contracts.stationId, station.id), eq(t.contracts.serviceYear, target.year)))
    )[0];
    const contract = current ?? (await createContract(tx, target, parsed, options));
    // A file's figures and attendance may not reach into a month under review or locked.
    await periodGuard(tx, station, contract, [
      ...parsed.plan.values
        .filter((v) => v.actual != null)
        .flatMap((v) => monthsOfPeriod(contract, v.period)),
      ...parsed.plan.staff.flatMap((s) => s.months.map((m) => m.month)),
      // A person added or changed is on the roster of every month of their contract: those months' sheets change.
      ...parsed.plan.staff.flatMap((s) =>
        contractMonths(contract.start, contract.end).filter((m) =>
          onRoster({ contractStart: s.contractStart, leftOn: s.leftOn }, m),
        ),
      ),
    ]);
    const known = new Set(
      (
        await tx
          .select({ code: t.serviceAreas.code })
          .from(t.serviceAreas)
          .where(eq(t.serviceAreas.stationId, station.id))
      ).map((a) => a.code),
    );
    const summary: ImportSummary = {
      created: 0,
      updated: 0,
      unchanged: 0,
      contractCreated: current == null,
      areasCreated: parsed.plan.newAreas.filter((a) => !known.has(a.code)).length,
      staffCreated: 0,
      importFileId: null,
    };
    for (const a of parsed.plan.newAreas.filter((n) => !known.has(n.code)))
      await tx.insert(t.serviceAreas).values({ stationId: station.id, ...a });
    const fileId = (
      await tx
        .insert(t.importFiles)
        .values({
          contractId: contract.id,
          fileName: parsed.fileName,
          sha256: parsed.sha256,
          layout: parsed.plan.layout,
          rowsRead: parsed.plan.rowsRead,
          changed: 0,
          userId,
          importedAt: now,
        })
        .returning({ id: t.importFiles.id })
    )[0]!.id;
    const history = { contractId: contract.id, replacedAt: now, importFileId: fileId, userId };
    const progress = options.onProgress ?? (() => undefined);
    const writer = {
      viewer: options.viewer,
      db,
      tx,
      contract,
      station,
      fileName: parsed.fileName,
      history,
      summary,
      progress,
    };
    await writeValues(writer, parsed.plan.values);
    await writeStaff(writer, parsed.plan.staff, options.keepNames === true);
    const changed = summary.created + summary.updated + (summary.contractCreated ? 1 : 0);
    if (changed === 0) {
      // The same file again: nothing to record but the attempt.
      await tx.delete(t.importFiles).where(eq(t.importFiles.id, fileId));
    } else {
      await tx.update(t.importFiles).set({ changed }).where(eq(t.importFiles.id, fileId));
      summary.importFileId = fileId;
      await figuresChanged(tx, { stationIds: [station.id] });
    }
    await appendAudit(tx, {
      userId,
      username: options.viewer.kind === 'user' ? options.viewer.username : (options.actor ?? 'system'),
      action: changed === 0 ? 'import.unchanged' : 'import',
      entity: 'import_file',
      entityId: summary.importFileId == null ? null : String(summary.importFileId),
      districtId: station.districtId,
      stationId: station.id,
      after: {
        layout: parsed.plan.layout,
        year: target.year,
        sha256: parsed.sha256,
        ...summary,
        // The printed figures the user replaced by the data-quality suggestions it took.
        suggestionsTaken: parsed.plan.values.flatMap((v) =>
          v.printedValue == null
            ? []
            : [{ indicator: v.indicator, area: v.area, printed: v.printedValue, actual: v.actual }],
        ),
      },
      sourceFile: parsed.fileName,
      ip: options.ip ?? null,
    });
    return summary;
  });
}

async function createContract(
  tx: Tx,
  target: ImportTarget,
  parsed: ParsedFile,
  options: ApplyOptions,
): Promise<t.ContractRow> {
  const dates = options.contractDates ?? parsed.plan.statedPeriod;
  if (!options.createContract || !dates) throw appError('import/no_contract', { value: String(target.year) });
  const positions = options.positions ?? parsed.plan.socialWorkers ?? (parsed.plan.staff.length || null);
  if (!positions || positions <= 0) throw appError('import/no_positions');
  return (
    await tx
      .insert(t.contracts)
      .values({
        stationId: target.station.id,
        serviceYear: target.year,
        start: dates.start,
        end: dates.end,
        contractedPositions: positions,
      })
      .returning()
  )[0]!;
}

interface Writer {
  /** The connection (for bulk inserts, which join the transaction `tx` runs on it). */
  db: Db;
  tx: Tx;
  contract: t.ContractRow;
  station: t.StationRow;
  fileName: string;
  history: Omit<typeof t.replacedValues.$inferInsert, 'entity' | 'entityId' | 'before'>;
  summary: ImportSummary;
  progress: (done: number) => void;
  viewer: Viewer;
}

const sameRate = (a: number | null, b: number | null) =>
  a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;

async function writeValues(w: Writer, values: readonly ImportedValue[]) {
  const { tx, contract } = w;
  const indicatorIds = new Map(
    (
      await tx
        .select({ id: t.indicatorDefinitions.id, code: t.indicatorDefinitions.code })
        .from(t.indicatorDefinitions)
    ).map((i) => [i.code, i.id]),
  );
  const areaIds = new Map(
    (
      await tx
        .select({ id: t.serviceAreas.id, code: t.serviceAreas.code })
        .from(t.serviceAreas)
        .where(eq(t.serviceAreas.stationId, w.station.id))
    ).map((a) => [a.code, a.id]),
  );
  const targets = new Map(
    (await tx.select().from(t.targets).where(eq(t.targets.contractId, contract.id))).map((r) => [
      `${r.indicatorId}|${r.areaId}`,
      r,
    ]),
  );
  const entries = groupRows(
    await tx.select().from(t.progressEntries).where(eq(t.progressEntries.contractId, contract.id)),
    (e) => `${e.indicatorId}|${e.areaId}|${e.periodStart}|${e.periodEnd}`,
  );
  const newTargets: Array<typeof t.targets.$inferInsert> = [];
  const newEntries: Array<typeof t.progressEntries.$inferInsert> = [];
  const replaced: Array<typeof t.replacedValues.$inferInsert> = [];
  /** Entries the file replaces, deleted together before the new ones are written. */
  const stale: number[] = [];
  for (const [i, v] of values.entries()) {
    if (i % 1000 === 0) w.progress(i);
    const indicatorId = indicatorIds.get(v.indicator);
    if (indicatorId === undefined) throw new Error(`indicator ${v.indicator} vanished during the import`);
    const areaId = v.area == null ? null : (areaIds.get(v.area) ?? null);
    if (v.target != null) {
      const old = targets.get(`${indicatorId}|${areaId}`);
      if (!old) {
        newTargets.push({
          contractId: contract.id,
          indicatorId,
          areaId,
          value: v.target,
          sourceFile: w.fileName,
          sourceRow: v.row,
        });
        w.summary.created += 1;
      } else if (old.value !== v.target) {
        // Targets are contract terms: a station's file may state them, not change them.
        if (!authorize(w.viewer, 'targets:write', w.station)) throw appError('auth/targets');
        replaced.push({ ...w.history, entity: 'target', entityId: old.id, before: old });
        await tx
          .update(t.targets)
          .set({ value: v.target, sourceFile: w.fileName, sourceRow: v.row })
          .where(eq(t.targets.id, old.id));
        w.summary.updated += 1;
      } else w.summary.unchanged += 1;
    }
    if (v.actual == null) continue;
    const period = v.period ?? { start: contract.start, end: contract.end };
    const old = entries.get(`${indicatorId}|${areaId}|${period.start}|${period.end}`) ?? [];
    const same =
      old.length === 1 &&
      old[0]?.value === v.actual &&
      sameRate(old[0].statedRate, v.statedRate ?? null) &&
      // A file that does not say how the figure was printed leaves the stored print alone.
      (v.printedValue == null || old[0].printedValue === v.printedValue);
    if (same) {
      w.summary.unchanged += 1;
      continue;
    }
    for (const o of old) {
      replaced.push({ ...w.history, entity: 'progress_entry', entityId: o.id, before: o });
      stale.push(o.id);
    }
    newEntries.push({
      contractId: contract.id,
      indicatorId,
      areaId,
      periodStart: period.start,
      periodEnd: period.end,
      value: v.actual,
      statedRate: v.statedRate,
      statedRateText: v.statedRateText,
      printedValue: v.printedValue ?? null,
      source: 'import',
      sourceFile: w.fileName,
      sourceRow: v.row,
    });
    if (old.length > 0) w.summary.updated += 1;
    else w.summary.created += 1;
  }
  // A changed file replaces up to every row: one statement per 5,000, not a round trip per row.
  for (let i = 0; i < stale.length; i += 5000)
    await tx.delete(t.progressEntries).where(inArray(t.progressEntries.id, stale.slice(i, i + 5000)));
  await bulkInsert(w.tx, t.replacedValues, replaced);
  await bulkInsert(w.tx, t.targets, newTargets);
  await bulkInsert(w.tx, t.progressEntries, newEntries);
  w.progress(values.length);
}

/** The installation's key for name hashes, made on first use. */
async function nameKeySecret(tx: Tx): Promise<string> {
  const row = (await tx.select().from(t.settings).where(eq(t.settings.key, 'staff_name_key')))[0];
  if (row) return row.value;
  const value = randomBytes(32).toString('hex');
  await tx.insert(t.settings).values({ key: 'staff_name_key', value });
  return value;
}

async function writeStaff(w: Writer, people: readonly ImportedStaff[], keepNames: boolean) {
  if (people.length === 0) return;
  const { tx, station, contract } = w;
  const secret = await nameKeySecret(tx);
  const areaIds = new Map(
    (
      await tx
        .select({ id: t.serviceAreas.id, code: t.serviceAreas.code })
        .from(t.serviceAreas)
        .where(eq(t.serviceAreas.stationId, station.id))
    ).map((a) => [a.code, a.id]),
  );
  const existing = await tx.select().from(t.staff).where(eq(t.staff.stationId, station.id));
  const names = new Set(existing.map((s) => s.name));
  for (const [i, p] of people.entries()) {
    w.progress(i);
    const nameKey = createHmac('sha256', secret)
      .update(`${station.id}|${p.name.replace(/\s+/g, '')}`)
      .digest('hex');
    const fields = {
      position: p.position,
      areaId: p.area == null ? null : (areaIds.get(p.area) ?? null),
      certification: p.certification,
      practiceStart: p.practiceStart,
      contractStart: p.contractStart,
      contractEnd: p.contractEnd,
      leftOn: p.leftOn,
      leavingReason: p.leavingReason,
      insuranceExemption: p.insuranceExemption,
      note: p.note,
    };
    // Staff entered before (without a key) are found by the name stored: a re-imported export.
    let person =
      existing.find((s) => s.nameKey === nameKey) ??
      existing.find((s) => s.nameKey == null && s.name === p.name.trim());
    if (person && person.nameKey == null) {
      await tx.update(t.staff).set({ nameKey }).where(eq(t.staff.id, person.id));
      person = { ...person, nameKey };
    }
    if (!person) {
      const name = keepNames ? p.name : uniquePseudonym(nameKey, names);
      names.add(name);
      person = (
        await tx
          .insert(t.staff)
          .values({ stationId: station.id, name, nameKey, ...fields })
          .returning()
      )[0]!;
      w.summary.staffCreated += 1;
    } else if (changedFields(person, { ...fields, areaId: fields.areaId ?? person.areaId })) {
      await tx
        .insert(t.replacedValues)
        .values({ ...w.history, entity: 'staff', entityId: person.id, before: person });
      // A position that names no area (社工) keeps the area the roster has.
      await tx
        .update(t.staff)
        .set({ ...fields, areaId: fields.areaId ?? person.areaId })
        .where(eq(t.staff.id, person.id));
      w.summary.updated += 1;
    }
    await writeAttendance(w, person.id, contract.id, p);
  }
}

async function writeAttendance(w: Writer, staffId: number, contractId: number, p: ImportedStaff) {
  const { tx } = w;
  const old = new Map(
    (await tx.select().from(t.attendance).where(eq(t.attendance.staffId, staffId))).map((a) => [a.month, a]),
  );
  const fresh: Array<typeof t.attendance.$inferInsert> = [];
  for (const m of p.months) {
    const before = old.get(m.month);
    if (!before && !m.inPost && !m.insured && !m.paid) continue; // —— in a month never recorded
    if (!before) {
      fresh.push({ staffId, contractId, ...m, sourceFile: w.fileName, sourceRow: p.row });
      w.summary.created += 1;
    } else if (before.inPost !== m.inPost || before.insured !== m.insured || before.paid !== m.paid) {
      await tx
        .insert(t.replacedValues)
        .values({ ...w.history, entity: 'attendance', entityId: before.id, before });
      await tx
        .update(t.attendance)
        .set({ inPost: m.inPost, insured: m.insured, paid: m.paid, sourceFile: w.fileName, sourceRow: p.row })
        .where(eq(t.attendance.id, before.id));
      w.summary.updated += 1;
    } else w.summary.unchanged += 1;
  }
  await bulkInsert(w.tx, t.attendance, fresh);
}

/** Whether a row differs from what the file says; a remark that only restates the fields is no change. */
function changedFields(person: t.StaffRow, fields: Partial<t.StaffRow>): boolean {
  return Object.entries(fields).some(([k, v]) => {
    const old = person[k as keyof t.StaffRow];
    if (k === 'note' && old == null) return v != null && v !== annexRemark({ ...person, ...fields });
    return old !== v;
  });
}

/** A made-up name chosen by the name's hash, different from the station's other names. */
function uniquePseudonym(nameKey: string, taken: ReadonlySet<string>): string {
  for (let salt = 0; ; salt++) {
    const bytes = createHmac('sha256', nameKey).update(String(salt)).digest();
    let i = 0;
    const name = pseudonym((list) => list[(bytes[i++] ?? 0) % list.length] as string);
    if (!taken.has(name)) return name;
  }
}
