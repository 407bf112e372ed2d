/**
 * What a data-quality finding is: its code, kind and severity, the numbers side by side (each
 * with where it comes from), and a message and suggestion in Chinese and English.
 */
import { grouped, percent } from '../format.ts';
import type { Bilingual } from '../labels.ts';

export type QualityCode =
  | 'quality/stated_rate_mismatch'
  | 'quality/area_sum_mismatch'
  | 'quality/area_target_corrected'
  | 'quality/completion_over_150'
  | 'quality/negative_value'
  | 'quality/missing_month'
  | 'quality/sources_disagree'
  | 'quality/ratio_denominator'
  | 'quality/period_mismatch'
  | 'quality/area_label_mismatch'
  | 'quality/staff_unknown_area'
  | 'quality/claim_contradicted'
  | 'quality/outside_table'
  | 'quality/sub_headers_swapped'
  | 'quality/count_headed_as_attendance'
  | 'quality/sub_header_mismatch'
  | 'quality/title_programme_mismatch'
  | 'quality/operator_mismatch'
  | 'quality/subtotal_mismatch'
  | 'quality/staff_unmarked';

export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** Most severe first. */
export const severityOrder: Record<Severity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

/**
 * INCONSISTENCY: numbers that should agree do not. OUTLIER: unusual, possibly right, worth a
 * look. MISSING: something expected is not there. INVALID: a value that cannot be right.
 */
export type QualityKind = 'INCONSISTENCY' | 'OUTLIER' | 'MISSING' | 'INVALID';

/** Where a number comes from: a part of a report, a system, the station's own reporting, or us. */
export type FigureSource =
  | 'indicator_table'
  | 'narrative'
  | 'attendance_annex'
  | 'volunteer_system'
  | 'evaluation_report'
  | 'import_file'
  | 'monthly_report'
  | 'contract'
  | 'staff_records'
  | 'computed';

export interface QualityFigure {
  /** A stable key (`actual`, `stated`, `area:C` …) for clients and tests. */
  key: string;
  label: Bilingual;
  /** The number as shown (grouped, percent with two decimals). */
  value: string;
  source: FigureSource;
}

export interface QualityFinding {
  code: QualityCode;
  kind: QualityKind;
  severity: Severity;
  figures: QualityFigure[];
  message: Bilingual;
  suggestion: Bilingual | null;
}

/** Beyond this difference (0.5 percentage point) a printed rate disagrees with its own figures. */
export const statedRateTolerance = 0.005;
/** Completion above this suggests the target was set too low. */
export const overAchievementLimit = 1.5;

const labels = {
  actual: { zh: '完成数', en: 'actual' },
  target: { zh: '目标', en: 'target' },
  computed: { zh: '计算完成率', en: 'computed rate' },
  stated: { zh: '报告完成率', en: 'printed rate' },
  statedRatio: { zh: '报告比例', en: 'printed ratio' },
  sum: { zh: '片区合计', en: 'sum of areas' },
  total: { zh: '全站合计', en: 'station total' },
  value: { zh: '数值', en: 'value' },
  period: { zh: '期间', en: 'period' },
  missing: { zh: '缺报月份', en: 'months missing' },
  reported: { zh: '已报月数', en: 'months reported' },
  corrected: { zh: '推定目标', en: 'likely target' },
  count: { zh: '人数', en: 'count' },
  staff: { zh: '在岗人数', en: 'staff in post' },
  positions: { zh: '协议岗位', en: 'contracted positions' },
  contract: { zh: '合同期', en: 'contract term' },
  documented: { zh: '数据统计时间', en: 'data period' },
  label: { zh: '片区标注', en: 'area label' },
  position: { zh: '岗位', en: 'position' },
  areas: { zh: '片区数', en: 'areas' },
  claim: { zh: '报告表述', en: 'statement' },
  status: { zh: '指标状态', en: 'indicator status' },
  titleProgramme: { zh: '标题所列项目', en: 'programme in the title' },
  programme: { zh: '合同项目', en: 'contracted programme' },
  printedOperator: { zh: '文件所列承接机构', en: 'operator as printed' },
  operator: { zh: '合同承接机构', en: 'contracted operator' },
  subtotalCount: { zh: '小计个数', en: 'subtotal figures' },
  months: { zh: '月数', en: 'months' },
  marked: { zh: '打√月数', en: 'months marked √' },
} as const satisfies Record<string, Bilingual>;

export type FigureKey = keyof typeof labels;

/** A figure under one of the standard labels. */
export function figure(key: FigureKey, value: string, source: FigureSource): QualityFigure {
  return { key, label: labels[key], value, source };
}

/** A figure of one area (`area:C`, 片区 C). */
export function areaFigure(code: string, value: string, source: FigureSource): QualityFigure {
  return { key: `area:${code}`, label: { zh: `片区 ${code}`, en: `area ${code}` }, value, source };
}

/** A figure under its own label (a source's name). */
export function namedFigure(
  key: string,
  label: Bilingual,
  value: string,
  source: FigureSource,
): QualityFigure {
  return { key, label, value, source };
}

/** Numbers as findings show them: grouped, to the cent when there are cents. */
export const num = (value: number) => grouped(value, 'zh');
export const pct = (rate: number) => percent(rate, 'zh');
