import { computed, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  DistrictQualityDocument,
  UpdateQualityIssueDocument,
  type IssueStatus,
} from '../graphql/generated/graphql.ts';
import { failureOf, request } from '../graphql/request.ts';
import { apiLang } from '../../../shared/labels.ts';
import { useQuery, type QueryError } from './useQuery.ts';

const severities = ['ERROR', 'WARNING', 'INFO'] as const;

/** The district's data-quality issues of one severity ('' = all), and how many there are of each. */
export function useDistrictQuality(code: Ref<string>, severity: Ref<string>, resolved: Ref<boolean>) {
  const { locale } = useI18n();
  const { data, load } = useQuery(DistrictQualityDocument, () => ({
    code: code.value,
    lang: apiLang(locale.value),
    resolved: resolved.value,
  }));
  const working = ref<string | null>(null);
  const workError = ref<QueryError | null>(null);
  /** Moves an issue's work on (explanation and assignee as given) and reloads the list. */
  async function work(
    issue: QualityIssue,
    status: IssueStatus,
    extra: { explanation?: string; assignee?: string } = {},
  ) {
    working.value = issue.key;
    workError.value = null;
    try {
      await request(UpdateQualityIssueDocument, {
        station: issue.station.code,
        key: issue.key,
        status,
        explanation: extra.explanation ?? issue.explanation,
        assignee: extra.assignee ?? null,
      });
      load.retry();
    } catch (e) {
      workError.value = failureOf(e);
    } finally {
      working.value = null;
    }
  }
  const all = computed(() => data.value?.dataQualityIssues ?? []);
  const issues = computed(() => all.value.filter((i) => !severity.value || i.severity === severity.value));
  const counts = computed(() =>
    severities.map((s) => ({ severity: s, n: all.value.filter((i) => i.severity === s).length })),
  );
  return { load, issues, counts, work, working, workError };
}

export type QualityIssue = ReturnType<typeof useDistrictQuality>['issues']['value'][number];
