/**
 * Rules across sources: one quantity printed twice, a ratio over the wrong denominator, a data
 * period that is not the contract's, labels and positions naming areas wrongly, words that the
 * figures contradict, and figures printed outside the table that should hold them.
 */
import { percent } from '../format.ts';
import type { Bilingual } from '../labels.ts';
import {
  figure,
  namedFigure,
  num,
  pct,
  statedRateTolerance,
  type FigureSource,
  type QualityFinding,
} from './base.ts';

export interface SourcedValue {
  label: Bilingual;
  value: number;
  source: FigureSource;
}

/** The same quantity from two sources that disagree (indicator table vs volunteer system, …). */
export function sourcesDisagree(what: Bilingual, a: SourcedValue, b: SourcedValue): QualityFinding | null {
  if (a.value === b.value) return null;
  return {
    code: 'quality/sources_disagree',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [
      namedFigure(a.source, a.label, num(a.value), a.source),
      namedFigure(b.source, b.label, num(b.value), b.source),
    ],
    message: {
      zh: `${what.zh}：${a.label.zh} ${num(a.value)}，${b.label.zh} ${num(b.value)}`,
      en: `${what.en}: ${a.label.en} ${num(a.value)}, ${b.label.en} ${num(b.value)}`,
    },
    suggestion: null,
  };
}

export interface Denominator {
  key: 'staff' | 'positions';
  count: number;
  source: FigureSource;
}

const denominatorNames: Record<Denominator['key'], Bilingual> = {
  staff: { zh: '在岗社工人数', en: 'staff in post' },
  positions: { zh: '协议岗位数', en: 'contracted positions' },
};

/**
 * A printed ratio that does not fit the denominator the report says it uses, but fits another
 * (Chigang: 17 certified printed as 85% "of the social workers" — 17 / 21 = 80.95%, while
 * 17 / 20 contracted positions = 85%).
 */
export function ratioDenominator(
  name: Bilingual,
  stated: { rate: number; text: string; source: FigureSource },
  numerator: { count: number; source: FigureSource },
  claimed: Denominator,
  others: readonly Denominator[],
): QualityFinding | null {
  const fitsOver = (d: Denominator) =>
    d.count > 0 && Math.abs(numerator.count / d.count - stated.rate) <= statedRateTolerance;
  if (fitsOver(claimed)) return null;
  const fitting = others.find(fitsOver);
  const over = (d: Denominator, lang: 'zh' | 'en') => {
    const ratio = `${numerator.count} / ${d.count} = ${percent(numerator.count / d.count, lang)}`;
    return lang === 'zh'
      ? `${ratio}（${denominatorNames[d.key].zh}）`
      : `${ratio} (${denominatorNames[d.key].en})`;
  };
  return {
    code: 'quality/ratio_denominator',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [
      figure('statedRatio', stated.text, stated.source),
      figure('count', num(numerator.count), numerator.source),
      ...[claimed, ...others].map((d) => namedFigure(d.key, denominatorNames[d.key], num(d.count), d.source)),
    ],
    message: {
      zh: `${name.zh}：报告按${denominatorNames[claimed.key].zh}计为 ${stated.text}，但 ${over(claimed, 'zh')}`,
      en: `${name.en}: printed as ${stated.text} of the ${denominatorNames[claimed.key].en}, but ${over(claimed, 'en')}`,
    },
    suggestion: fitting
      ? {
          zh: `${stated.text} 与 ${over(fitting, 'zh')} 相符：报告实际以${denominatorNames[fitting.key].zh}为分母`,
          en: `${stated.text} fits ${over(fitting, 'en')}: the report divides by the ${denominatorNames[fitting.key].en}`,
        }
      : null,
  };
}

/**
 * A document's stated data period that is not the contract's reporting period: the contract's
 * months (a term starting on a month's last day is reported from the next month) to its last day.
 */
export function periodMismatch(
  document: {
    title: string;
    start: string | null;
    end: string | null;
    source: FigureSource;
    name: Bilingual;
  },
  contract: { start: string; end: string; reportingStart: string },
): QualityFinding | null {
  // The term's first day or the first day it is reported from (a term starting on a month's last
  // day is reported from the next month): either is a right start.
  const startOff =
    document.start != null && document.start !== contract.reportingStart && document.start !== contract.start;
  const endOff = document.end != null && document.end !== contract.end;
  if (!startOff && !endOff) return null;
  const shown = `${document.start ?? '…'} – ${document.end ?? '…'}`;
  const term = `${contract.start} – ${contract.end}`;
  const which = {
    zh: [startOff ? `起始应为 ${contract.reportingStart}` : '', endOff ? `截止应为 ${contract.end}` : '']
      .filter(Boolean)
      .join('，'),
    en: [
      startOff ? `it should start on ${contract.reportingStart}` : '',
      endOff ? `end on ${contract.end}` : '',
    ]
      .filter(Boolean)
      .join(' and '),
  };
  return {
    code: 'quality/period_mismatch',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [figure('documented', shown, document.source), figure('contract', term, 'contract')],
    message: {
      zh: `${document.title}：数据统计时间 ${shown}，与合同期 ${term} 不符（${which.zh}）`,
      en: `${document.name.en} (${document.title}): data period ${shown}, but the contract runs ${term} (${which.en})`,
    },
    suggestion: {
      zh: '请核实数据是否多计或少计了合同期外的日子',
      en: 'Check whether figures outside the contract term were counted',
    },
  };
}

