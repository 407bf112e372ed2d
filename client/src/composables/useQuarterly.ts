import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationQuarterlyDocument } from '../graphql/generated/graphql.ts';
import { roundTo } from '../../../shared/format.ts';
import { localName, localUnit } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

/** A station year's quarterly progress and statuses as of a date, shaped for the quarterly page. */
export function useQuarterly(
  code: Ref<string>,
  year: Ref<number | null>,
  asOf: Ref<string | null>,
  indicator: Ref<string>,
) {
  const { locale } = useI18n();
  const { data, load } = useQuery(StationQuarterlyDocument, () => ({
    code: code.value,
    year: year.value,
    asOf: asOf.value,
  }));
  const contract = computed(() => data.value?.station?.contract ?? null);
  const statuses = computed(() => contract.value?.indicatorStatuses ?? []);
  const indicators = computed(() => statuses.value.filter((s) => s.area === null).map((s) => s.indicator));
  const selected = computed(
    () =>
      statuses.value.find((s) => s.area === null && s.indicator.code === indicator.value) ??
      statuses.value.find((s) => s.area === null) ??
      null,
  );
  /** Q1–Q4 of the selected indicator's station total; quarters not reached have no actual. */
  const points = computed(() =>
    [1, 2, 3, 4].map((quarter) => {
      const q = contract.value?.quarterlyProgress.find((x) => x.quarter === quarter);
      const item = q?.items.find(
        (i) => i.area === null && i.indicator.code === selected.value?.indicator.code,
      );
      // The contract's end is 100% of the term by definition; other unreached quarters have no pace yet.
      const expectedRate = item?.expectedRate ?? (quarter === 4 ? 1 : null);
      const target = selected.value?.target ?? null;
      return {
        quarter,
        range: q ? `${q.start} – ${q.end}` : null,
        complete: q?.complete ?? false,
        actual: item?.actual ?? null,
        expectedRate,
        /** The pace as a count (target × share of the term): the table's and the chart's pace line. */
        expected: target == null || expectedRate == null ? null : roundTo(target * expectedRate),
        status: item?.status ?? null,
      };
    }),
  );
  /** The quarterly chart's input; null when the selected indicator has no target. */
  const chart = computed(() => {
    const s = selected.value;
    if (!s || s.target == null) return null;
    return {
      name: localName(s.indicator, locale.value),
      unit: localUnit(s.indicator, locale.value),
      target: s.target,
      points: points.value,
      projectedActual: s.projectedRate == null ? null : s.projectedRate * s.target,
    };
  });
  /** The weak statuses (the server's verdict), slowest pace first. */
  const behind = computed(() =>
    statuses.value.filter((s) => s.weak).sort((a, b) => (a.paceRatio ?? 0) - (b.paceRatio ?? 0)),
  );
  return { load, contract, indicators, selected, points, chart, behind };
}

export type QuarterlyStatus = ReturnType<typeof useQuarterly>['behind']['value'][number];
