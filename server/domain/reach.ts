/**
 * Figures a report prints outside the indicator table: who the station reached, how large its
 * area is, and ratios it states about its staff. Each code has its names and unit here, and,
 * where the same quantity is counted elsewhere, what it must agree with.
 */
import { asLang } from './format.ts';
import type { Bilingual } from './labels.ts';

export interface ReachDefinition {
  name: Bilingual;
  unit: Bilingual;
  /** The indicator that counts the same quantity, per area and in total. */
  sameAsIndicator?: string;
  /** A ratio: what it counts (a staffing count) and the denominator the report says it uses. */
  ratio?: {
    numerator: 'certified' | 'experienced' | 'continuouslyInPost';
    claimedBasis: 'staff' | 'positions';
  };
}

export const reachDefinitions = {
  registered_households: {
    name: { zh: '建档户数', en: 'Households registered' },
    unit: { zh: '户', en: 'households' },
  },
  registered_persons: {
    name: { zh: '建档人数', en: 'People registered' },
    unit: { zh: '人', en: 'persons' },
    sameAsIndicator: 'vulnerable_registry',
  },
  visited_households: {
    name: { zh: '走访户数', en: 'Households visited' },
    unit: { zh: '户', en: 'households' },
    sameAsIndicator: 'home_visits',
  },
  persons_served_by_visits: {
    name: { zh: '探访服务总人数', en: 'People served by visits' },
    unit: { zh: '人', en: 'persons' },
  },
  residents_served: {
    name: { zh: '服务社区居民人数', en: 'Residents served' },
    unit: { zh: '人', en: 'persons' },
  },
  community_charity_funds: {
    name: { zh: '社区慈善基金', en: 'Community charity funds' },
    unit: { zh: '个', en: 'funds' },
  },
  certified_share_of_staff: {
    name: { zh: '持证社工占社工总人数', en: 'Certified social workers, share of staff' },
    unit: { zh: '%', en: '%' },
    ratio: { numerator: 'certified', claimedBasis: 'staff' },
  },
  experienced_share: {
    name: { zh: '从业 2 年及以上社工占社工总人数', en: "Staff with ≥ 2 years' practice, share of staff" },
    unit: { zh: '%', en: '%' },
    // 从业 2 年及以上的社工 17 人，占社工总人数 85%: of the staff, as the certified ratio says.
    ratio: { numerator: 'experienced', claimedBasis: 'staff' },
  },
  stability_share: {
    name: { zh: '人员稳定率', en: 'Staff stability' },
    unit: { zh: '%', en: '%' },
    ratio: { numerator: 'continuouslyInPost', claimedBasis: 'positions' },
  },
} as const satisfies Record<string, ReachDefinition>;

export type ReachCode = keyof typeof reachDefinitions;

export function reachDefinition(code: string): ReachDefinition | null {
  return (reachDefinitions as Record<string, ReachDefinition>)[code] ?? null;
}

/** A reach code's name or unit in a language; the code itself when it is not in the catalogue. */
export function reachText(code: string, what: 'name' | 'unit', lang: string | null | undefined): string {
  const def = reachDefinition(code);
  return def ? def[what][asLang(lang)] : code;
}
