/**
 * Chigang's staff over 2023-06 … 2024-05, with pseudonyms: the six people annex 2 lists, as it
 * lists them, and, marked derived, the people it counts in its 总计 row without listing them.
 *
 * Listed (annex 2, lines 371–376): six non-certified social workers with their positions,
 * qualification as printed, contract dates, and their marks (人员 / 社保 / 工资) for 2023-06 …
 * 2024-01, read by position as the text prints them (the importer's reading). The PDF cut the
 * marks of 2024-02 on and part of the header: those months are unknown and have no row. The
 * remarks pushed below the table (2023.6.10离职; 2023.12.1 调至华洲街社工站; 退休返聘) are tied to
 * the one row each fits (contract to 2023.6.30 and marked only in June; the row never insured
 * among its first marks): that tie is the only thing worked out about them.
 *
 * Derived: the report gives the certified staff only as totals (17 certified at 2024-05-30: 3
 * intermediate, 14 assistant, line 99; 17 with two years' practice or more, 16 in post all year,
 * 254 person-months, line 117) and the 总计 row gives the monthly counts to 2024-03 (254 less
 * those gives 21 for each of April and May). Derived rows make up, month by month, the total row
 * less the listed people's marks: 16 in post all year, and the few others the counts need. Who
 * they are, their areas, and when exactly anyone joined or left, the report does not say; their
 * rows say so, and no staffing event is drawn from them.
 */
import type * as t from '../db/schema.ts';

export type Mark = [inPost: boolean, insured: boolean, paid: boolean];

export interface RosterEntry {
  name: string;
  position: string;
  area: string | null;
  certification: (typeof t.CERTIFICATIONS)[number];
  certificationText?: string;
  practiceStart: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  leftOn?: string;
  leavingReason?: (typeof t.LEAVING_REASONS)[number];
  transferredTo?: string;
  insuranceExemption?: string;
  note?: string;
  /** Null for a listed person; else how the row was worked out. */
  derivation: string | null;
  /** Marks by month; a month without one is unknown. */
  marks: Record<string, Mark>;
}

const months = [
  '2023-06',
  '2023-07',
  '2023-08',
  '2023-09',
  '2023-10',
  '2023-11',
  '2023-12',
  '2024-01',
  '2024-02',
  '2024-03',
  '2024-04',
  '2024-05',
];
/** The months annex 2 prints marks for (the rest were cut by the PDF). */
const printedMonths = months.slice(0, 8);

const Y: Mark = [true, true, true];

/** Marks as printed, for the printed months in order ("YYY", "Y-Y", "---" …). */
function printed(...cells: string[]): Record<string, Mark> {
  return Object.fromEntries(cells.map((c, i) => [printedMonths[i]!, [...c].map((x) => x === 'Y') as Mark]));
}

const qualification = '已接受社会工作行业组织管理、培训且获得相关证书';

/** The six people annex 2 lists (pseudonyms), as it lists them. */
const listed: RosterEntry[] = [
  {
    name: '曾可馨',
    position: '第四片区社工',
    area: null,
    certification: 'none',
    certificationText: qualification,
    practiceStart: null,
    contractStart: '2019-10-08',
    contractEnd: '2026-05-30',
    derivation: null,
    marks: printed('YYY', 'YYY', 'YYY', 'YYY', 'YYY', 'YYY', 'YYY', 'YYY'),
  },
  {
    name: '宋晓雯',
    position: '第二片区社工',
    area: 'B',
    certification: 'none',
    certificationText: qualification,
    practiceStart: null,
    contractStart: '2023-11-07',
    contractEnd: '2026-05-30',
    derivation: null,
    marks: printed('---', '---', '---', '---', '---', '---', '---', '---'),
  },
  {
    name: '邓明轩',
    position: '第一片区社工',
    area: 'A',
    certification: 'none',
    certificationText: qualification,
    practiceStart: null,
    contractStart: '2022-08-01',
    contractEnd: '2026-05-30',
    derivation: null,
    marks: printed('---', '---', '---', '---', '---', '---', '---', '---'),
  },
  {
    name: '萧宇轩',
    position: '第一片区社工',
    area: 'A',
    certification: 'none',
    certificationText: qualification,
    practiceStart: null,
    contractStart: '2023-03-06',
    contractEnd: '2026-05-30',
    derivation: null,
    marks: printed('YYY', 'YYY', 'YYY', 'YYY', 'YYY', 'YYY', 'YYY', 'YYY'),
  },
  {
    name: '梁子健',
    position: '第二片区社工',
    area: 'B',
    certification: 'none',
    certificationText: qualification,
    practiceStart: null,
    contractStart: '2022-03-07',
    contractEnd: '2023-06-30',
    leftOn: '2023-06-10',
    leavingReason: 'left',
    note: '备注「2023.6.10离职。」印在表格下方；按合同期（至 2023.6.30）和标记（仅 6 月在岗）对应此人',
    derivation: null,
    marks: printed('YYY', '---', '---', '---', '---', '---', '---', '---'),
  },
  {
    name: '黄伯年',
    position: '第一片区社工',
    area: 'A',
    certification: 'none',
    certificationText: qualification,
    practiceStart: null,
    contractStart: '2022-04-01',
    contractEnd: '2024-06-30',
    leftOn: '2023-12-01',
    leavingReason: 'transferred_out',
    transferredTo: '华洲街社工站',
    insuranceExemption: 'retired_reemployed',
    note: '备注「2023.12.1.赤岗街社工站调至华洲街社工站。退休返聘」印在表格下方，对应此人；此行标记√与——交替，按文字位置读取，PDF 可能丢失了单元格',
    derivation: null,
    marks: printed('Y-Y', '-Y-', 'Y-Y', '-Y-', 'Y-Y', '---', '---', '---'),
  },
];

