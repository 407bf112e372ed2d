/**
 * Data-quality rules (DESIGN.md): each a pure function from figures to findings, with its code,
 * severity, the numbers side by side, a message in Chinese and English and, where one can be
 * computed, a suggestion.
 */
import { grouped, percent, type Lang } from './format.ts';
import { round2 } from './progress.ts';

export type QualityCode =
  | 'quality/stated_rate_mismatch'
  | 'quality/area_sum_mismatch'
  | 'quality/completion_over_150'
  | 'quality/negative_value'
  | 'quality/missing_month'
  | 'quality/sources_disagree';

export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** Most severe first. */
export const severityOrder: Record<Severity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

export interface QualityFinding {
  code: QualityCode;
  severity: Severity;
  /** The numbers compared, side by side (label → value). */
  figures: Array<{ label: string; value: string }>;
  message: Record<Lang, string>;
  suggestion: Record<Lang, string> | null;
}

/** Beyond this difference (0.5 percentage point) a printed rate disagrees with its own figures. */
export const statedRateTolerance = 0.005;
/** Completion above this suggests the target was set too low. */
export const overAchievementLimit = 1.5;

/**
 * A printed rate that differs from actual ÷ target by more than 0.5 point. When the actual
 * divided by a power of ten matches the printed rate, that value is suggested as the figure
 * whose decimal point was lost (Chigang: 19458011 printed beside 38.92% → 194,580.11).
 */
export function statedRateMismatch(
  name: Record<Lang, string>,
  actual: number,
  target: number,
  statedRate: number,
  printed: string | null,
): QualityFinding | null {
  const shown = printed != null && Number.isFinite(Number(printed)) ? Number(printed) : actual;
  const computed = shown / target;
  if (Math.abs(computed - statedRate) <= statedRateTolerance) return null;
  const fix = [10, 100, 1000, 10000]
    .map((p) => shown / p)
    .find((v) => Math.abs(v / target - statedRate) <= statedRateTolerance);
  return {
    code: 'quality/stated_rate_mismatch',
    severity: 'ERROR',
    figures: [
      { label: 'actual', value: printed ?? String(actual) },
      { label: 'target', value: String(target) },
      { label: 'computed', value: percent(computed, 'zh') },
      { label: 'stated', value: percent(statedRate, 'zh') },
    ],
    message: {
      zh: `${name.zh}：报告所列完成率 ${percent(statedRate, 'zh')}，按 ${printed ?? actual} / ${target} 计算为 ${percent(computed, 'zh')}`,
      en: `${name.en}: printed rate ${percent(statedRate, 'en')}, but ${printed ?? actual} / ${target} is ${percent(computed, 'en')}`,
    },
    suggestion:
      fix === undefined
        ? null
        : {
            zh: `可能漏印小数点：实际应为 ${grouped(fix, 'zh')}（${percent(fix / target, 'zh')}）`,
            en: `Probably a lost decimal point: the actual is likely ${grouped(fix, 'en')} (${percent(fix / target, 'en')})`,
          },
  };
}

/** Area figures that do not add up to the station total printed beside them. */
export function areaSumMismatch(
  name: Record<Lang, string>,
  what: 'target' | 'actual',
  total: number,
  areas: ReadonlyArray<{ code: string; value: number }>,
): QualityFinding | null {
  const sum = round2(areas.reduce((s, a) => s + a.value, 0));
  if (areas.length === 0 || Math.abs(sum - total) < 0.005) return null;
  const parts = areas.map((a) => `${a.code} ${grouped(a.value, 'zh')}`).join(' + ');
  const label = { zh: what === 'target' ? '目标' : '完成数', en: what };
  return {
    code: 'quality/area_sum_mismatch',
    severity: 'WARNING',
    figures: [
      ...areas.map((a) => ({ label: `area ${a.code}`, value: grouped(a.value, 'zh') })),
      { label: 'sum', value: grouped(sum, 'zh') },
      { label: 'total', value: grouped(total, 'zh') },
    ],
    message: {
      zh: `${name.zh}：各片区${label.zh}合计 ${parts} = ${grouped(sum, 'zh')}，与全站合计 ${grouped(total, 'zh')} 不符`,
      en: `${name.en}: area ${label.en} ${parts} = ${grouped(sum, 'en')}, but the station total is ${grouped(total, 'en')}`,
    },
    suggestion: null,
  };
}

/** Completion above 150%: worth checking whether the target was set too low. */
export function overAchievement(
  name: Record<Lang, string>,
  actual: number,
  target: number,
): QualityFinding | null {
  const rate = actual / target;
  if (!(target > 0) || rate <= overAchievementLimit) return null;
  return {
    code: 'quality/completion_over_150',
    severity: 'INFO',
    figures: [
      { label: 'actual', value: grouped(actual, 'zh') },
      { label: 'target', value: grouped(target, 'zh') },
      { label: 'computed', value: percent(rate, 'zh') },
    ],
    message: {
      zh: `${name.zh}：完成 ${percent(rate, 'zh')}（${actual} / ${target}），远超目标`,
      en: `${name.en}: ${percent(rate, 'en')} complete (${actual} / ${target}), far above target`,
    },
    suggestion: { zh: '请核实目标是否设置偏低', en: 'Check whether the target was set too low' },
  };
}

export function negativeValue(
  name: Record<Lang, string>,
  value: number,
  period: string,
): QualityFinding | null {
  if (value >= 0) return null;
  return {
    code: 'quality/negative_value',
    severity: 'ERROR',
    figures: [
      { label: 'value', value: String(value) },
      { label: 'period', value: period },
    ],
    message: {
      zh: `${name.zh}：${period} 报送了负数 ${value}`,
      en: `${name.en}: negative value ${value} reported for ${period}`,
    },
    suggestion: null,
  };
}

/** Months of a running contract, ended by the date, for which a feed reported nothing. */
export function missingMonths(
  feed: Record<Lang, string>,
  expected: readonly string[],
  reported: ReadonlySet<string>,
): QualityFinding | null {
  const missing = expected.filter((m) => !reported.has(m));
  if (missing.length === 0) return null;
  return {
    code: 'quality/missing_month',
    severity: 'WARNING',
    figures: [
      { label: 'missing', value: missing.join(', ') },
      { label: 'reported', value: `${expected.length - missing.length} / ${expected.length}` },
    ],
    message: {
      zh: `${feed.zh}：${missing.join('、')} 无报送数据`,
      en: `${feed.en}: no report for ${missing.join(', ')}`,
    },
    suggestion: null,
  };
}

/** The same quantity from two sources that disagree (indicator table vs volunteer system, …). */
export function sourcesDisagree(
  what: Record<Lang, string>,
  a: { label: Record<Lang, string>; value: number },
  b: { label: Record<Lang, string>; value: number },
): QualityFinding | null {
  if (a.value === b.value) return null;
  return {
    code: 'quality/sources_disagree',
    severity: 'WARNING',
    figures: [
      { label: a.label.en, value: grouped(a.value, 'zh') },
      { label: b.label.en, value: grouped(b.value, 'zh') },
    ],
    message: {
      zh: `${what.zh}：${a.label.zh} ${grouped(a.value, 'zh')}，${b.label.zh} ${grouped(b.value, 'zh')}`,
      en: `${what.en}: ${a.label.en} ${grouped(a.value, 'en')}, ${b.label.en} ${grouped(b.value, 'en')}`,
    },
    suggestion: null,
  };
}
