import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { DistrictHeaderDocument } from '../graphql/generated/graphql.ts';
import { localName } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';
import { useUrlState } from './useUrlState.ts';

interface DistrictYear {
  code: ComputedRef<string>;
  year: ComputedRef<number>;
  /** The district's name in the user's language (its code until the header has loaded). */
  name: ComputedRef<string>;
}
const districtYearKey: InjectionKey<DistrictYear> = Symbol('district year');

/**
 * For the district layout: the district's header and the service year its pages show, which
 * the layout provides to them. A `?year=` in the URL wins; else the server's default year.
 */
export function useDistrictHeader() {
  const route = useRoute();
  const { locale } = useI18n();
  const code = computed(() => String(route.params.code));
  const query = useQuery(DistrictHeaderDocument, () => ({ code: code.value }));
  const district = computed(() => query.data.value?.district ?? null);
  const defaultYear = computed(() => district.value?.defaultYear ?? null);
  const yearParam = useUrlState(
    'year',
    () => String(defaultYear.value ?? ''),
    () => (district.value ? district.value.years.map(String) : null),
  );
  /** Null only for a district without any contract; its year pages are not shown then. */
  const year = computed(() => Number(yearParam.value) || defaultYear.value);
  const name = computed(() => (district.value ? localName(district.value, locale.value) : code.value));
  provide(districtYearKey, { code, year: computed(() => year.value ?? 0), name });
  return { ...query, code, district, years: computed(() => district.value?.years ?? []), yearParam, year };
}

/** The district code and service year of a district page (inside the district layout). */
export function useDistrictYear(): DistrictYear {
  const found = inject(districtYearKey);
  if (!found) throw new Error('useDistrictYear() is for pages inside DistrictLayout');
  return found;
}
