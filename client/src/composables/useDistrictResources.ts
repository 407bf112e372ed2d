import { computed, type Ref } from 'vue';
import { DistrictResourcesDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';
import { useStationResources } from './useStationResources.ts';

/**
 * Resources linked by every station of a district with a contract that year, weakest first, and
 * the detail of the station picked (`selected` code, '' for none).
 */
export function useDistrictResources(code: Ref<string>, year: Ref<number>, selected: Ref<string>) {
  const { data, load } = useQuery(DistrictResourcesDocument, () => ({ code: code.value, year: year.value }));
  const rows = computed(() =>
    (data.value?.district?.stations ?? [])
      .flatMap(({ contract, ...s }) => {
        if (!contract) return [];
        const { resources } = contract;
        return [{ ...s, resources, completionRate: resources.completionRate ?? null, band: resources.band }];
      })
      .sort((a, b) => (a.completionRate ?? -1) - (b.completionRate ?? -1)),
  );
  const expectedRate = computed(() => rows.value[0]?.resources.expectedRate ?? null);
  const resourceBands = computed(() => data.value?.policy.resourceBands ?? null);
  const detail = useStationResources(selected, year, () => selected.value !== '');
  /** The picked station with its resources; null while none is picked. */
  const picked = computed(() => (selected.value ? detail.station.value : null));
  return { load, rows, expectedRate, resourceBands, detail, picked };
}
