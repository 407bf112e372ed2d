import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { StationEvaluationDocument, type StationEvaluationQuery } from '../graphql/generated/graphql.ts';
import { apiLang } from '../../../shared/labels.ts';
import { useQuery } from './useQuery.ts';

export interface FindingFilters {
  /** '' = all, for each. */
  party: Ref<string>;
  dimension: Ref<string>;
  /** STRENGTH, CONCERN, RECOMMENDATION or FOLLOW_UP. */
  kind: Ref<string>;
  area: Ref<string>;
  /** A chapter section (`二（四）`, `五`): the findings whose section starts with it. */
  section: Ref<string>;
}

/**
 * The chapter part of a report section: `二（三）` of `二（三）1（2）`, `二（九）` of `二（九）1`, `五` of
 * `五1`. The numbers after it are the heading (1 strengths, 2 concerns) and the item.
 */
export function chapterOf(section: string): string {
  return /^[一二三四五六七八九十]+(?:（[一二三四五六七八九十]+）)?/.exec(section)?.[0] ?? section;
}

export type StationEvaluation = NonNullable<
  NonNullable<StationEvaluationQuery['station']>['contract']
>['evaluations'][number];

/** A station year's evaluations (parts, total, grade) and their findings, filtered. */
export function useStationEvaluation(code: Ref<string>, year: Ref<number | null>, filters: FindingFilters) {
  const { locale } = useI18n();
  const { data, load } = useQuery(StationEvaluationDocument, () => ({
    code: code.value,
    year: year.value,
    lang: apiLang(locale.value),
  }));
  const station = computed(() => data.value?.station ?? null);
  const evaluations = computed(() => station.value?.contract?.evaluations ?? []);
  /** The policy's lowest total of each grade, for the lines on the scores chart. */
  const gradeBands = computed(() => data.value?.policy.gradeBands ?? []);
  const findings = computed(() =>
    evaluations.value.flatMap((e) => e.findings.map((f) => ({ ...f, stage: e.stage }))),
  );
  const present = (pick: (f: (typeof findings.value)[number]) => string | null) => [
    ...new Set(findings.value.map(pick).filter((v): v is string => v != null)),
  ];
  /** Each chapter section with its title (the report's words), in report order. */
  const sections = computed(() => {
    const titles = new Map<string, string>();
    for (const f of findings.value) {
      const chapter = f.section == null ? null : chapterOf(f.section);
      if (chapter != null && !titles.has(chapter)) titles.set(chapter, f.sectionTitle ?? '');
    }
    return [...titles].map(([value, title]) => ({ value, label: `${value} ${title}`.trim(), lang: 'zh-CN' }));
  });
  /** The values each filter can take, as the findings have them. */
  const choices = computed(() => ({
    party: present((f) => f.party),
    dimension: present((f) => f.dimension),
    kind: present((f) => f.kind),
    area: (station.value?.areas ?? []).map((a) => a.code),
    section: sections.value,
  }));
  const shown = computed(() =>
    findings.value.filter(
      (f) =>
        (!filters.party.value || f.party === filters.party.value) &&
        (!filters.dimension.value || f.dimension === filters.dimension.value) &&
        (!filters.kind.value || f.kind === filters.kind.value) &&
        (!filters.area.value || f.area?.code === filters.area.value) &&
        (!filters.section.value || (f.section?.startsWith(filters.section.value) ?? false)),
    ),
  );
  /** The shown findings of each evaluation, mid-term before final, so that the two are told apart. */
  const byStage = computed(() =>
    evaluations.value.map((e) => ({
      stage: e.stage,
      date: e.date,
      findings: shown.value.filter((f) => f.stage === e.stage),
    })),
  );
  return { load, station, evaluations, gradeBands, choices, byStage };
}
