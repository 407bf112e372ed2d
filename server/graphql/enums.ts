/**
 * Database values (lower snake case) → GraphQL enum values, in one place. `satisfies` makes
 * codegen's enum types check both sides.
 */
import type {
  Certification,
  Feed,
  Party,
  Polarity,
  ResourceKind,
  ResourceSourceType,
} from './generated/resolvers-types.ts';

export const feedEnum = {
  service: 'SERVICE',
  volunteer: 'VOLUNTEER',
  resource: 'RESOURCE',
  research: 'RESEARCH',
} as const satisfies Record<string, Feed>;

export const partyEnum = {
  third_party: 'THIRD_PARTY',
  street_office: 'STREET_OFFICE',
  supervision_centre: 'SUPERVISION_CENTRE',
  district_bureau: 'DISTRICT_BUREAU',
} as const satisfies Record<string, Party>;

export const sourceTypeEnum = {
  enterprise: 'ENTERPRISE',
  foundation: 'FOUNDATION',
  medical: 'MEDICAL',
  community_charity_fund: 'COMMUNITY_CHARITY_FUND',
  individual: 'INDIVIDUAL',
  government: 'GOVERNMENT',
} as const satisfies Record<string, ResourceSourceType>;

export const resourceKindEnum = {
  cash: 'CASH',
  in_kind: 'IN_KIND',
  service: 'SERVICE',
} as const satisfies Record<string, ResourceKind>;

export const certificationEnum = {
  intermediate: 'INTERMEDIATE',
  assistant: 'ASSISTANT',
  none: 'NONE',
} as const satisfies Record<string, Certification>;

export const polarityEnum = { strength: 'STRENGTH', concern: 'CONCERN' } as const satisfies Record<
  string,
  Polarity
>;

/** A database value in lower snake case as its GraphQL enum value (`indicator_table` → `INDICATOR_TABLE`). */
export function upperCase<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}
