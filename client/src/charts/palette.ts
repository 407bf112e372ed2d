/** Colours with at least 4.5:1 contrast on white, for bars and lines with text beside them. */
export const seriesColors = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#4d7c0f'];
export const targetLineColor = '#b91c1c';
export const paceLineColor = '#374151';
export const demoColor = '#6b7280';

/** One colour per status or band, matching the status tags in tables. */
export const statusColors: Record<string, string> = {
  MET: '#15803d',
  ON_TRACK: '#1d4ed8',
  BEHIND: '#b45309',
  CRITICAL: '#b91c1c',
  NO_TARGET: '#6b7280',
  /** A year total not yet due: known only at the year's end, so not judged. */
  PENDING: '#cbd5e1',
};

/** One colour per evaluation grade ('none' = not evaluated), in the status colours from good to bad. */
export const gradeColors: Record<string, string> = {
  EXCELLENT: statusColors.MET as string,
  GOOD: statusColors.ON_TRACK as string,
  PASS: statusColors.BEHIND as string,
  FAIL: statusColors.CRITICAL as string,
  none: statusColors.NO_TARGET as string,
};
