/**
 * Messy files as stations keep them, written for the import tests from the reference figures
 * (never from the exporter under test): merged and blank header cells, labels with spaces and
 * line breaks, a sub-header that does not match its numbers, 100% beside 100.00%, thousands
 * separators, blank rows, trailing empty columns, key–value blocks side by side.
 */
import ExcelJS from 'exceljs';
import { chigangReference } from '../../server/seed/reference.ts';

type Cell = string | number | null;

const ref = chigangReference;
const byCode = new Map(ref.indicators.map((i) => [i.code, i]));

/** The table's groups as a station's file prints them, messy names included. */
const groups: Array<{ printed: string; codes: string[]; agreed: string[] }> = [
  { printed: '困难群众和\n特殊群体建档', codes: ['vulnerable_registry'], agreed: ['协议量'] },
  { printed: '电 访', codes: ['phone_visits'], agreed: ['协议量'] },
  { printed: '入户探访', codes: ['home_visits'], agreed: ['协议量'] },
  { printed: '咨询个案', codes: ['consult_cases'], agreed: ['协议量'] },
  // The second triple is labelled 协议个数 over session numbers: imported by position, with a warning.
  { printed: '专业个案', codes: ['casework_cases', 'casework_sessions'], agreed: ['协议个数', '协议个数'] },
  {
    printed: '专业\n小组',
    codes: ['groups', 'group_sessions', 'group_attendance'],
    agreed: ['协议个数', '协议节数', '协议人次'],
  },
  {
    printed: '大型社区活动',
    codes: ['large_events', 'large_event_attendance'],
    agreed: ['协议次数', '协议人次'],
  },
  {
    printed: '中小型社区活动',
    codes: ['small_events', 'small_event_attendance'],
    agreed: ['协议次数', '协议人次'],
  },
];

const keyValue = [
  'new_volunteers',
  'volunteer_backbone',
  'volunteer_teams',
  'community_surveys',
  'public_issues_resolved',
  'resources_linked',
  'casework_closed',
];

const areaLabels: Record<string, string> = {
  A: '片区1 (下渡、江景等社区)',
  B: '片区 2（毛纺、竹园等社区）',
  C: '片区3\n（鸿运、赤塘等社区）',
};

/** What the messy table holds, from the reference: indicator × area (null = 合计) → figures. */
export function messyTableValues() {
  const values: Array<{
    indicator: string;
    area: string | null;
    target: number;
    actual: number;
    rate: number;
  }> = [];
  const rate = (text: string) => Number(text.replace('%', '')) / 100;
  for (const code of [...groups.flatMap((g) => g.codes), ...keyValue]) {
    const ind = byCode.get(code);
    if (!ind) throw new Error(`reference lacks ${code}`);
    for (const [area, fig] of Object.entries(ind.byArea ?? {}))
      values.push({ indicator: code, area, target: fig[0], actual: fig[1], rate: rate(fig[2]) });
    const printedActual = ind.printedActual ? Number(ind.printedActual) : ind.total[1];
    values.push({
      indicator: code,
      area: null,
      target: ind.total[0],
      actual: printedActual,
      rate: rate(ind.total[2]),
    });
  }
  return values;
}

/** Thousands separators on some numbers, as typed by hand. */
const typed = (n: number) => (n >= 1000 && n % 7 === 0 ? n.toLocaleString('en-US') : n);
/** 100% and 100.00% both occur. */
const printedRate = (text: string) => (text === '100.00%' ? '100%' : text);

/** The table; `title` as printed above it (Chigang's by default, naming its street). */
export function messyTableGrid(title = '海珠区赤岗街社工服务站  2023-2024年度\n指标完成情况统计表'): {
  rows: Cell[][];
  merges: Array<[number, number, number, number]>;
} {
  const top: Cell[] = ['服务片区', '投入社\n工人数'];
  const sub: Cell[] = [null, null];
  const merges: Array<[number, number, number, number]> = [[3, 1, 4, 1]];
  for (const g of groups) {
    merges.push([3, top.length + 1, 3, top.length + g.codes.length * 3]);
    g.codes.forEach((_, i) => {
      top.push(i === 0 ? g.printed : null, null, null);
      sub.push(g.agreed[i] ?? '协议量', '完成量', ' 百分比 ');
    });
  }
  const row = (label: string, workers: number | null, area: string | null): Cell[] => [
    label,
    workers,
    ...groups.flatMap((g) =>
      g.codes.flatMap((code) => {
        const ind = byCode.get(code);
        const fig = area == null ? ind?.total : ind?.byArea?.[area];
        return fig ? [typed(fig[0]), typed(fig[1]), printedRate(fig[2])] : [null, null, null];
      }),
    ),
    null,
    null, // trailing empty columns
  ];
  const kv = keyValue.map((code): Cell[] => {
    const ind = byCode.get(code);
    if (!ind) return [];
    const actual = ind.printedActual ?? ind.total[1];
    return ['协议内容', ind.nameZh, '指标要求', ind.total[0], '完成量', actual, '百分比', ind.total[2]];
  });
  const rows: Cell[][] = [
    [title],
    ['数据统计时间：2023年5月31日 至 2024年5月30日'],
    top,
    sub,
    row(areaLabels.A ?? '', 9, 'A'),
    [],
    row(areaLabels.B ?? '', 5, 'B'),
    row(areaLabels.C ?? '', 4, 'C'),
    row('合 计', 18, null),
    [null, null, null],
  ];
  for (let i = 0; i < kv.length; i += 2) rows.push([...(kv[i] ?? []), null, ...(kv[i + 1] ?? [])]);
  return { rows, merges };
}

export async function xlsxOf(rows: Cell[][], merges: Array<[number, number, number, number]> = []) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件1');
  for (const r of rows) sheet.addRow(r);
  for (const [t, l, b, rr] of merges) sheet.mergeCells(t, l, b, rr);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** RFC 4180 CSV with a BOM and CRLF (or tabs), as Excel saves it. */
export function csvOf(rows: Cell[][], { delimiter = ',', bom = true, eol = '\r\n' } = {}) {
  const quote = (c: Cell) => {
    const s = c == null ? '' : String(c);
    return /[",\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
}

/**
 * An attendance annex for two months of a contract starting in June: a person in post
 * throughout, one who left (2023.6.10离职), the re-employed retiree transferred out.
 */
export function attendanceRows(): Cell[][] {
  return [
    ['附件2 人员考勤表'],
    [
      '序号',
      '姓名',
      '岗位',
      '资格证',
      '从业时间',
      '合同期限',
      '2023年6月',
      null,
      null,
      '7月',
      null,
      null,
      '备注',
    ],
    [null, null, null, null, null, null, '人员', '社保', '工资', '人员', '社保', '工资', null],
    [
      1,
      '陈大文',
      '项目主管',
      '中级社工师',
      '2010-03',
      '2023.6.1-2026.5.30',
      '√',
      '√',
      '√',
      '√',
      '√',
      '√',
      null,
    ],
    [
      2,
      '李小红',
      '第二片区社工',
      '无',
      '2021-03',
      '2023.6.1-2023.6.30',
      '√',
      '√',
      '√',
      '——',
      '——',
      '——',
      '2023.6.10离职',
    ],
    [
      3,
      '王老伯',
      '第一片区社工',
      null,
      null,
      null,
      '√',
      '——',
      '√',
      '√',
      '——',
      '√',
      '退休返聘，2023.7.31 调至华洲街社工站',
    ],
    ['总计', null, null, null, null, null, 3, 2, 3, 2, 1, 2, null],
  ];
}
