import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { DistrictOverviewDocument } from '../graphql/generated/graphql.ts';
import { stationLabel } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

/** Staffing ratios of every station of a district with a contract that year, for the chart and the table. */
export function useDistrictStaffing(code: Ref<string>, year: Ref<number>) {
  const { locale } = useI18n();
  const { data, load } = useQuery(DistrictOverviewDocument, () => ({ code: code.value, year: year.value }));
  const rows = computed(() =>
    (data.value?.district?.stations ?? []).flatMap(({ contract, ...s }) =>
      contract ? [{ ...s, staffing: contract.staffing }] : [],
    ),
  );
  const chartRows = computed(() =>
    rows.value.map((r) => ({
      code: r.code,
      name: stationLabel(r, locale.value),
      isDemo: r.isDemo,
      stabilityRate: r.staffing.stabilityRate ?? null,
      certifiedRatio: r.staffing.certifiedRatio ?? null,
      attendanceRate: r.staffing.attendanceRate ?? null,
    })),
  );
  return { load, rows, chartRows };
}
