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
  // The annex's title states its data period (数据统计时间) as 2023年5月31日至2024年5月31日: to a
  // day past the contract.
  table: {
    kind: 'indicator_table',
    title: '附件1 指标完成情况统计表',
    periodStart: '2023-05-31',
    periodEnd: '2024-05-31',
  },
  narrative: { kind: 'narrative', title: '评估报告正文' },
  annex2: { kind: 'attendance_annex', title: '附件2 社工到岗情况统计表' },
  volunteerSystem: { kind: 'volunteer_system', title: '志愿者信息系统核查' },
  report: { kind: 'evaluation_report', title: '2023—2024年度末期评估报告' },
};

export type ChigangDocument = keyof typeof chigangDocuments;

/** Indicators printed somewhere else than the table (the rest come from the table). */
export const indicatorDocument: Partial<Record<string, ChigangDocument>> = {
  small_event_attendance: 'narrative',
  // 结案 60 个 (line 105): the table's 协议结案数 column holds the sessions (300 / 332).
  casework_closed: 'narrative',
};

/**
 * The areas' labels as annex 1 prints them, with the communities named there: 片区2 names
 * 毛坦 where the text has 毛纺, and 片区3 names 赤岗, which the text places in area 1. Only the
 * names the reference quotes are transcribed.
 */
export const printedAreaLabels: Record<string, string> = {
  A: '片区1（下渡、江景等社区）',
  B: '片区2（毛坦、竹园等社区）',
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

/** Printed in the footnote under annex 1's table. */
const footnote = { document: 'table' as const, note: '附件1 脚注' };

const percentOf = (text: string) => Number(text.replace('%', '')) / 100;

export function chigangReach(): ReachEntry[] {
  const { reach, staffing, station } = ref;
  return [
    // The footnote under annex 1 (line 359): 建档总户数437户, 建档人数1427人, 入户探访总户数1360户,
    // 服务总人数11733人, 共服务社区居民23793人.
    { code: 'registered_households', area: null, value: reach.registeredHouseholds, ...footnote },
    { code: 'registered_persons', area: null, value: reach.registeredPersons, ...footnote },
    // The narrative's registration per area (应建档数 458 人, 406 人), which the table prints as 405 and 345.
    { code: 'registered_persons', area: 'B', value: 458, document: 'narrative' },
    { code: 'registered_persons', area: 'C', value: 406, document: 'narrative' },
    { code: 'visited_households', area: null, value: reach.visitedHouseholds, ...footnote },
    { code: 'persons_served_by_visits', area: null, value: reach.personsServedByVisits, ...footnote },
    { code: 'residents_served', area: null, value: reach.residentsServed, ...footnote },
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
