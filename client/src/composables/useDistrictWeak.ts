import { computed, shallowRef, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  DistrictWeakDocument,
  DistrictWeakMoreDocument,
  type WeakIndicatorFragment,
} from '../graphql/generated/graphql.ts';
import { request } from '../graphql/request.ts';
import { apiLang, localName, stationLabel } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

export interface WeakFilters {
  asOf: Ref<string>;
  feed: Ref<string>;
  /** '' = every scope, 'total' = station totals only, else an area code. */
  area: Ref<string>;
  status: Ref<string>;
}

/** The district's weak indicators and the stations × indicators status grid, filtered. */
export function useDistrictWeak(code: Ref<string>, filters: WeakFilters) {
  const { locale } = useI18n();
  const { data, load } = useQuery(DistrictWeakDocument, () => ({
    code: code.value,
    asOf: filters.asOf.value || null,
    lang: apiLang(locale.value),
  }));
  /** Stations with a contract running on the date, each with its station-total statuses of the feed. */
  const running = computed(() =>
    (data.value?.district?.stations ?? []).flatMap((s) =>
      s.contractOn
        ? [
            {
              label: s.isDemo ? `${stationLabel(s, locale.value)}*` : stationLabel(s, locale.value),
              isDemo: s.isDemo,
              code: s.code,
              year: s.contractOn.year,
              totals: s.contractOn.indicatorStatuses.filter(
                (st) => st.area === null && feedOk(st.indicator.feed),
              ),
            },
          ]
        : [],
    ),
  );
  const name = (i: { nameZh: string; nameEn: string }) => localName(i, locale.value);
  const feedOk = (feed: string) => !filters.feed.value || feed === filters.feed.value;
  /** The status grid: station labels (demo ones starred), indicator names and one cell each. */
  const heatmap = computed(() => ({
    stations: running.value.map((s) => s.label),
    indicators: [
      ...new Map(
        running.value.flatMap((s) => s.totals.map((st) => [st.indicator.code, name(st.indicator)] as const)),
      ).values(),
    ],
    cells: running.value.flatMap((s) =>
      s.totals.map((st) => ({
        station: s.label,
        indicator: name(st.indicator),
        // Where a click on the cell leads: the indicator's quarters at that station.
        target: { station: s.code, year: s.year, indicator: st.indicator.code },
        status: st.status,
        weak: st.weak,
        completionRate: st.completionRate ?? null,
      })),
    ),
  }));
  // The server sends ranked items a page at a time: the rest follow the first page.
  const more = shallowRef<WeakIndicatorFragment[]>([]);
  watch(data, async (first) => {
    more.value = [];
    const total = first?.weakIndicatorCount ?? 0;
    const pages: WeakIndicatorFragment[] = [];
    for (let offset = first?.weakIndicators.length ?? 0; offset > 0 && offset < total;) {
      const vars = {
        code: code.value,
        asOf: filters.asOf.value || null,
        lang: apiLang(locale.value),
        offset,
      };
      const page = (await request(DistrictWeakMoreDocument, vars)).weakIndicators;
      if (data.value !== first || page.length === 0) return;
      pages.push(...page);
      offset += page.length;
    }
    more.value = pages;
  });
  const all = computed(() => [...(data.value?.weakIndicators ?? []), ...more.value]);
  const weak = computed(() =>
    all.value.filter(
      (w) =>
        feedOk(w.indicator.feed) &&
        (!filters.status.value || w.status === filters.status.value) &&
        (!filters.area.value ||
          (filters.area.value === 'total' ? w.area === null : w.area?.code === filters.area.value)),
    ),
  );
  const areaCodes = computed(() =>
    [...new Set(all.value.map((w) => w.area?.code).filter((c): c is string => !!c))].sort(),
  );
  /** The date the figures are as of: the one asked, else the server's default (never hidden). */
  const dateInUse = computed(
    () =>
      (data.value?.district?.stations ?? []).flatMap((s) => s.contractOn?.indicatorStatuses ?? [])[0]?.asOf ??
      null,
  );
  return { load, running, heatmap, weak, areaCodes, dateInUse };
}

export type WeakIndicatorRow = ReturnType<typeof useDistrictWeak>['weak']['value'][number];
