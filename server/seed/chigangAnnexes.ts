/**
 * What Chigang's annexes print about themselves, as the source text has it (line numbers of
 * `tests/fixtures/chigang/source.txt`): titles, the operator named in annex 2, the sub-headers of
 * annex 1 over their indicators' columns, and annex 2's total and subtotal rows. The quality rules
 * check them against the contract and against the figures (`domain/quality/documents.ts`).
 */
import type * as t from '../db/schema.ts';
import type { ChigangDocument } from './chigangReport.ts';

export interface PrintedFact {
  document: ChigangDocument;
  kind: (typeof t.DOCUMENT_FACT_KINDS)[number];
  printed: string;
  indicator?: string;
  /** The row's figures as printed, in order; null for a cell the PDF cut. */
  cells?: Array<number | null>;
  line: number;
  cell?: string;
}

/** Annex 1's target sub-headers, block by block, over the indicator whose figures stand under them. */
const subHeaders: Array<[indicator: string, printed: string, line: number, cell: string]> = [
  ['vulnerable_registry', '协议 个数', 343, 'C4'],
  ['phone_visits', '协议量', 343, 'F4'],
  ['home_visits', '协议量', 343, 'I4'],
  ['consult_cases', '协议量', 343, 'L4'],
  // 专业个案: cases (60) under 协议节数, sessions (300) under 协议结案数, as printed.
  ['casework_cases', '协议 节数', 343, 'O4'],
  ['casework_sessions', '协议结案数', 343, 'R4'],
  ['groups', '协议个数', 349, 'C10'],
  ['group_sessions', '协议节数', 349, 'F10'],
  ['group_attendance', '协议人次', 349, 'I10'],
  ['large_events', '协议次数', 349, 'L10'],
  ['large_event_attendance', '协议人次', 349, 'O10'],
  // 中小型社区活动: the count of events (38) under 协议人次.
  ['small_events', '协议人次', 349, 'R10'],
];

/** Annex 2's 总计 row (line 378): in post, insured, paid for each month from 2023-06; the PDF cut 2024-04 and 2024-05. */
const totalRow = [
  21,
  20,
  21,
  20,
  19,
  20,
  22,
  21,
  22,
  21,
  20,
  21,
  22,
  21,
  22,
  22,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  21,
  null,
  null,
  null,
  null,
  null,
  null,
];

/** Annex 2's 有收入 subtotal row (line 379): 14 figures printed under 12 months. */
const subtotalRow = [21, 20, 22, 21, 21, 21, 22, 21, 21, 21, 21, 21, 21, 21];

export const chigangPrintedFacts: PrintedFact[] = [
  {
    document: 'table',
    kind: 'title',
    printed:
      '广州市赤岗街“双百工程”社工站购买服务项目指标完成情况统计表（数据统计时间：2023年5月31日至2024年5月31日）',
    line: 340,
  },
  ...subHeaders.map(([indicator, printed, line, cell]) => ({
    document: 'table' as const,
    kind: 'sub_header' as const,
    indicator,
    printed,
    line,
    cell,
  })),
  {
    document: 'annex2',
    kind: 'title',
    printed: '广州市赤岗街“双百工程”社工站购买服务项目社工到岗情况统计表',
    line: 361,
  },
  { document: 'annex2', kind: 'operator', printed: '广州市勵星社会工作服务中心', line: 363 },
  {
    document: 'annex2',
    kind: 'title',
    printed: '广州市赤岗街“双石工程”社工站购买服务项目社工到岗情况统计表',
    line: 367,
  },
  {
    document: 'annex2',
    kind: 'total_row',
    printed: '每月社保购买、工资发放、人员到岗等情况总计',
    cells: totalRow,
    line: 378,
  },
  {
    document: 'annex2',
    kind: 'subtotal_row',
    printed: '社工有收入人次数小计（即持证社工及非持证社工有收入次数总和）',
    cells: subtotalRow,
    line: 379,
  },
];

/** The programme the contract buys under, as the report names it (its annexes' titles, line 333). */
export const chigangProgramme = '双百工程';
