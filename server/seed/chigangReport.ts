/**
 * What Chigang's evaluation report says beyond the indicator table, as the seed stores it: the
 * documents figures come from, figures printed outside the table, claims made in words, the
 * evaluation's metadata and its findings. Values come from the reference file; where the report's
 * own words are known (quoted in the reference or in the project's issues) they are kept verbatim,
 * and everything else is marked a paraphrase.
 */
import type * as t from '../db/schema.ts';
import { chigangReference as ref } from './reference.ts';

type DocumentKind = (typeof t.DOCUMENT_KINDS)[number];

/** The parts of the report (and the system checked) that figures come from. */
export const chigangDocuments: Record<
  'table' | 'narrative' | 'annex2' | 'volunteerSystem' | 'report',
  { kind: DocumentKind; title: string; periodStart?: string; periodEnd?: string }
> = {
  // The annex states its data period as running to 31 May, a day past the contract.
  table: {
    kind: 'indicator_table',
    title: '附件1 指标完成情况统计表',
    periodStart: '2023-06-01',
    periodEnd: '2024-05-31',
  },
  narrative: { kind: 'narrative', title: '评估报告正文' },
  annex2: { kind: 'attendance_annex', title: '附件2 人员在岗、社保及工资发放情况' },
  volunteerSystem: { kind: 'volunteer_system', title: '志愿者信息系统核查' },
  report: { kind: 'evaluation_report', title: '2023—2024年度末期评估报告' },
};

export type ChigangDocument = keyof typeof chigangDocuments;

/** Indicators printed somewhere else than the table (the rest come from the table). */
export const indicatorDocument: Partial<Record<string, ChigangDocument>> = {
  small_event_attendance: 'narrative',
};

/**
 * The areas' labels as annex 1 prints them, with the communities named there: 片区2 names
 * 毛坦 where the text has 毛纺, and 片区3 names 赤岗, which the text places in area 1. Only the
 * names the reference quotes are transcribed.
 */
export const printedAreaLabels: Record<string, string> = {
  A: '片区1（下渡、江景等社区）',
  B: '片区2（毛坦等社区）',
  C: '片区3（鸿运、赤岗等社区）',
};

export interface ReachEntry {
  code: string;
  area: string | null;
  value: number;
  printedText?: string;
  document: ChigangDocument;
  note?: string;
}

const percentOf = (text: string) => Number(text.replace('%', '')) / 100;

export function chigangReach(): ReachEntry[] {
  const { reach, staffing, station } = ref;
  return [
    { code: 'registered_households', area: null, value: reach.registeredHouseholds, document: 'report' },
    { code: 'registered_persons', area: null, value: reach.registeredPersons, document: 'table' },
    // The narrative's registration per area, which the table prints as 405 and 345.
    { code: 'registered_persons', area: 'B', value: 458, document: 'narrative' },
    { code: 'registered_persons', area: 'C', value: 406, document: 'narrative' },
    {
      code: 'visited_households',
      area: null,
      value: reach.visitedHouseholds,
      document: 'table',
      note: '附件1 脚注',
    },
    { code: 'persons_served_by_visits', area: null, value: reach.personsServedByVisits, document: 'report' },
    { code: 'residents_served', area: null, value: reach.residentsServed, document: 'report' },
    // One community charity fund per community (the station's 22 communities).
    { code: 'community_charity_funds', area: null, value: station.communityCount, document: 'report' },
    ...(
      [
        ['certified_share_of_staff', staffing.statedRates.certified],
        ['experienced_share', staffing.statedRates.practiceTwoYearsOrMore],
        ['stability_share', staffing.statedRates.stability],
      ] as const
    ).map(([code, text]) => ({
      code,
      area: null,
      value: percentOf(text),
      printedText: text,
      document: 'report' as const,
    })),
  ];
}

/** What the narrative says in words about the indicators. */
export const chigangClaims = [
  { code: 'all_targets_met', text: '各项工作指标完成情况良好', document: 'narrative' as const },
];

