/**
 * What a printed table sub-header says its column counts (协议节数 sessions, 协议人次
 * attendances …), and the kind an indicator's unit counts, so that the two can be compared.
 */
import type { Bilingual } from './labels.ts';

export type CountKind = 'sessions' | 'attendance' | 'count' | 'money';

export const countKindNames: Record<CountKind, Bilingual> = {
  sessions: { zh: '节数', en: 'sessions' },
  attendance: { zh: '人次', en: 'attendances' },
  count: { zh: '个数/次数', en: 'counts' },
  money: { zh: '金额', en: 'money' },
};

/**
 * The kind a sub-header names, or null when it names none (协议目标, 完成率 …). Read as the
 * importer reads cells: width-folded and without spaces (a PDF prints 协议 节数).
 */
export function headerKind(text: string): CountKind | null {
  const folded = text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (folded.includes('节')) return 'sessions';
  if (folded.includes('人次')) return 'attendance';
  if (/个数|次数|结案|个案|户数|人数/.test(folded)) return 'count';
  if (/金额|元/.test(folded)) return 'money';
  return null;
}

/** The kind an indicator's unit counts: 节 sessions, 人次 attendances, 元 money, else counts (个, 次, 户 …). */
export function unitKind(unit: string): CountKind {
  const u = unit.trim();
  return u === '节' ? 'sessions' : u === '人次' ? 'attendance' : u === '元' ? 'money' : 'count';
}