const derivedHow = {
  certified:
    '推算：附件2 只列出 6 名非持证社工；持证社工按报告所载总数（截至 2024-05-30 持证 17 人：中级 3、助理 14；持续在岗 16 人；从业 2 年及以上 17 人）与附件2 总计行逐月人数减去所列人员标记拆分，本人、片区、入职离职日期均不详',
  standIn:
    '推算：附件2 在 2024-02 之后的标记被截断；总计行人数中除持证社工外的 4 人为所列非持证社工，具体是谁不详',
  practice: '从业起始不详：按报告「从业 2 年及以上 17 人」记为至少 2 年',
};

/** Whole months from `from` to `to` (inclusive), each with `mark` unless `except` says otherwise. */
function span(from: string, to: string, except: Record<string, Mark> = {}): Record<string, Mark> {
  return Object.fromEntries(months.filter((m) => m >= from && m <= to).map((m) => [m, except[m] ?? Y]));
}

function derived(
  n: number,
  p: Pick<RosterEntry, 'certification' | 'marks'> & Partial<RosterEntry>,
): RosterEntry {
  const certified = p.certification !== 'none';
  return {
    name: `${certified ? '持证社工' : '非持证社工'}${String(n).padStart(2, '0')}`,
    position: certified ? '社工' : '非持证社工',
    area: null,
    practiceStart: certified ? '2022-05-30' : null,
    contractStart: null,
    contractEnd: null,
    note: certified ? `推算，附件未列出此人；${derivedHow.practice}` : '推算，附件未列出此人',
    derivation: certified ? derivedHow.certified : derivedHow.standIn,
    ...p,
  };
}

/** Who the total row counts that annex 2 does not list, as few as the counts allow. */
function unlisted(): RosterEntry[] {
  const allYear = Array.from({ length: 16 }, (_, i) =>
    derived(i + 1, {
      certification: i < 3 ? 'intermediate' : 'assistant',
      marks: span('2023-06', '2024-05'),
      // The project lead (line 117): 社会工作师 (intermediate), over 10 years' practice.
      ...(i === 0
        ? {
            position: '项目负责人',
            practiceStart: '2014-05-30',
            note: '推算，附件未列出此人；项目负责人持有社会工作师职业水平证书，有超过 10 年社会工作经验（报告原文）；从业起始按 10 年记',
          }
        : {}),
    }),
  );
  const notInsured: Mark = [true, false, true];
  return [
    ...allYear,
    derived(17, {
      certification: 'assistant',
      marks: span('2023-06', '2024-01', { '2023-07': notInsured, '2023-09': notInsured }),
    }),
    derived(18, { certification: 'assistant', marks: span('2023-07', '2024-05') }),
    derived(19, { certification: 'none', marks: span('2023-08', '2024-05') }),
    derived(20, {
      certification: 'assistant',
      marks: { '2023-11': [true, false, false] },
      practiceStart: null,
    }),
    derived(21, { certification: 'none', marks: span('2024-02', '2024-05') }),
    derived(22, { certification: 'none', marks: span('2024-02', '2024-05') }),
    derived(23, { certification: 'none', marks: span('2024-02', '2024-05') }),
  ];
}

export function chigangRoster(): RosterEntry[] {
  return [...listed, ...unlisted()];
}
