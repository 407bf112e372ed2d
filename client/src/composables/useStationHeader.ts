import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationHeaderDocument } from '../graphql/generated/graphql.ts';
import { localName } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';
import { provideStationYears, useStationYear } from './useStationYear.ts';

/** The station and service year the station layout shows, as its pages' downloads name them. */
export interface ShownStation {
  code: string;
  name: string;
  isDemo: boolean;
  year: number;
  /** The shown year's contract term, when the station has one that year. */
  term: { start: string; end: string } | null;
}
const shownStationKey: InjectionKey<ComputedRef<ShownStation | null>> = Symbol('shown station');

/**
 * For the station layout: the station's name, district and contracts, and the year shown, which
 * the layout provides to its pages (`useShownStation`).
 */
export function useStationHeader() {
  const { locale } = useI18n();
  const known = computed(() => (station.value ? station.value.contracts.map((c) => String(c.year)) : null));
  provideStationYears(known);
  const { code, yearParam } = useStationYear(known);
  const { data, load } = useQuery(StationHeaderDocument, () => ({ code: code.value }));
  const station = computed(() => data.value?.station ?? null);
  /** The URL's year, else the latest contract's (what the pages show without a year). */
  const shownYear = computed(() => yearParam.value || String(station.value?.contracts.at(-1)?.year ?? ''));
  const name = computed(() => (station.value ? localName(station.value, locale.value) : code.value));
  const years = computed(() => (station.value?.contracts ?? []).map((c) => c.year));
  provide(
    shownStationKey,
    computed(() => {
      const s = station.value;
      const year = Number(shownYear.value);
      if (!s || !year) return null;
      const term = s.contracts.find((c) => c.year === year) ?? null;
      return { code: s.code, name: name.value, isDemo: s.isDemo, year, term };
    }),
  );
  return { load, code, station, yearParam, shownYear, name, years };
}

/** The station and year of a station page (inside the station layout); null until they are known. */
export function useShownStation(): ComputedRef<ShownStation | null> {
  return inject(
    shownStationKey,
    computed(() => null),
  );
}
