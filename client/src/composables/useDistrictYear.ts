import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { DEFAULT_YEAR } from '../modules/router.ts';
import { useUrlState } from './useUrlState.ts';

/** The district code and service year of a district page, both from the URL. */
export function useDistrictYear() {
  const route = useRoute();
  const code = computed(() => String(route.params.code));
  const yearParam = useUrlState('year', String(DEFAULT_YEAR));
  const year = computed(() => Number(yearParam.value) || DEFAULT_YEAR);
  return { code, year };
}
