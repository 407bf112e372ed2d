/**
 * Text written from the figures: the one-sentence explanation of a weak indicator, and the
 * "服务进度" paragraph of an evaluation report, in the report's own style and grouping.
 */
import { figure, percent, type Lang } from './format.ts';

export interface NarrativeFigure {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  target: number | null;
  actual: number;
  completionRate: number | null;
  projectedRate: number | null;
  gap: number | null;
}

const unitOf = (f: NarrativeFigure, lang: Lang) => (lang === 'zh' ? f.unit : f.unitEn);

/**
 * 「社会资源链接完成 38.92%（194,580.11 / 500,000.00 元），尚差 305,419.89 元」, and while the year
 * runs, the linear projection to its end.
 */
export function weakExplanation(f: NarrativeFigure, lang: Lang, inProgress: boolean): string {
  const unit = unitOf(f, lang);
  if (lang === 'zh') {
    const base = `${f.nameZh}完成 ${percent(f.completionRate, lang)}（${figure(f.actual, f.unit, lang)} / ${figure(f.target, f.unit, lang)} ${unit}），尚差 ${figure(f.gap, f.unit, lang)} ${unit}`;
    return inProgress ? `${base}，按当前进度预计年末完成 ${percent(f.projectedRate, lang)}` : base;
  }
  const base = `${f.nameEn} at ${percent(f.completionRate, lang)} (${figure(f.actual, f.unit, lang)} / ${figure(f.target, f.unit, lang)} ${unit}), ${figure(f.gap, f.unit, lang)} ${unit} short`;
  return inProgress ? `${base}; at this pace the year ends at ${percent(f.projectedRate, lang)}` : base;
}

/**
 * A year total still running on the date, which is judged only at its end:
 * 「电访为年度汇总 1,500 / 3,000 个（50.00%），年末判定」.
 */
export function pendingExplanation(f: NarrativeFigure, lang: Lang): string {
  const unit = unitOf(f, lang);
  const figures =
    f.target == null
      ? figure(f.actual, f.unit, lang)
      : `${figure(f.actual, f.unit, lang)} / ${figure(f.target, f.unit, lang)}`;
  if (lang === 'zh') {
    const rate = f.completionRate == null ? '' : `（${percent(f.completionRate, lang)}）`;
    return `${f.nameZh}为年度汇总 ${figures} ${unit}${rate}，年末判定`;
  }
  const rate = f.completionRate == null ? '' : ` (${percent(f.completionRate, lang)})`;
  return `${f.nameEn} is a year total, ${figures} ${unit}${rate}, judged at year end`;
}

/** How the report words each indicator, grouped as it groups them. */
const groups: ReadonlyArray<ReadonlyArray<{ code: string; zh: string; en: string }>> = [
  [
    { code: 'phone_visits', zh: '电话访问', en: 'phone visits' },
    { code: 'home_visits', zh: '入户探访', en: 'home visits' },
  ],
  [
    { code: 'consult_cases', zh: '咨询个案结案', en: 'consultation cases closed' },
    { code: 'casework_cases', zh: '专业个案接案', en: 'casework cases opened' },
    { code: 'casework_sessions', zh: '个案服务', en: 'casework sessions' },
    { code: 'casework_closed', zh: '专业个案结案', en: 'casework cases closed' },
  ],
  [
    { code: 'groups', zh: '开展专业小组', en: 'groups run' },
    { code: 'group_sessions', zh: '小组服务', en: 'group sessions' },
    { code: 'group_attendance', zh: '小组服务', en: 'group attendances' },
  ],
  [
    { code: 'large_events', zh: '开展大型社区活动', en: 'large community events' },
    { code: 'large_event_attendance', zh: '服务', en: 'attendances at them' },
    { code: 'small_events', zh: '中小型社区活动', en: 'small community events' },
    { code: 'small_event_attendance', zh: '服务', en: 'attendances at them' },
  ],
  [
    { code: 'new_volunteers', zh: '新增志愿者', en: 'new volunteers' },
    { code: 'volunteer_backbone', zh: '新增志愿者骨干', en: 'new backbone volunteers' },
    { code: 'volunteer_teams', zh: '新增志愿队伍', en: 'new volunteer teams' },
  ],
  [
    { code: 'vulnerable_registry', zh: '为困难群众和特殊群体建档', en: 'people in hardship registered' },
    { code: 'community_surveys', zh: '开展社区调研', en: 'community surveys' },
    {
      code: 'public_issues_resolved',
      zh: '协助街道介入和解决社区公共问题',
      en: 'community issues resolved with the street',
    },
    { code: 'resources_linked', zh: '链接社会资源', en: 'yuan of social resources linked' },
  ],
];

function phrase(f: NarrativeFigure, wording: { zh: string; en: string }, lang: Lang): string {
  const unit = unitOf(f, lang);
  return lang === 'zh'
    ? `${wording.zh} ${figure(f.actual, unit, lang)} ${unit}，完成协议指标量的 ${percent(f.completionRate, lang)}`
    : `${figure(f.actual, unit, lang)} ${wording.en} (${percent(f.completionRate, lang)} of the contracted ${figure(f.target ?? 0, unit, lang)})`;
}

/**
 * The service-progress paragraph: every indicator's completed amount and completion, grouped as
 * the report groups them, then one sentence per weak indicator (`weak`: the codes behind), which
 * is said there once rather than also in its group.
 */
export function progressNarrative(
  figures: readonly NarrativeFigure[],
  weak: readonly string[],
  lang: Lang,
  asOf: { date: string; inProgress: boolean },
): string {
  const byCode = new Map(figures.map((f) => [f.code, f]));
  const weakSet = new Set(weak);
  const sentences = groups
    .map((group) =>
      group
        .map((w) => ({ w, f: byCode.get(w.code) }))
        .filter((x) => x.f && x.f.target != null && !weakSet.has(x.w.code)),
    )
    .filter((g) => g.length > 0)
    .map((g) => g.map(({ w, f }) => phrase(f as NarrativeFigure, w, lang)).join(lang === 'zh' ? '；' : '; '));
  const opening =
    lang === 'zh'
      ? asOf.inProgress
        ? `截至 ${asOf.date}，本年度共完成`
        : '本年度共完成'
      : asOf.inProgress
        ? `As of ${asOf.date}, the station has completed `
        : 'Over the year the station completed ';
  const body = sentences.map((s, i) =>
    i === 0 ? opening + s : lang === 'zh' ? s : s.charAt(0).toUpperCase() + s.slice(1),
  );
  const weakSentences = weak
    .map((code) => byCode.get(code))
    .filter((f): f is NarrativeFigure => f !== undefined)
    .map((f) => weakExplanation(f, lang, asOf.inProgress));
  const end = lang === 'zh' ? '。' : '.';
  // With nothing on course, the paragraph still opens by saying when it speaks of.
  if (body.length === 0 && asOf.inProgress && weakSentences.length > 0) {
    weakSentences[0] = (lang === 'zh' ? `截至 ${asOf.date}，` : `As of ${asOf.date}: `) + weakSentences[0];
  }
  return [...body, ...weakSentences].map((s) => s + end).join(lang === 'zh' ? '' : ' ');
}
