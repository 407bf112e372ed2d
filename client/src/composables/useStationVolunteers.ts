import { computed, type Ref } from 'vue';
import { StationVolunteersDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

const targetKeys = ['newVolunteers', 'backbone', 'teamsFounded'] as const;

/** A station year's volunteers: targets against actuals beside the volunteer-system check, months, teams. */
export function useStationVolunteers(code: Ref<string>, year: Ref<number | null>) {
  const { data, load } = useQuery(StationVolunteersDocument, () => ({ code: code.value, year: year.value }));
  const volunteers = computed(() => data.value?.station?.contract?.volunteers ?? null);
  /** One row per volunteer indicator; `system` is what the evaluators found in the volunteer system. */
  const targets = computed(() => {
    const v = volunteers.value;
    if (!v) return [];
    const system = { newVolunteers: v.systemCounts?.newVolunteers, backbone: v.systemCounts?.backbone };
    return targetKeys.map((key) => ({
      key,
      status: v[key],
      system: key === 'teamsFounded' ? undefined : system[key],
    }));
  });
  const monthly = computed(() => volunteers.value?.monthly ?? []);
  return { load, volunteers, targets, monthly };
}
