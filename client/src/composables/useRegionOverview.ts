import { computed, shallowRef, watch } from 'vue';
import { useRoute } from 'vue-router';
import { RegionOverviewDocument, type StationFiguresSort } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';
import { useUrlState } from './useUrlState.ts';

export const pageSize = 20;
const sorts: readonly StationFiguresSort[] = [
  'COMPLETION_ASC',
  'COMPLETION_DESC',
  'RESOURCES_ASC',
  'RESOURCES_DESC',
  'STABILITY_ASC',
  'STABILITY_DESC',
  'NAME',
];

/**
 * A region page's state, all in the URL (year, sort, page, search) so that a copied link
 * reopens the same view, and its one query: the summary and one page of stations.
 */
export function useRegionOverview() {
  const route = useRoute();
  const code = computed(() => String(route.params.code));
  // The years the region offers, once loaded (the URL's year is checked against them).
  const years = shallowRef<readonly string[] | null>(null);
  const defaultYear = shallowRef('');
  const yearParam = useUrlState('year', defaultYear, () => years.value);
  const sort = useUrlState('sort', 'COMPLETION_ASC', () => sorts);
  const pageParam = useUrlState('page', '1', () => (v) => /^[1-9]\d{0,5}$/.test(v));
  const search = useUrlState('q', '');
  // The default year is asked for by leaving the year out: the server knows it before the page does.
  const year = computed(() =>
    yearParam.value && yearParam.value !== defaultYear.value ? Number(yearParam.value) : null,
  );
  const page = computed(() => Number(pageParam.value) || 1);
  const query = useQuery(RegionOverviewDocument, () => ({
    code: code.value,
    year: year.value,
    offset: (page.value - 1) * pageSize,
    limit: pageSize,
    sort: sort.value as StationFiguresSort,
    search: search.value || null,
  }));
  const region = computed(() => query.data.value?.region ?? null);
  watch(
    region,
    (r) => {
      years.value = r ? r.years.map(String) : null;
      defaultYear.value = r?.defaultYear == null ? '' : String(r.defaultYear);
    },
    { immediate: true },
  );
  const overview = computed(() => region.value?.overview ?? null);
  return {
    ...query,
    code,
    region,
    overview,
    yearParam,
    sort,
    sorts,
    page: computed({
      get: () => page.value,
      set: (value: number) => {
        pageParam.value = String(value);
      },
    }),
    search,
  };
}
