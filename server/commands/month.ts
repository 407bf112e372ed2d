/**
 * `saveMonth`: a station's month grid saved at once — every cell, the roster's attendance and the
 * volunteers — in one transaction with one audit entry. A cell that cannot be stored refuses the
 * whole month and names itself (`input.cells.3.value`). Unchanged figures are left alone; a changed
 * one is replaced and the old kept in `replaced_values`, as single entries do.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../db/schema.ts';
import { lastDayOfMonth } from '../domain/dates.ts';
import { appError } from '../errors.ts';
import { appendAudit } from '../services/audit.ts';
import { figuresChanged } from '../services/figures.ts';
import { monthFacts, NONE_NOTE } from '../services/months.ts';
import { actorOf, type CommandContext } from './context.ts';
import { periodGuard, stationMonth } from './periods.ts';

export interface MonthCellInput {
  indicatorCode: string;
  areaCode?: string | null;
  value?: number | null;
  none?: boolean | null;
}

export interface MonthInput {
  stationCode: string;
  month: string;
  cells?: readonly MonthCellInput[] | null;
  attendance?: ReadonlyArray<{ staffName: string; inPost: boolean; insured: boolean; paid: boolean }> | null;
  volunteers?: { newVolunteers: number; backbone: number; serviceHours?: number | null } | null;
}

export interface MonthSavedModel {
  created: number;
  updated: number;
  unchanged: number;
  stationCode: string;
  contract: t.ContractRow;
  month: string;
}

type Change = { what: string; before: unknown; after: unknown };

export async function saveMonth(c: CommandContext, input: MonthInput): Promise<MonthSavedModel> {
  return c.db.transaction(async (tx) => {
    const { station, contract } = await stationMonth(tx, c, input.stationCode, input.month, 'figures:write');
    await periodGuard(tx, station, contract, [input.month]);
    const facts = await monthFacts(tx, station, contract, input.month);
    const result: MonthSavedModel = {
      created: 0,
      updated: 0,
      unchanged: 0,
      stationCode: station.code,
      contract,
      month: input.month,
    };
    const changes: Change[] = [];
    const { userId, username } = actorOf(c);
    const now = new Date().toISOString();
    const keep = async (entity: string, before: { id: number }) =>
      tx.insert(t.replacedValues).values({
        entity,
        entityId: before.id,
        contractId: contract.id,
        before,
        replacedAt: now,
        userId,
      });

    const seen = new Set<string>();
    const cells = (input.cells ?? []).map((cell, i) => {
      const field = `input.cells.${i}`;
      const areaCode = cell.areaCode ?? null;
      const what = `${cell.indicatorCode}${areaCode ? ` · ${areaCode}` : ''}`;
      const found = facts.cells.find(
        (f) => f.indicator.code === cell.indicatorCode && (f.area?.code ?? null) === areaCode,
      );
      // Every cell names one the grid has, once, whether or not it carries a figure.
      if (!found) throw appError('entry/not_in_grid', { field: `${field}.indicatorCode`, value: what });
      if (seen.has(what)) throw appError('entry/repeated_cell', { field: `${field}.value`, value: what });
      seen.add(what);
      return { cell, field, areaCode, found };
    });
    for (const { cell, field, areaCode, found } of cells) {
      const value = cell.none ? 0 : cell.value;
      if (value == null) continue;
      if (found.coveredByTotal)
        throw appError('entry/overlapping_period', {
          field: `${field}.value`,
          value: input.month,
          start: contract.start,
          end: contract.end,
        });
      const note = cell.none ? NONE_NOTE : null;
      const old = found.entry;
      if (old && old.value === value && (old.note === NONE_NOTE) === (note === NONE_NOTE)) {
        result.unchanged++;
        continue;
      }
      const values = {
        contractId: contract.id,
        indicatorId: found.indicator.id,
        areaId: found.area?.id ?? null,
        periodStart: `${input.month}-01`,
        periodEnd: lastDayOfMonth(input.month),
        value,
        source: 'manual' as const,
        note,
      };
      if (old) {
        await keep('progress_entry', old);
        await tx.update(t.progressEntries).set(values).where(eq(t.progressEntries.id, old.id));
        result.updated++;
      } else {
        await tx.insert(t.progressEntries).values(values);
        result.created++;
      }
      changes.push({
        what: `${cell.indicatorCode}${areaCode ? `/${areaCode}` : ''}`,
        before: old?.value ?? null,
        after: cell.none ? NONE_NOTE : value,
      });
    }

    const people = new Set<number>();
    for (const [i, row] of (input.attendance ?? []).entries()) {
      const person = facts.roster.find((p) => p.person.name === row.staffName.trim())?.person;
      if (!person)
        throw appError('entry/unknown_staff', {
          field: `input.attendance.${i}.staffName`,
          value: row.staffName,
        });
      if (people.has(person.id))
        throw appError('entry/repeated_cell', {
          field: `input.attendance.${i}.staffName`,
          value: row.staffName,
        });
      people.add(person.id);
      const old = facts.roster.find((p) => p.person.id === person.id)?.attendance ?? null;
      const values = { inPost: row.inPost, insured: row.insured, paid: row.paid };
      if (old && old.inPost === row.inPost && old.insured === row.insured && old.paid === row.paid) {
        result.unchanged++;
        continue;
      }
      if (old) {
        await keep('attendance', old);
        await tx.update(t.attendance).set(values).where(eq(t.attendance.id, old.id));
        result.updated++;
      } else {
        await tx
          .insert(t.attendance)
          .values({ staffId: person.id, contractId: contract.id, month: input.month, ...values });
        result.created++;
      }
      changes.push({
        what: `attendance/${person.id}`,
        before: old && { ...old, id: undefined },
        after: values,
      });
    }

    if (input.volunteers) {
      const v = input.volunteers;
      const values = {
        newVolunteers: v.newVolunteers,
        backbone: v.backbone,
        serviceHours: v.serviceHours ?? null,
      };
      const old = facts.volunteers;
      if (
        old &&
        old.newVolunteers === values.newVolunteers &&
        old.backbone === values.backbone &&
        old.serviceHours === values.serviceHours
      ) {
        result.unchanged++;
      } else {
        if (old) {
          await keep('volunteer_record', old);
          await tx
            .update(t.volunteerRecords)
            .set(values)
            .where(and(eq(t.volunteerRecords.id, old.id)));
          result.updated++;
        } else {
          await tx
            .insert(t.volunteerRecords)
            .values({ contractId: contract.id, month: input.month, ...values });
          result.created++;
        }
        changes.push({ what: 'volunteers', before: old, after: values });
      }
    }

    if (changes.length === 0) return result;
    await appendAudit(tx, {
      at: now,
      userId,
      username,
      action: 'month.save',
      entity: 'contract_month',
      entityId: `${contract.id}:${input.month}`,
      districtId: station.districtId,
      stationId: station.id,
      before: Object.fromEntries(changes.map((x) => [x.what, x.before])),
      after: Object.fromEntries(changes.map((x) => [x.what, x.after])),
      ip: c.ip,
    });
    await figuresChanged(tx, { stationIds: [station.id] });
    return result;
  });
}
