/**
 * The monthly reporting cycle (DESIGN "ReportingPeriod"): which step may follow which, which
 * states take new figures, and which cells a month must have before it is submitted. Pure.
 *
 *   OPEN ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──lock──▶ LOCKED ──unlock──▶ (the state before)
 *     ▲                 │  ▲                   │
 *     └── RETURNED ◀──return──────────────────┘        lock: from any state but LOCKED
 */
import type { PERIOD_STATES } from '../db/tables.ts';
import { addMonthsIso, lastDayOfMonth } from './dates.ts';
import type { Bilingual } from './labels.ts';

export type PeriodState = (typeof PERIOD_STATES)[number];
export type PeriodAction = 'submit' | 'approve' | 'return' | 'lock' | 'unlock';

const allowedFrom: Record<PeriodAction, readonly PeriodState[]> = {
  submit: ['OPEN', 'RETURNED'],
  approve: ['SUBMITTED'],
  // An approved month can still be sent back while it is not locked (the supervisor found an error).
  return: ['SUBMITTED', 'APPROVED'],
  lock: ['OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED'],
  unlock: ['LOCKED'],
};

export function canMove(state: PeriodState, action: PeriodAction): boolean {
  return allowedFrom[action].includes(state);
}

/** The state after `action` (`canMove` first); unlocking restores the state the month was locked in. */
export function nextState(action: PeriodAction, stateBeforeLock: PeriodState | null): PeriodState {
  switch (action) {
    case 'submit':
      return 'SUBMITTED';
    case 'approve':
      return 'APPROVED';
    case 'return':
      return 'RETURNED';
    case 'lock':
      return 'LOCKED';
    case 'unlock':
      return stateBeforeLock ?? 'OPEN';
  }
}

/**
 * Whether a month's figures may be written: while the station reports (`OPEN`, `RETURNED`). A
 * submitted or approved month waits for its review (`under_review`), a locked one for the bureau.
 */
export function writeRefusal(state: PeriodState): 'locked' | 'under_review' | null {
  if (state === 'LOCKED') return 'locked';
  if (state === 'SUBMITTED' || state === 'APPROVED') return 'under_review';
  return null;
}

/** States whose month counts as reported (the station has submitted it). */
export const SUBMITTED_STATES: readonly PeriodState[] = ['SUBMITTED', 'APPROVED', 'LOCKED'];

export const stateNames: Record<PeriodState, Bilingual> = {
  OPEN: { zh: '填报中', en: 'open' },
  SUBMITTED: { zh: '已提交待审核', en: 'submitted' },
  RETURNED: { zh: '已退回修改', en: 'returned' },
  APPROVED: { zh: '已审核通过', en: 'approved' },
  LOCKED: { zh: '已锁定', en: 'locked' },
};

export const actionNames: Record<PeriodAction, Bilingual> = {
  submit: { zh: '提交', en: 'submitted' },
  approve: { zh: '审核通过', en: 'approved' },
  return: { zh: '退回', en: 'returned' },
  lock: { zh: '锁定', en: 'locked' },
  unlock: { zh: '解锁', en: 'unlocked' },
};

/** A cell of the month grid: an indicator for an area, or for the station as a whole (`areaId` null). */
export interface GridCell {
  indicatorId: number;
  areaId: number | null;
}

/**
 * The cells a contract reports each month, from its targets: an indicator with targets per area
 * is reported per area (its station total is their sum); one with a station target only, for the
 * station. Indicators without a target are not asked for.
 */
export function gridCells(targets: readonly GridCell[]): GridCell[] {
  const byIndicator = new Map<number, Array<number | null>>();
  for (const t of targets) {
    const areas = byIndicator.get(t.indicatorId) ?? [];
    areas.push(t.areaId);
    byIndicator.set(t.indicatorId, areas);
  }
  return [...byIndicator.entries()].flatMap(([indicatorId, areas]): GridCell[] => {
    const perArea = areas.filter((a): a is number => a !== null).sort((a, b) => a - b);
    return perArea.length > 0
      ? perArea.map((areaId) => ({ indicatorId, areaId }))
      : [{ indicatorId, areaId: null }];
  });
}

/** `YYYY-MM` with a real month, in the years a contract can have (1990–2199). */
export const isMonth = (value: string): boolean => /^(199\d|2[01]\d\d)-(0[1-9]|1[0-2])$/.test(value);

/** The day by which a month is due (`deadlineDay` of the next month, the month's last day at most). */
export function deadlineOf(month: string, deadlineDay: number): string {
  const next = addMonthsIso(`${month}-01`, 1).slice(0, 7);
  const day = Math.min(Math.max(1, Math.trunc(deadlineDay)), Number(lastDayOfMonth(next).slice(8)));
  return `${next}-${String(day).padStart(2, '0')}`;
}

/** Whether a person is on a station's roster in a month: started by its end, not left before it began. */
export function onRoster(
  person: { contractStart: string | null; leftOn: string | null },
  month: string,
): boolean {
  return (
    (person.contractStart ?? '') <= lastDayOfMonth(month) &&
    (person.leftOn === null || person.leftOn >= `${month}-01`)
  );
}

/** How a month stands against its deadline. */
export type Timeliness = 'ON_TIME' | 'LATE' | 'MISSING' | 'RETURNED' | 'NOT_DUE';

/**
 * A month submitted by its deadline is `ON_TIME`, after it `LATE`; one not submitted is `NOT_DUE`
 * until its deadline has passed, then `MISSING` (or `RETURNED`, waiting for the station's correction).
 * A month locked without having been submitted counts as missing.
 */
export function timeliness(
  state: PeriodState,
  submittedOn: string | null,
  deadline: string,
  today: string,
): Timeliness {
  if (SUBMITTED_STATES.includes(state) && submittedOn !== null)
    return submittedOn <= deadline ? 'ON_TIME' : 'LATE';
  if (today <= deadline) return 'NOT_DUE';
  return state === 'RETURNED' ? 'RETURNED' : 'MISSING';
}

/**
 * Whether a month's records count as reported (staffing ratios): every month of a contract outside
 * the cycle (nothing of it ever submitted or locked: imported history) and every month before the
 * cycle began (`cycleFrom`); in the cycle, only a month submitted, approved or locked — a month
 * being filled in does not move the ratios until it is submitted.
 */
export function countsAsReported(
  month: string,
  cycleFrom: string | null,
  contractInCycle: boolean,
  state: PeriodState | undefined,
): boolean {
  if (!contractInCycle || (cycleFrom !== null && month < cycleFrom)) return true;
  return state !== undefined && SUBMITTED_STATES.includes(state);
}
