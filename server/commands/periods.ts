/**
 * The reporting cycle's steps (`domain/periods.ts`): a station submits a month, its supervisor
 * approves or returns it, the bureau locks and unlocks months. Each step runs in one transaction
 * under the station's lock, with its audit entry (before and after), and ends the cached answers
 * of the district. `periodGuard` is what every write of figures asks first: a month that is
 * submitted, approved or locked takes no new figures, whichever path they come by.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { authorize, type Action } from '../auth/authorize.ts';
import { stationLock } from '../db/dialect.ts';
import * as t from '../db/schema.ts';
import { contractMonths, contractMonthsThrough, lastDayOfMonth, monthOf } from '../domain/dates.ts';
import {
  actionNames,
  canMove,
  isMonth,
  nextState,
  stateNames,
  writeRefusal,
  type PeriodAction,
  type PeriodState,
} from '../domain/periods.ts';
import { appError } from '../errors.ts';
import { appendAudit } from '../services/audit.ts';
import { figuresChanged } from '../services/figures.ts';
import { monthFacts } from '../services/months.ts';
import { stationInScope } from '../services/scope.ts';
import { actorOf, stationToWrite, type CommandContext, type Tx } from './context.ts';

const stateParams = (state: PeriodState) => ({
  state,
  stateZh: stateNames[state].zh,
  stateEn: stateNames[state].en,
});

/** A station's stored periods of some months (a month without a row is OPEN). */
async function storedPeriods(tx: Tx, contractId: number, months: readonly string[]) {
  if (months.length === 0) return new Map<string, t.ReportingPeriodRow>();
  const rows = await tx
    .select()
    .from(t.reportingPeriods)
    .where(
      and(eq(t.reportingPeriods.contractId, contractId), inArray(t.reportingPeriods.month, [...months])),
    );
  return new Map(rows.map((r) => [r.month, r]));
}

/**
 * Refuses (nothing written) when one of `months` of the contract is submitted, approved
 * (`period/under_review`) or locked (`period/locked`), naming the station and the first such month.
 * Runs inside the writer's transaction, after the station's lock: a step of the cycle and a write
 * of figures cannot pass each other.
 */
export async function periodGuard(
  tx: Tx,
  station: t.StationRow,
  contract: t.ContractRow,
  months: Iterable<string>,
): Promise<void> {
  const wanted = [...new Set(months)].sort();
  for (const [month, row] of [...(await storedPeriods(tx, contract.id, wanted)).entries()].sort()) {
    const refusal = writeRefusal(row.state);
    if (refusal === 'locked')
      throw appError('period/locked', { station: station.nameZh, month, lockedAt: row.lockedAt ?? '' });
    if (refusal === 'under_review')
      throw appError('period/under_review', { station: station.nameZh, month, ...stateParams(row.state) });
  }
}

/** The months a stored period (a month, or a year total's whole term) covers within the contract. */
export function monthsOfPeriod(
  contract: t.ContractRow,
  period: { start: string; end: string } | null,
): string[] {
  const all = contractMonths(contract.start, contract.end);
  if (!period) return all;
  return all.filter((m) => m >= monthOf(period.start) && m <= monthOf(period.end));
}

interface StationYear {
  station: t.StationRow;
  contract: t.ContractRow;
}

/** The station (in scope, `action` allowed, locked for this transaction) and the contract that reports `month`. */
export async function stationMonth(
  tx: Tx,
  c: CommandContext,
  stationCode: string,
  month: string,
  action: Action,
): Promise<StationYear> {
  if (!isMonth(month)) throw appError('entry/bad_month', { field: 'month', value: month });
  const station = await stationToWrite(tx, c, stationCode, action);
  const contract = (await tx.select().from(t.contracts).where(eq(t.contracts.stationId, station.id))).find(
    (k) => contractMonths(k.start, k.end).includes(month),
  );
  if (!contract) throw appError('period/no_contract', { field: 'month', station: station.nameZh, month });
  if (month > monthOf(c.today))
    throw appError('entry/future_period', { field: 'month', value: month, today: c.today });
  return { station, contract };
}

const userIdOf = (c: CommandContext) => actorOf(c).userId;

const badTransition = (station: t.StationRow, month: string, state: PeriodState, action: PeriodAction) =>
  appError('period/bad_transition', {
    station: station.nameZh,
    month,
    ...stateParams(state),
    actionZh: actionNames[action].zh,
    actionEn: actionNames[action].en,
  });

