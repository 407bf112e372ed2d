import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useUrlState } from './useUrlState.ts';

/** The station code and service year of a station page, both from the URL (no year: the latest contract). */
export function useStationYear() {
  const route = useRoute();
  const code = computed(() => String(route.params.code));
  const yearParam = useUrlState('year', '');
  const year = computed(() => (yearParam.value ? Number(yearParam.value) : null));
  return { code, year, yearParam };
}
