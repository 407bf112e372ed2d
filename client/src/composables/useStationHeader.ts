import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationHeaderDocument } from '../graphql/generated/graphql.ts';
import { localName } from '../modules/labels.ts';
import { useQuery } from './useQuery.ts';
import { useStationYear } from './useStationYear.ts';

/** For the station layout: the station's name, district and contracts, and the year shown. */
export function useStationHeader() {
  const { locale } = useI18n();
  const { code, yearParam } = useStationYear();
  const { data, load } = useQuery(StationHeaderDocument, () => ({ code: code.value }));
  const station = computed(() => data.value?.station ?? null);
  /** The URL's year, else the latest contract's (what the pages show without a year). */
  const shownYear = computed(() => yearParam.value || String(station.value?.contracts.at(-1)?.year ?? ''));
  const name = computed(() => (station.value ? localName(station.value, locale.value) : code.value));
  const years = computed(() => (station.value?.contracts ?? []).map((c) => c.year));
  return { load, code, station, yearParam, shownYear, name, years };
}
