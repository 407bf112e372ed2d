import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { useRoute } from 'vue-router';
import { useUrlState } from './useUrlState.ts';

const yearsKey: InjectionKey<ComputedRef<string[] | null>> = Symbol('station years');

/** For the station layout: the years the station has contracts for, once known, for its pages. */
export function provideStationYears(years: ComputedRef<string[] | null>) {
  provide(yearsKey, years);
}

/**
 * The station code and service year of a station page, both from the URL (no year: the latest
 * contract). A year the station has no contract for is ignored, and said so.
 */
export function useStationYear(years: ComputedRef<string[] | null> | null = inject(yearsKey, null)) {
  const route = useRoute();
  const code = computed(() => String(route.params.code));
  const yearParam = useUrlState('year', '', () => years?.value ?? null);
  const year = computed(() => (yearParam.value ? Number(yearParam.value) : null));
  return { code, year, yearParam };
}
