import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationReachDocument } from '../graphql/generated/graphql.ts';
import { apiLang } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

/** Who the station reaches and how large its area is, as the report prints it beyond the indicator table. */
export function useStationReach(code: Ref<string>, year: Ref<number | null>) {
  const { locale } = useI18n();
  const { data, load } = useQuery(StationReachDocument, () => ({
    code: code.value,
    year: year.value,
    lang: apiLang(locale.value),
  }));
  const station = computed(() => data.value?.station ?? null);
  const figures = computed(() => station.value?.contract?.reach ?? []);
  return { load, station, figures };
}
