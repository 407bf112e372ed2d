import { computed, type Ref } from 'vue';
import { StationContractDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export function useStationContract(code: Ref<string>, year: Ref<number | null>) {
  const { data, load } = useQuery(StationContractDocument, () => ({ code: code.value, year: year.value }));
  const station = computed(() => data.value?.station ?? null);
  const contract = computed(() => station.value?.contract ?? null);
  const statuses = computed(() => contract.value?.indicatorStatuses ?? []);
  /**
   * The contract's elapsed share on the figures' date (the same for every status but the year
   * totals still running, which have none: with only those there is no pace line).
   */
  const expectedRate = computed(
    () => statuses.value.find((s) => s.expectedRate != null)?.expectedRate ?? null,
  );
  const finalEvaluation = computed(
    () =>
      contract.value?.evaluations.find((e) => e.stage === 'FINAL') ??
      contract.value?.evaluations.at(-1) ??
      null,
  );
  return { load, station, contract, statuses, expectedRate, finalEvaluation };
}

export type StationStatus = ReturnType<typeof useStationContract>['statuses']['value'][number];
