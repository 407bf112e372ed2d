/** Names the server writes into text (quality messages, narratives), in Chinese and English. */
import type { Lang } from './format.ts';

export type Bilingual = Record<Lang, string>;

export const feedNames: Record<'service' | 'volunteer' | 'resource' | 'research', Bilingual> = {
  service: { zh: '服务指标', en: 'Service figures' },
  volunteer: { zh: '志愿者', en: 'Volunteers' },
  resource: { zh: '资源链接', en: 'Resources' },
  research: { zh: '社区调研', en: 'Research' },
};

/** Where a figure was printed or found. */
export const sourceNames = {
  table: { zh: '指标表', en: 'indicator table' },
  volunteerSystem: { zh: '志愿者系统', en: 'volunteer system' },
  areaSocialWorkers: { zh: '各片区配置社工合计', en: 'social workers assigned to areas' },
  homeVisitsIndicator: { zh: '入户探访（指标）', en: 'home visits (indicator)' },
  visitedHouseholds: { zh: '走访户数（附件）', en: 'households visited (annex)' },
} as const satisfies Record<string, Bilingual>;

/** "海珠区赤岗街社工服务站 · 电访（片区 C）" */
export function scopedName(station: Bilingual, indicator: Bilingual, areaCode: string | null): Bilingual {
  return {
    zh: `${station.zh} · ${indicator.zh}${areaCode ? `（片区 ${areaCode}）` : ''}`,
    en: `${station.en} · ${indicator.en}${areaCode ? ` (area ${areaCode})` : ''}`,
  };
}
