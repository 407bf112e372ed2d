/** Names the server writes into text (quality messages, narratives), in Chinese and English. */
import type { Lang } from './format.ts';

export type Bilingual = Record<Lang, string>;

export const feedNames: Record<'service' | 'volunteer' | 'resource' | 'research', Bilingual> = {
  service: { zh: '服务指标', en: 'Service figures' },
  volunteer: { zh: '志愿者', en: 'Volunteers' },
  resource: { zh: '资源链接', en: 'Resources' },
  research: { zh: '社区调研', en: 'Research' },
};

/** Where a figure was printed or found (the `FigureSource` of a data-quality figure). */
export const sourceNames = {
  indicator_table: { zh: '指标表', en: 'indicator table' },
  narrative: { zh: '报告正文', en: 'report text' },
  attendance_annex: { zh: '考勤附件', en: 'attendance annex' },
  volunteer_system: { zh: '志愿者系统', en: 'volunteer system' },
  evaluation_report: { zh: '评估报告', en: 'evaluation report' },
  import_file: { zh: '导入文件', en: 'imported file' },
  monthly_report: { zh: '月度报送', en: 'monthly reports' },
  contract: { zh: '合同', en: 'contract' },
  staff_records: { zh: '人员记录', en: 'staff records' },
  computed: { zh: '计算值', en: 'computed' },
} as const satisfies Record<string, Bilingual>;

/** "入户探访（指标表）" */
export function sourcedName(name: Bilingual, source: Bilingual): Bilingual {
  return { zh: `${name.zh}（${source.zh}）`, en: `${name.en} (${source.en})` };
}

/** "海珠区赤岗街社工服务站 · 电访（片区 C）" */
export function scopedName(station: Bilingual, indicator: Bilingual, areaCode: string | null): Bilingual {
  return {
    zh: `${station.zh} · ${indicator.zh}${areaCode ? `（片区 ${areaCode}）` : ''}`,
    en: `${station.en} · ${indicator.en}${areaCode ? ` (area ${areaCode})` : ''}`,
  };
}
