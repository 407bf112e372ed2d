import { computed, type Ref } from 'vue';
import { StationResourcesDocument, type StationResourcesQuery } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export type StationResources = NonNullable<
  NonNullable<StationResourcesQuery['station']>['contract']
>['resources'];

/** A station year's resources linked in detail; with `enabled`, only while it returns true. */
export function useStationResources(
  code: Readonly<Ref<string>>,
  year: Readonly<Ref<number | null>>,
  enabled?: () => boolean,
) {
  const { data, load } = useQuery(StationResourcesDocument, () => ({ code: code.value, year: year.value }), {
    enabled,
  });
  const station = computed(() => data.value?.station ?? null);
  const resources = computed(() => station.value?.contract?.resources ?? null);
  return { load, station, resources };
}
