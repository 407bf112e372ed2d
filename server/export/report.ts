/**
 * A station-year report as one printable HTML page (A4, tables never cut, title, date and source
 * on it): the indicator table by area, the progress paragraph, staffing, evaluations and the
 * data-quality issues — the same figures as the dashboard and the .md paragraph, in zh or en.
 */
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import type { ContractRow, StationRow } from '../db/schema.ts';
import type { Grade } from '../domain/config.ts';
import { figure, percent, score, type Lang } from '../domain/format.ts';
import type { EvaluationModel } from '../read/evaluations.ts';
import type { DataQualityIssueModel } from '../read/quality.ts';
import type { StaffingModel } from '../read/staffing.ts';
import type { IndicatorStatusModel } from '../read/statuses.ts';

export interface ReportData {
  station: StationRow;
  contract: ContractRow;
  asOf: string;
  generatedAt: string;
  statuses: readonly IndicatorStatusModel[];
  narrative: string;
  staffing: StaffingModel;
  evaluations: readonly EvaluationModel[];
  issues: readonly DataQualityIssueModel[];
}

const words = {
  zh: {
    title: (s: StationRow, c: ContractRow) =>
      `${s.nameZh} ${c.start.slice(0, 4)}–${c.end.slice(0, 4)} 服务年度报告`,
    demo: '示例数据：本站数字为演示用的虚构数据，不是真实评估结果',
    contract: '合同期',
    asOf: '统计截至',
    operator: '承接机构',
    purchaser: '购买方',
    indicators: '指标完成情况',
    indicator: '指标',
    unit: '单位',
    area: '片区',
    total: '合计',
    target: '目标',
    actual: '完成',
    rate: '完成率',
    status: '状态',
    progress: '服务进度',
    staffing: '人员配置',
    attendance: '出勤率（实际人月 ÷ 协议人月）',
    stability: '稳定率（全期在岗 ÷ 协议岗位）',
    certified: '持证比例',
    experience: '从业两年以上比例',
    evaluations: '评估结果',
    stage: { MID: '中期评估', FINAL: '末期评估' },
    quality: '数据质量问题',
    none: '无',
    source: (asOf: string, at: string) => `来源：社工站监测看板 · 统计截至 ${asOf} · 生成于 ${at}`,
    // The dashboard's words for statuses and grades (the shared catalogue), one set everywhere.
    statusNames: zhCN.status,
    gradeNames: zhCN.grade,
  },
  en: {
    title: (s: StationRow, c: ContractRow) =>
      `${s.nameEn}: service year ${c.start.slice(0, 4)}–${c.end.slice(0, 4)} report`,
    demo: 'Demo data: the figures of this station are invented for demonstration, not a real evaluation',
    contract: 'Contract',
    asOf: 'As of',
    operator: 'Operator',
    purchaser: 'Purchaser',
    indicators: 'Indicators',
    indicator: 'Indicator',
    unit: 'Unit',
    area: 'Area',
    total: 'Total',
    target: 'Target',
    actual: 'Actual',
    rate: 'Completion',
    status: 'Status',
    progress: 'Progress',
    staffing: 'Staffing',
    attendance: 'Attendance (person-months ÷ contracted)',
    stability: 'Stability (in post all year ÷ positions)',
    certified: 'Certified',
    experience: 'Two years’ practice or more',
    evaluations: 'Evaluations',
    stage: { MID: 'Mid-term evaluation', FINAL: 'Final evaluation' },
    quality: 'Data-quality issues',
    none: 'None',
    source: (asOf: string, at: string) => `Source: Station Monitor · as of ${asOf} · generated ${at}`,
    statusNames: en.status,
    gradeNames: en.grade,
  },
} as const;

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const style = `
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1f2329; font-size: 12px; line-height: 1.5; max-width: 190mm; margin: 0 auto; }
  h1 { font-size: 18px; margin: 0 0 4px; } h2 { font-size: 14px; margin: 18px 0 6px; border-bottom: 1px solid #c9cdd4; }
  .meta, .source { color: #4e5969; } .demo { border: 1px solid #b54708; color: #b54708; padding: 4px 8px; margin: 8px 0; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #c9cdd4; padding: 2px 4px; text-align: right; }
  th { background: #f2f3f5; } td:first-child, th:first-child { text-align: left; }
  thead { display: table-header-group; } tr { page-break-inside: avoid; }
  .weak { color: #b42318; font-weight: 600; }
  @media print { .source { position: running(footer); } }
`;

