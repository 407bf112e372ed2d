import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { DistrictQualityDocument } from '../graphql/generated/graphql.ts';
import { apiLang } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

const severities = ['ERROR', 'WARNING', 'INFO'] as const;

/** The district's data-quality issues of one severity ('' = all), and how many there are of each. */
export function useDistrictQuality(code: Ref<string>, severity: Ref<string>) {
  const { locale } = useI18n();
  const { data, load } = useQuery(DistrictQualityDocument, () => ({
    code: code.value,
    lang: apiLang(locale.value),
  }));
  const all = computed(() => data.value?.dataQualityIssues ?? []);
  const issues = computed(() => all.value.filter((i) => !severity.value || i.severity === severity.value));
  const counts = computed(() =>
    severities.map((s) => ({ severity: s, n: all.value.filter((i) => i.severity === s).length })),
  );
  return { load, issues, counts };
}

export type QualityIssue = ReturnType<typeof useDistrictQuality>['issues']['value'][number];
