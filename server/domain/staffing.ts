/**
 * Staffing ratios as the evaluation report computes them: every denominator is the contracted
 * number of positions, not the headcount (Chigang 2023: 254/240, 16/20 = 80%, 17/20 = 85%).
 */
import { differenceInCalendarMonths, parseISO } from 'date-fns';
import { experiencedPracticeYears } from './config.ts';
import type { StaffRow } from '../db/schema.ts';

export interface StaffFacts {
  id: number;
  certification: 'intermediate' | 'assistant' | 'none';
  /** Null when no record says: such a person is not counted as experienced. */
  practiceStart: string | null;
}

export interface AttendanceFacts {
  staffId: number;
  month: string;
  inPost: boolean;
}

export interface StaffingRatios {
  contractedPositions: number;
  /** Months of the contract reported so far. */
  months: number;
  actualPersonMonths: number;
  expectedPersonMonths: number;
  /** actual ÷ expected person-months (fraction; 254/240 = 1.0583). */
  attendanceRate: number | null;
  /** Staff in post every reported month ÷ positions. */
  stabilityRate: number | null;
  continuouslyInPost: number;
  /** Staff in post in the last reported month. */
  headcount: number;
  /** Certified staff (intermediate or assistant) in post in the last month ÷ positions. */
  certifiedRatio: number | null;
  certified: number;
  /** Staff in post in the last month with ≥ 2 years' practice at its end ÷ positions. */
  experienceRatio: number | null;
  experienced: number;
}

/** Whole years of practice from `practiceStart` to `on`; null when the start is not known. */
export function practiceYears(practiceStart: string | null, on: string): number | null {
  if (practiceStart == null) return null;
  return Math.floor(differenceInCalendarMonths(parseISO(on), parseISO(practiceStart)) / 12);
}

/**
 * Staffing ratios over the given contract months. `asOf` is the date practice years are
 * measured on (the contract end for a finished year). Certification and experience are counted
 * over the staff in post in the last month, as the report's roster is.
 */
export function staffingRatios(
  contractedPositions: number,
  months: readonly string[],
  roster: readonly StaffFacts[],
  records: readonly AttendanceFacts[],
  asOf: string,
): StaffingRatios {
  const monthSet = new Set(months);
  const inPostMonths = new Map<number, Set<string>>();
  for (const r of records) {
    if (!r.inPost || !monthSet.has(r.month)) continue;
    const set = inPostMonths.get(r.staffId) ?? new Set<string>();
    set.add(r.month);
    inPostMonths.set(r.staffId, set);
  }
  const lastMonth = months.at(-1);
  const actualPersonMonths = [...inPostMonths.values()].reduce((n, s) => n + s.size, 0);
  const continuouslyInPost = [...inPostMonths.values()].filter(
    (s) => months.length > 0 && s.size === months.length,
  ).length;
  const current = roster.filter((s) => lastMonth !== undefined && inPostMonths.get(s.id)?.has(lastMonth));
  const certified = current.filter((s) => s.certification !== 'none').length;
  const experienced = current.filter(
    (s) => (practiceYears(s.practiceStart, asOf) ?? -1) >= experiencedPracticeYears,
  ).length;
  const expectedPersonMonths = contractedPositions * months.length;
  return {
    contractedPositions,
    months: months.length,
    actualPersonMonths,
    expectedPersonMonths,
    ...attendanceRates(contractedPositions, months.length, actualPersonMonths, continuouslyInPost),
    continuouslyInPost,
    headcount: current.length,
    certifiedRatio: ratio(certified, contractedPositions),
    certified,
    experienceRatio: ratio(experienced, contractedPositions),
    experienced,
  };
}

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

/**
 * The attendance rate (person-months in post ÷ positions × months reported) and the stability
 * rate (people in post every month reported ÷ positions), from their counts: `staffingRatios`
 * counts them from the records, a region's rollup has the database count them.
 */
export function attendanceRates(
  contractedPositions: number,
  months: number,
  actualPersonMonths: number,
  continuouslyInPost: number,
): Pick<StaffingRatios, 'attendanceRate' | 'stabilityRate'> {
  return {
    attendanceRate: ratio(actualPersonMonths, contractedPositions * months),
    stabilityRate: months > 0 ? ratio(continuouslyInPost, contractedPositions) : null,
  };
}

/** 2023-06-10 → 2023.6.10, as the attendance annex prints dates. */
export const dotted = (iso: string | null) =>
  iso == null ? '' : `${Number(iso.slice(0, 4))}.${Number(iso.slice(5, 7))}.${Number(iso.slice(8, 10))}`;

/** A person's leaving and exemption in the attendance annex's words (2023.6.10离职, 退休返聘). */
export function annexRemark(
  s: Pick<StaffRow, 'leftOn' | 'leavingReason' | 'insuranceExemption' | 'transferredTo'>,
): string | null {
  const when = dotted(s.leftOn);
  const words: Record<NonNullable<StaffRow['leavingReason']>, string> = {
    left: `${when}离职`,
    transferred_out: `${when} 调至${s.transferredTo ?? '其他社工站'}`,
    retired: `${when}退休`,
  };
  const leaving = s.leavingReason ? words[s.leavingReason] : null;
  const parts = [s.insuranceExemption === 'retired_reemployed' ? '退休返聘' : null, leaving];
  return parts.filter(Boolean).join('；') || null;
}
