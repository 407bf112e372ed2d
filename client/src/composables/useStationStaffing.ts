import { computed, type Ref } from 'vue';
import { StationStaffingDocument, type StationStaffingQuery } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export type StationStaffing = NonNullable<
  NonNullable<StationStaffingQuery['station']>['contract']
>['staffing'];

const ratioKeys = ['stabilityRate', 'certifiedRatio', 'experienceRatio', 'attendanceRate'] as const;

/** A station year's staffing: ratios, months, changes, compliance and the roster. */
export function useStationStaffing(code: Ref<string>, year: Ref<number | null>) {
  const { data, load } = useQuery(StationStaffingDocument, () => ({ code: code.value, year: year.value }));
  const staffing = computed(() => data.value?.station?.contract?.staffing ?? null);
  /** The four ratios over contracted positions, in the order of the tiles. */
  const ratios = computed(() => {
    const s = staffing.value;
    return s ? ratioKeys.map((key) => ({ key, value: s[key] })) : [];
  });
  return { load, staffing, ratios };
}