/** Moves one month a step on: checks the step, writes the row, audits it. */
async function move(
  tx: Tx,
  c: CommandContext,
  { station, contract }: StationYear,
  month: string,
  action: PeriodAction,
  fields: (now: string) => Partial<t.ReportingPeriodRow>,
): Promise<t.ReportingPeriodRow> {
  const before = (await storedPeriods(tx, contract.id, [month])).get(month) ?? null;
  const state: PeriodState = before?.state ?? 'OPEN';
  if (!canMove(state, action)) throw badTransition(station, month, state, action);
  const now = new Date().toISOString();
  const values = { ...fields(now), state: nextState(action, before?.stateBeforeLock ?? null) };
  const after = before
    ? (
        await tx
          .update(t.reportingPeriods)
          .set(values)
          .where(eq(t.reportingPeriods.id, before.id))
          .returning()
      )[0]!
    : (
        await tx
          .insert(t.reportingPeriods)
          .values({ contractId: contract.id, month, ...values })
          .returning()
      )[0]!;
  await appendAudit(tx, {
    at: now,
    ...actorOf(c),
    action: `period.${action}`,
    entity: 'reporting_period',
    entityId: String(after.id),
    districtId: station.districtId,
    stationId: station.id,
    before: before ?? { month, state: 'OPEN' },
    after,
    ip: c.ip,
  });
  // A month submitted (or returned, unlocked) changes which months count as reported: the
  // contract's stored figures and the district's cached answers end.
  await figuresChanged(tx, { contractIds: [contract.id] });
  return after;
}

export interface SubmitInput {
  stationCode: string;
  month: string;
  /** Why the month's data-quality issues are not errors (required when it has any). */
  explanation?: string | null;
}

/**
 * The station submits a month: every cell the contract reports filled (0 or 无 where nothing was
 * done), everyone on the roster's attendance recorded, and the month's data-quality issues
 * corrected or explained.
 */
export async function submitPeriod(c: CommandContext, input: SubmitInput): Promise<t.ReportingPeriodRow> {
  return c.db.transaction(async (tx) => {
    const target = await stationMonth(tx, c, input.stationCode, input.month, 'period:submit');
    // A month that cannot be submitted says so before what it lacks.
    const state =
      (await storedPeriods(tx, target.contract.id, [input.month])).get(input.month)?.state ?? 'OPEN';
    if (!canMove(state, 'submit')) throw badTransition(target.station, input.month, state, 'submit');
    if (lastDayOfMonth(input.month) >= c.today)
      throw appError('period/not_ended', { field: 'month', month: input.month, today: c.today });
    const explanation = input.explanation?.trim() || null;
    const problems = await monthFacts(tx, target.station, target.contract, input.month);
    if (problems.missing.length > 0)
      throw appError('period/incomplete', {
        field: 'month',
        month: input.month,
        count: String(problems.missing.length),
        cells: problems.missing.slice(0, 5).join('、') + (problems.missing.length > 5 ? '…' : ''),
        missing: JSON.stringify(problems.missingCells),
      });
    if (problems.issues.length > 0 && !explanation)
      throw appError('period/unexplained', {
        field: 'explanation',
        month: input.month,
        count: String(problems.issues.length),
        issues: problems.issues
          .slice(0, 3)
          .map((i) => i.text)
          .join('；'),
      });
    return move(tx, c, target, input.month, 'submit', (now) => ({
      submittedAt: now,
      submittedBy: userIdOf(c),
      explanation,
    }));
  });
}

export interface CellComment {
  indicatorCode: string;
  areaCode?: string | null;
  comment: string;
}

export interface ReviewInput {
  stationCode: string;
  month: string;
  decision: 'APPROVE' | 'RETURN';
  comment?: string | null;
  cellComments?: readonly CellComment[] | null;
}

