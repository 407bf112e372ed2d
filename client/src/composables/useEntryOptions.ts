import { computed } from 'vue';
import { EntryOptionsDocument } from '../graphql/generated/graphql.ts';
import { localName } from '../../../shared/labels.ts';
import { useI18n } from 'vue-i18n';
import { useQuery } from './useQuery.ts';

/** What the entry forms offer: the indicators, the station's areas, the contract's months and staff. */
export function useEntryOptions(code: () => string, year: () => number | null) {
  const { locale } = useI18n();
  const { data, load } = useQuery(EntryOptionsDocument, () => ({ code: code(), year: year() }));
  const indicators = computed(() =>
    (data.value?.indicatorDefinitions ?? []).map((i) => ({
      value: i.code,
      label: localName(i, locale.value),
    })),
  );
  const areas = computed(() => data.value?.station?.areas ?? []);
  const contract = computed(() => data.value?.station?.contract ?? null);
  const staff = computed(() => contract.value?.staffing.staff.map((s) => s.name) ?? []);
  /** The months a figure may be entered for now (the server's rule: the contract's, begun by today). */
  const months = computed(() => contract.value?.entryMonths ?? []);
  /** Dates outside the contract or after today, which the date picker does not offer. */
  const outside = (date: Date) => {
    const c = contract.value;
    if (!c) return true;
    const two = (n: number) => String(n).padStart(2, '0');
    const iso = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
    return iso < c.start || iso > c.entryUntil;
  };
  return { load, indicators, areas, contract, staff, months, outside };
}
