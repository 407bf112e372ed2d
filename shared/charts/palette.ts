/** Colours with at least 4.5:1 contrast on white, for bars and lines with text beside them. */
export const seriesColors = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#4d7c0f'];
export const targetLineColor = '#b91c1c';
export const paceLineColor = '#374151';
export const demoColor = '#6b7280';
/**
 * The real station's bars where colour does not mean status (stability …): a fuchsia no status
 * uses, so that Chigang never reads as 进度正常.
 */
export const realStationColor = '#a21caf';

/**
 * One colour per status or band, used by every chart (and in hue by the status tags). They stay
 * apart for colour-blind readers too: `tests/unit/palette.test.ts` simulates protanopia,
 * deuteranopia and tritanopia and checks every pair, and each has 3:1 contrast on white.
 */
export const statusColors: Record<string, string> = {
  MET: '#047857',
  ON_TRACK: '#1d4ed8',
  BEHIND: '#d97706',
  CRITICAL: '#7f1d1d',
  NO_TARGET: '#64748b',
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
