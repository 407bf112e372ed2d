import { computed, type Ref } from 'vue';
import type { ResourceBandLimits } from '../../../shared/charts/districtResources.ts';
import { DistrictOverviewDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';
import { useStationResources } from './useStationResources.ts';

/**
 * Resources linked by every station of a district with a contract that year, weakest first, and
 * the detail of the station picked (`selected` code, '' for none).
 */
export function useDistrictResources(code: Ref<string>, year: Ref<number>, selected: Ref<string>) {
  const { data, load } = useQuery(DistrictOverviewDocument, () => ({ code: code.value, year: year.value }));
  const rows = computed(() =>
    (data.value?.district?.stations ?? [])
      .flatMap(({ contract, ...s }) => {
        if (!contract) return [];
        const { resources } = contract;
        return [{ ...s, resources, completionRate: resources.completionRate ?? null, band: resources.band }];
      })
      .sort((a, b) => (a.completionRate ?? -1) - (b.completionRate ?? -1)),
  );
  const chart = computed(() =>
    resourceChart(
      rows.value,
      // A year total still running has no pace: the first station that has one.
      rows.value.find((r) => r.resources.expectedRate != null)?.resources.expectedRate ?? null,
      data.value?.policy.resourceBands,
    ),
  );
  const detail = useStationResources(selected, year, () => selected.value !== '');
  /** The picked station with its resources; null while none is picked. */
  const picked = computed(() => (selected.value ? detail.station.value : null));
  return { load, rows, chart, detail, picked };
}

/** What the district resources chart draws: stations with rate and band, the pace, the policy's bands. */
export interface ResourceChart {
  rows: ReadonlyArray<{
    code: string;
    streetZh: string;
    nameEn: string;
    isDemo: boolean;
    completionRate: number | null;
    band: string;
  }>;
  /** Share of the year elapsed (fraction); null when unknown. */
  expectedRate: number | null;
  bands: ResourceBandLimits;
}

/** The chart's input once the policy has arrived (it comes with the figures); null before. */
export function resourceChart(
  rows: ResourceChart['rows'],
  expectedRate: number | null,
  bands: ResourceBandLimits | undefined,
): ResourceChart | null {
  return bands ? { rows, expectedRate, bands } : null;
}