/** The community names an area label lists: 片区3（鸿运、赤岗等社区） → 鸿运, 赤岗. */
export function labelCommunities(label: string): string[] {
  const inside = /[（(]([^）)]*)[）)]/.exec(label)?.[1] ?? '';
  return inside
    .replace(/等?社区$|等$/, '')
    .split(/[、，,\s]+/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

/** Same length, one character different: a likely typo (毛坦 for 毛纺). */
function oneCharOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return [...a].filter((ch, i) => ch !== b[i]).length === 1;
}

/**
 * Communities named in an area's printed label that are not the area's: a community of another
 * area (赤岗 under 片区3, which the text places in 片区1), or a name that matches no community
 * but one character (毛坦 for 毛纺).
 */
export function areaLabelMismatch(
  area: { code: string; printedLabel: string; communities: readonly string[] },
  otherAreas: ReadonlyArray<{ code: string; communities: readonly string[] }>,
  source: FigureSource = 'indicator_table',
): QualityFinding | null {
  const problems = labelCommunities(area.printedLabel).flatMap((name) => {
    if (area.communities.includes(name)) return [];
    const owner = otherAreas.find((o) => o.communities.includes(name));
    if (owner) return [{ zh: `${name} 属于片区 ${owner.code}`, en: `${name} belongs to area ${owner.code}` }];
    const near = area.communities.find((c) => oneCharOff(name, c));
    if (near) return [{ zh: `${name} 应为 ${near}`, en: `${name} is probably ${near}` }];
    return [{ zh: `${name} 不是本站社区`, en: `${name} is not one of the station's communities` }];
  });
  if (problems.length === 0) return null;
  return {
    code: 'quality/area_label_mismatch',
    kind: 'INCONSISTENCY',
    severity: 'INFO',
    figures: [figure('label', area.printedLabel, source)],
    message: {
      zh: `片区 ${area.code} 的标注「${area.printedLabel}」：${problems.map((p) => p.zh).join('；')}`,
      en: `Area ${area.code} is labelled "${area.printedLabel}": ${problems.map((p) => p.en).join('; ')}`,
    },
    suggestion: { zh: '请核对片区与社区的对应关系', en: 'Check which communities belong to which area' },
  };
}

const chineseNumerals = '一二三四五六七八九十';

/** An area number as files print it, in digits or one Chinese numeral: "4" or "四" → 4. */
export function areaNumeral(n: string): number {
  return /\d/.test(n) ? Number(n) : chineseNumerals.indexOf(n) + 1;
}

/** The area number a position names (第四片区社工 → 4), or null. */
export function positionAreaNumber(position: string): number | null {
  const match = /第([一二三四五六七八九十]|\d+)片区/.exec(position);
  return match?.[1] ? areaNumeral(match[1]) : null;
}

/** A staff position naming an area (第四片区社工) the station does not have. */
export function staffUnknownArea(
  staff: { name: string; position: string },
  areaNumbers: readonly number[],
  source: FigureSource = 'attendance_annex',
): QualityFinding | null {
  const n = positionAreaNumber(staff.position);
  if (n == null || areaNumbers.includes(n)) return null;
  return {
    code: 'quality/staff_unknown_area',
    kind: 'INCONSISTENCY',
    severity: 'INFO',
    figures: [
      figure('position', staff.position, source),
      figure('areas', String(areaNumbers.length), 'contract'),
    ],
    message: {
      zh: `${staff.name}的岗位为「${staff.position}」，但本站只有 ${areaNumbers.length} 个片区`,
      en: `${staff.name} is listed as "${staff.position}" (area ${n}), but the station has ${areaNumbers.length} areas`,
    },
    suggestion: { zh: '请核实该社工所属片区', en: "Check the social worker's area" },
  };
}

/** A statement that every indicator is well done while one is CRITICAL. */
export function claimContradicted(
  claim: { text: string; source: FigureSource },
  critical: ReadonlyArray<{ name: Bilingual; completionRate: number | null }>,
): QualityFinding | null {
  if (critical.length === 0) return null;
  const list = (lang: 'zh' | 'en') =>
    critical
      .map((c) =>
        lang === 'zh'
          ? `${c.name.zh}仅完成 ${percent(c.completionRate, lang)}`
          : `${c.name.en} at ${percent(c.completionRate, lang)}`,
      )
      .join(lang === 'zh' ? '、' : ', ');
  return {
    code: 'quality/claim_contradicted',
    kind: 'INCONSISTENCY',
    severity: 'WARNING',
    figures: [
      figure('claim', claim.text, claim.source),
      ...critical.map((c) => namedFigure('critical', c.name, pct(c.completionRate ?? 0), 'computed')),
    ],
    message: {
      zh: `报告称「${claim.text}」，但${list('zh')}，严重滞后`,
      en: `The report says "${claim.text}" (all indicators done well), but ${list('en')} ${critical.length > 1 ? 'are' : 'is'} critical`,
    },
    suggestion: {
      zh: '请在报告中如实说明未完成的指标',
      en: 'The report should state which indicators fell short',
    },
  };
}

/** A figure printed only in the narrative while the contract's other figures are in the indicator table. */
export function outsideTable(
  name: Bilingual,
  value: number,
  document: { title: string; source: FigureSource; name: Bilingual },
  table: { title: string; name: Bilingual },
): QualityFinding {
  return {
    code: 'quality/outside_table',
    kind: 'MISSING',
    severity: 'INFO',
    figures: [figure('actual', num(value), document.source)],
    message: {
      zh: `${name.zh}：${num(value)} 只见于${document.title}，${table.title}中没有`,
      en: `${name.en}: ${num(value)} is printed only in the ${document.name.en} (${document.title}), not in the ${table.name.en} (${table.title})`,
    },
    suggestion: { zh: `请在${table.title}中补列该项`, en: `Add it to the ${table.name.en}` },
  };
}
