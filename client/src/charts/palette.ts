/** Colours with at least 4.5:1 contrast on white, for bars and lines with text beside them. */
export const seriesColors = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#4d7c0f'];
export const targetLineColor = '#b91c1c';
export const paceLineColor = '#374151';
export const demoColor = '#6b7280';
