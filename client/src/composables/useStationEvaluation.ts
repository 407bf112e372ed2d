import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationEvaluationDocument, type StationEvaluationQuery } from '../graphql/generated/graphql.ts';
import { apiLang } from '../modules/labels.ts';
import { useQuery } from './useQuery.ts';

export interface FindingFilters {
  /** '' = all, for each. */
  dimension: Ref<string>;
  polarity: Ref<string>;
  area: Ref<string>;
}

export type StationEvaluation = NonNullable<
  NonNullable<StationEvaluationQuery['station']>['contract']
>['evaluations'][number];

/** A station year's evaluations (parts, total, grade) and their findings, filtered. */
export function useStationEvaluation(code: Ref<string>, year: Ref<number | null>, filters: FindingFilters) {
  const { locale } = useI18n();
  const { data, load } = useQuery(StationEvaluationDocument, () => ({
    code: code.value,
    year: year.value,
    lang: apiLang(locale.value),
  }));
  const station = computed(() => data.value?.station ?? null);
  const evaluations = computed(() => station.value?.contract?.evaluations ?? []);
  /** The policy's lowest total of each grade, for the lines on the scores chart. */
  const gradeBands = computed(() => data.value?.policy.gradeBands ?? []);
  const findings = computed(() =>
    evaluations.value.flatMap((e) => e.findings.map((f) => ({ ...f, stage: e.stage }))),
  );
  const dimensions = computed(() => [...new Set(findings.value.map((f) => f.dimension))]);
  const areaCodes = computed(() => (station.value?.areas ?? []).map((a) => a.code));
  const shown = computed(() =>
    findings.value.filter(
      (f) =>
        (!filters.dimension.value || f.dimension === filters.dimension.value) &&
        (!filters.polarity.value || f.polarity === filters.polarity.value) &&
        (!filters.area.value || f.area?.code === filters.area.value),
    ),
  );
  return { load, station, evaluations, gradeBands, dimensions, areaCodes, shown };
}