/** The supervisor approves a submitted month, or returns it with what needs correcting. */
export async function reviewPeriod(c: CommandContext, input: ReviewInput): Promise<t.ReportingPeriodRow> {
  return c.db.transaction(async (tx) => {
    const target = await stationMonth(tx, c, input.stationCode, input.month, 'period:review');
    const comment = input.comment?.trim() || null;
    const cellComments = (input.cellComments ?? [])
      .map((x) => ({
        indicatorCode: x.indicatorCode,
        areaCode: x.areaCode ?? null,
        comment: x.comment.trim(),
      }))
      .filter((x) => x.comment !== '');
    if (cellComments.length > 0) {
      // A comment names a cell the month's grid has.
      const grid = (await monthFacts(tx, target.station, target.contract, input.month)).cells;
      for (const [i, x] of cellComments.entries())
        if (!grid.some((g) => g.indicator.code === x.indicatorCode && (g.area?.code ?? null) === x.areaCode))
          throw appError('entry/not_in_grid', {
            field: `cellComments.${i}`,
            value: `${x.indicatorCode}${x.areaCode ? ` · ${x.areaCode}` : ''}`,
          });
    }
    const returning = input.decision === 'RETURN';
    if (returning && !comment && cellComments.length === 0)
      throw appError('period/comment_required', { field: 'comment', month: input.month });
    return move(tx, c, target, input.month, returning ? 'return' : 'approve', (now) => ({
      reviewedAt: now,
      reviewedBy: userIdOf(c),
      comment,
      cellComments: returning ? cellComments : [],
    }));
  });
}

export interface LockInput {
  stationCode?: string | null;
  districtCode?: string | null;
  from: string;
  to: string;
  /** Required to unlock. */
  reason?: string | null;
}

export interface LockedPeriod {
  station: t.StationRow;
  period: t.ReportingPeriodRow;
}

export interface LockResult {
  changed: number;
  unchanged: number;
  periods: LockedPeriod[];
}

/**
 * The bureau closes months (a month, a quarter: `from`…`to`) of one station or of every station
 * of its district, whatever their state; months already locked, not yet begun or outside a
 * contract are left as they are and counted as unchanged.
 */
export function lockPeriod(c: CommandContext, input: LockInput): Promise<LockResult> {
  return changeLocks(c, input, 'lock');
}

/** The bureau reopens locked months, with a reason kept in the audit trail; each returns to the state it was locked in. */
export function unlockPeriod(c: CommandContext, input: LockInput): Promise<LockResult> {
  return changeLocks(c, input, 'unlock');
}

async function changeLocks(
  c: CommandContext,
  input: LockInput,
  action: 'lock' | 'unlock',
): Promise<LockResult> {
  if (!isMonth(input.from) || !isMonth(input.to) || input.from > input.to)
    throw appError('period/bad_range', { field: 'from', from: input.from, to: input.to });
  const reason = input.reason?.trim() || null;
  if (action === 'unlock' && !reason)
    throw appError('period/reason_required', { field: 'reason', month: `${input.from}–${input.to}` });
  return c.db.transaction(async (tx) => {
    const result: LockResult = { changed: 0, unchanged: 0, periods: [] };
    // Who may lock first; then only the contracts' own months, whatever the range asked.
    for (const station of await stationsToLock(tx, c, input)) {
      await stationLock(tx, station.id);
      const contracts = await tx.select().from(t.contracts).where(eq(t.contracts.stationId, station.id));
      for (const contract of contracts) {
        const months = contractMonthsThrough(contract.start, contract.end, c.today).filter(
          (m) => m >= input.from && m <= input.to,
        );
        const stored = await storedPeriods(tx, contract.id, months);
        for (const month of months) {
          const state = stored.get(month)?.state ?? 'OPEN';
          if (!canMove(state, action)) {
            result.unchanged++;
            continue;
          }
          const period = await move(tx, c, { station, contract }, month, action, (now) =>
            action === 'lock'
              ? { lockedAt: now, lockedBy: userIdOf(c), stateBeforeLock: state }
              : { unlockReason: reason, lockedAt: null, lockedBy: null, stateBeforeLock: null },
          );
          result.changed++;
          result.periods.push({ station, period });
        }
      }
    }
    return result;
  });
}

/** One station, or every station of a district, that the viewer may lock. */
async function stationsToLock(tx: Tx, c: CommandContext, input: LockInput): Promise<t.StationRow[]> {
  if (input.stationCode) return [await stationToWrite(tx, c, input.stationCode, 'period:lock')];
  const district = input.districtCode
    ? (await tx.select().from(t.districts).where(eq(t.districts.code, input.districtCode)))[0]
    : undefined;
  const forbidden = !district || !authorize(c.viewer, 'period:lock', { id: -1, districtId: district.id });
  if (forbidden)
    throw appError('entry/unknown_district', { value: input.districtCode ?? '', field: 'districtCode' });
  return tx
    .select()
    .from(t.stations)
    .where(and(eq(t.stations.districtId, district.id), stationInScope(t.stations.id, c.scope)))
    .orderBy(t.stations.code);
}
