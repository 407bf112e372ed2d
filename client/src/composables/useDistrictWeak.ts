import { computed, type Ref } from 'vue';
import { DistrictWeakDocument } from '../graphql/generated/graphql.ts';
import { apiLang, localName, stationLabel } from '../modules/labels.ts';
import { useQuery } from './useQuery.ts';

export interface WeakFilters {
  asOf: Ref<string>;
  feed: Ref<string>;
  /** '' = every scope, 'total' = station totals only, else an area code. */
  area: Ref<string>;
  status: Ref<string>;
}

/** The district's weak indicators and the stations × indicators status grid, filtered. */
export function useDistrictWeak(code: Ref<string>, locale: Ref<string>, filters: WeakFilters) {
  const query = useQuery(DistrictWeakDocument, () => ({
    code: code.value,
    asOf: filters.asOf.value || null,
    lang: apiLang(locale.value),
  }));
  const running = computed(() => (query.data.value?.district?.stations ?? []).filter((s) => s.contractOn));
  const name = (i: { nameZh: string; nameEn: string }) => localName(i, locale.value);
  const feedOk = (feed: string) => !filters.feed.value || feed === filters.feed.value;
  const indicators = computed(() => {
    const seen = new Map<string, string>();
    for (const s of running.value)
      for (const st of s.contractOn!.indicatorStatuses)
        if (st.area === null && feedOk(st.indicator.feed)) seen.set(st.indicator.code, name(st.indicator));
    return [...seen.values()];
  });
  const stations = computed(() =>
    running.value.map((s) =>
      s.isDemo ? `${stationLabel(s, locale.value)}*` : stationLabel(s, locale.value),
    ),
  );
  const cells = computed(() =>
    running.value.flatMap((s, i) =>
      s
        .contractOn!.indicatorStatuses.filter((st) => st.area === null && feedOk(st.indicator.feed))
        .map((st) => ({
          station: stations.value[i] as string,
          indicator: name(st.indicator),
          status: st.complete ? st.status : 'NO_TARGET',
          weak: st.complete && st.weak,
          completionRate: st.completionRate ?? null,
        })),
    ),
  );
  const weak = computed(() =>
    (query.data.value?.weakIndicators ?? []).filter(
      (w) =>
        feedOk(w.indicator.feed) &&
        (!filters.status.value || w.status === filters.status.value) &&
        (!filters.area.value ||
          (filters.area.value === 'total' ? w.area === null : w.area?.code === filters.area.value)),
    ),
  );
  const areaCodes = computed(() =>
    [
      ...new Set(
        (query.data.value?.weakIndicators ?? []).map((w) => w.area?.code).filter((c): c is string => !!c),
      ),
    ].sort(),
  );
  return { ...query, running, indicators, stations, cells, weak, areaCodes, name };
}
