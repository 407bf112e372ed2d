/**
 * Thresholds and weights that policy may change. Every formula reads them from here, so a
 * district with other bands changes one object, not code scattered across the domain.
 */
export const statusThresholds = {
  /** Pace ratio at or above which an unfinished indicator is ON_TRACK. */
  onTrack: 0.9,
  /** Pace ratio at or above which it is BEHIND rather than CRITICAL. */
  behind: 0.7,
} as const;

/**
 * Bands for resources linked, on the pace ratio (= completion once the year is over):
 * below 60% critical, 60–90% behind, from 90% on track.
 */
export const resourceBands = { behind: 0.6, onTrack: 0.9 } as const;

export type Party = 'third_party' | 'street_office' | 'supervision_centre' | 'district_bureau';

/** Default weights of the parties' scores in an evaluation total (Guangzhou's scheme). */
export const defaultPartyWeights: Record<Party, number> = {
  third_party: 0.55,
  street_office: 0.2,
  supervision_centre: 0.15,
  district_bureau: 0.1,
};

export type Grade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';

/** Lowest total of each grade, best first: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. */
export const gradeBands: ReadonlyArray<{ grade: Grade; min: number }> = [
  { grade: 'EXCELLENT', min: 90 },
  { grade: 'GOOD', min: 80 },
  { grade: 'PASS', min: 60 },
  { grade: 'FAIL', min: 0 },
];

/** Years of practice that count a social worker as experienced. */
export const experiencedPracticeYears = 2;

/** A month's report is due by this day of the next month (submitted later: late). */
export const reportingDeadlineDay = 10;
