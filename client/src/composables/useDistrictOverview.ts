import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { DistrictOverviewDocument } from '../graphql/generated/graphql.ts';
import { stationLabel } from '../../../shared/labels.ts';
import { resourceChart } from './useDistrictResources.ts';
import { useQuery } from './useQuery.ts';

/** Every station of a district side by side for a service year, for the overview's table and charts. */
export function useDistrictOverview(code: Ref<string>, year: Ref<number>) {
  const { locale } = useI18n();
  const { data, load } = useQuery(DistrictOverviewDocument, () => ({ code: code.value, year: year.value }));
  const district = computed(() => data.value?.district ?? null);
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
        status: s.contract?.overallStatus ?? 'NO_TARGET',
        resources: s.contract?.resources.completionRate ?? null,
        resourceBand: s.contract?.resources.band ?? 'NO_TARGET',
        stability: s.contract?.staffing.stabilityRate ?? null,
        grade: final?.grade ?? null,
        total: final?.total ?? null,
      };
    }),
  );
  /**
   * Share of the year elapsed on the figures' date (server-computed), for the pace line: a
   * resources figure that is a year total still running has none, so the first station that has.
   */
  const expectedRate = computed(
    () =>
      district.value?.stations.find((s) => s.contract?.resources.expectedRate != null)?.contract?.resources
        .expectedRate ?? null,
  );
  /** The resources chart, with the limits of the policy's resource bands. */
  const resources = computed(() =>
    resourceChart(
      rows.value.map((r) => ({ ...r, completionRate: r.resources, band: r.resourceBand })),
      expectedRate.value,
      data.value?.policy.resourceBands,
    ),
  );
  const stabilityRows = computed(() =>
    rows.value.map((r) => ({
      code: r.code,
      name: stationLabel(r, locale.value),
      isDemo: r.isDemo,
      value: r.stability,
    })),
  );
  /** Final grades of the stations with a contract (null: not evaluated yet). */
  const grades = computed(() => rows.value.filter((r) => r.hasContract).map((r) => r.grade));
  return { load, district, rows, expectedRate, resources, stabilityRows, grades };
}

export type DistrictRow = ReturnType<typeof useDistrictOverview>['rows']['value'][number];