export function reportHtml(d: ReportData, lang: Lang): string {
  const w = words[lang];
  const name = (s: IndicatorStatusModel) => (lang === 'zh' ? s.indicator.nameZh : s.indicator.nameEn);
  const unit = (s: IndicatorStatusModel) => (lang === 'zh' ? s.indicator.unit : s.indicator.unitEn);
  const areas = [...new Map(d.statuses.flatMap((s) => (s.area ? [[s.area.code, s.area]] : []))).values()];
  const totals = d.statuses.filter((s) => s.area === null);
  const rows = totals.map((s) => {
    // A year total still running is shown at its value and marked PENDING (judged at year end).
    const status = w.statusNames[s.status];
    const areaCells = areas.map((a) => {
      const own = d.statuses.find((x) => x.area?.code === a.code && x.indicator.id === s.indicator.id);
      return `<td>${own?.target == null ? '' : `${figure(own.actual, own.indicator.unit, lang)} / ${figure(own.target, own.indicator.unit, lang)}`}</td>`;
    });
    return `<tr><td>${escape(name(s))}</td><td>${escape(unit(s))}</td>${areaCells.join('')}<td>${figure(s.target, s.indicator.unit, lang)}</td><td>${figure(s.actual, s.indicator.unit, lang)}</td><td>${percent(s.completionRate, lang)}</td><td class="${s.weak ? 'weak' : ''}">${escape(status)}</td></tr>`;
  });
  const st = d.staffing;
  const evaluation = d.evaluations.map(
    (e) =>
      `<li>${w.stage[e.stage]} ${e.date}${lang === 'zh' ? '：' : ': '}${e.total == null ? '—' : score(e.total, lang)} ${e.grade ? w.gradeNames[e.grade as Grade] : ''}</li>`,
  );
  const issues = d.issues.map((i) => `<li>${escape(i.message[lang])}</li>`);
  const source = w.source(d.asOf, d.generatedAt);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escape(w.title(d.station, d.contract))}</title><style>${style}</style></head>
<body>
<h1>${escape(w.title(d.station, d.contract))}</h1>
<p class="meta">${w.contract} ${d.contract.start} – ${d.contract.end} · ${w.asOf} ${d.asOf}${d.station.operator ? ` · ${w.operator} ${escape(d.station.operator)}` : ''}${d.station.purchaser ? ` · ${w.purchaser} ${escape(d.station.purchaser)}` : ''}</p>
${d.station.isDemo ? `<p class="demo" role="note">${w.demo}</p>` : ''}
<h2>${w.indicators}</h2>
<table><thead><tr><th>${w.indicator}</th><th>${w.unit}</th>${areas.map((a) => `<th>${w.area} ${escape(a.code)}<br>${w.actual} / ${w.target}</th>`).join('')}<th>${w.target}</th><th>${w.actual}</th><th>${w.rate}</th><th>${w.status}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<h2>${w.progress}</h2>
<p>${escape(d.narrative)}</p>
<h2>${w.staffing}</h2>
<table><tbody>
<tr><td>${w.attendance}</td><td>${st.actualPersonMonths} / ${st.expectedPersonMonths} = ${percent(st.attendanceRate, lang)}</td></tr>
<tr><td>${w.stability}</td><td>${st.continuouslyInPost} / ${st.contractedPositions} = ${percent(st.stabilityRate, lang)}</td></tr>
<tr><td>${w.certified}</td><td>${st.certified} / ${st.contractedPositions} = ${percent(st.certifiedRatio, lang)}</td></tr>
<tr><td>${w.experience}</td><td>${st.experienced} / ${st.contractedPositions} = ${percent(st.experienceRatio, lang)}</td></tr>
</tbody></table>
<h2>${w.evaluations}</h2>
<ul>${evaluation.join('') || `<li>${w.none}</li>`}</ul>
<h2>${w.quality}</h2>
<ul>${issues.join('') || `<li>${w.none}</li>`}</ul>
<p class="source">${escape(source)}</p>
</body></html>`;
}