/** The evaluation's metadata: who evaluated, who supervises, the visit, the panel, the response. */
export const chigangEvaluationMeta = {
  evaluator: ref.station.evaluator,
  supervisingBody: ref.station.supervisor,
  // The reference gives one date for the final evaluation, the on-site visit.
  visitDate: ref.evaluation.date,
  panelExperts: 5,
  panelStaff: 1,
  feedback: '无异议',
};

export interface FindingEntry {
  party: (typeof t.PARTIES)[number];
  dimension: string;
  kind: (typeof t.FINDING_KINDS)[number];
  polarity: (typeof t.POLARITIES)[number];
  area?: string;
  zh: string;
  en: string;
  verbatim: boolean;
}

const concern = { kind: 'finding', polarity: 'concern' } as const;
const strength = { kind: 'finding', polarity: 'strength' } as const;
const followUp = {
  kind: 'follow_up',
  polarity: 'concern',
  party: 'third_party',
  dimension: 'service_monitoring',
} as const;

export const chigangFindings: FindingEntry[] = [
  {
    ...{ party: 'third_party', dimension: 'service_quality', area: 'B', ...concern, verbatim: false },
    zh: '服务对象风险等级评定依据不足（如两名一级残疾人的家庭被评为四级），部分服务缺少回访记录。',
    en: 'Risk levels of recipients are poorly founded (a household with two first-degree disabilities rated level 4); follow-up records are missing for some services.',
  },
  {
    ...{ party: 'third_party', dimension: 'service_quality', area: 'C', ...concern, verbatim: false },
    zh: '服务对象需求评估过于简略，几乎全部评为四级。',
    en: 'Recipient assessments are thin; almost all are rated level 4.',
  },
  {
    ...{ party: 'third_party', dimension: 'service_outcomes', ...concern, verbatim: false },
    zh: '社会资源链接未达到协议目标。',
    en: 'Resource mobilisation fell short of the contract target.',
  },
  {
    ...{ party: 'third_party', dimension: 'service_monitoring', ...concern, verbatim: false },
    zh: '满意度抽查中有一名独居长者反映未曾接到社工联系。',
    en: 'The satisfaction survey found an elderly person living alone who reported no contact from social workers.',
  },
  {
    ...{ party: 'third_party', dimension: 'service_monitoring', ...strength, verbatim: false },
    zh: '服务对象满意度较中期评估有所提升。',
    en: 'Recipient satisfaction rose since the mid-term evaluation.',
  },
  {
    ...{ party: 'third_party', dimension: 'project_management', ...strength, verbatim: false },
    zh: '项目负责人持中级社工证，从业十年以上。',
    en: 'The project lead holds the intermediate certificate and has over ten years of practice.',
  },
  {
    ...{ party: 'street_office', dimension: 'purchaser', ...strength, verbatim: true },
    zh: '服务量指标基本全部完成',
    en: 'Service volume targets were basically all met.',
  },
  {
    ...{ party: 'supervision_centre', dimension: 'supervision_centre', ...concern, verbatim: false },
    zh: '实务研究成果发表较少。',
    en: 'Few practice-research publications.',
  },
  {
    ...{
      party: 'district_bureau',
      dimension: 'supervising_bureau',
      kind: 'recommendation',
      polarity: 'concern',
    },
    ...{
      verbatim: true,
      zh: '加强智慧管理工作平台的使用',
      en: 'Make more use of the smart management platform.',
    },
  },
  {
    ...{ ...followUp, verbatim: false },
    zh: '满意度回访中发现一名已故服务对象仍在服务名单上，需核实更新名单。',
    en: 'A deceased recipient is still on the service list: check and update the list.',
  },
  {
    ...{ ...followUp, verbatim: false },
    zh: '一户残疾人家庭希望获得政策咨询帮助，需跟进。',
    en: 'A household with disabilities asked for help with policies: follow up.',
  },
  {
    ...{ ...followUp, verbatim: false },
    zh: '一名86岁独居长者反映未接到社工联系，需跟进探访。',
    en: 'An 86-year-old living alone reported no contact from social workers: follow up with a visit.',
  },
];
