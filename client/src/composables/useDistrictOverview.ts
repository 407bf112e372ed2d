import { computed, type Ref } from 'vue';
import { DistrictOverviewDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export function useDistrictOverview(code: Ref<string>, year: Ref<number>) {
  const query = useQuery(DistrictOverviewDocument, () => ({ code: code.value, year: year.value }));
  const district = computed(() => query.data.value?.district ?? null);
  const rows = computed(() =>
    (district.value?.stations ?? []).map((s) => {
      const final = s.contract?.evaluations.find((e) => e.stage === 'FINAL') ?? null;
      return {
        code: s.code,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        streetZh: s.streetZh,
        isDemo: s.isDemo,
        hasContract: s.contract != null,
        completion: s.contract?.overallCompletion ?? null,
        resources: s.contract?.resources.completionRate ?? null,
        resourceBand: s.contract?.resources.band ?? 'NO_TARGET',
        stability: s.contract?.staffing.stabilityRate ?? null,
        grade: final?.grade ?? null,
        total: final?.total ?? null,
      };
    }),
  );
  /** Share of the year elapsed on the figures' date (server-computed), for the pace line. */
  const expectedRate = computed(
    () => district.value?.stations.find((s) => s.contract)?.contract?.resources.expectedRate ?? null,
  );
  /** The policy's resource bands, for the limits drawn on the resources chart. */
  const resourceBands = computed(() => query.data.value?.policy.resourceBands ?? null);
  return { ...query, district, rows, expectedRate, resourceBands };
}

export type DistrictRow = ReturnType<typeof useDistrictOverview>['rows']['value'][number];
