import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationSupervisionDocument } from '../graphql/generated/graphql.ts';
import { apiLang } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

/** A station's weak indicators with their explanations, and the report's progress paragraph, as of a date. */
export function useStationSupervision(
  input: Readonly<Ref<{ districtCode: string; stationCode: string; year: number; asOf: string }>>,
) {
  const { locale } = useI18n();
  const { data, load } = useQuery(StationSupervisionDocument, () => ({
    districtCode: input.value.districtCode,
    code: input.value.stationCode,
    year: input.value.year,
    asOf: input.value.asOf,
    lang: apiLang(locale.value),
  }));
  const weak = computed(() => data.value?.weakIndicators ?? []);
  const narrative = computed(() => data.value?.station?.contract?.progressNarrative ?? '');
  return { load, weak, narrative };
}
