/**
 * A station-year laid out as the official tables print it, as grids of cells: the indicator
 * table (指标完成情况统计表, the wide layout the importer reads back), the long template with
 * codes and Chinese names filled in, and the attendance annex (人员考勤表). `write.ts` turns a
 * grid into CSV or XLSX.
 */
import { contractMonths } from '../domain/dates.ts';
import { annexRemark, dotted } from '../domain/staffing.ts';
import { tableGroups } from '../import/official.ts';
import type { Cell } from '../import/sheet.ts';
import type { StationYear } from '../services/exports.ts';
import type * as t from '../db/schema.ts';

export interface ExportGrid {
  /** File name without extension. */
  name: string;
  rows: Cell[][];
  /** Merged ranges, 1-based inclusive: [top, left, bottom, right]. */
  merges: Array<[number, number, number, number]>;
  /** Rows that are headers (bold in XLSX). */
  headerRows: number[];
}

/** 2023-05-31 → 2023年5月31日, as the reports print dates. */
const zhDate = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

const yearLabel = (c: t.ContractRow) => `${c.start.slice(0, 4)}-${c.end.slice(0, 4)}`;

const rateText = (actual: number | null, target: number | null) =>
  actual == null || !target ? null : `${((actual / target) * 100).toFixed(2)}%`;

/** Sub-header of a triple's first column by its indicator's unit (协议节数 over sessions …). */
function agreedLabel(unit: string, single: boolean): string {
  if (single) return '协议量';
  return { 个: '协议个数', 次: '协议次数', 节: '协议节数', 人次: '协议人次' }[unit] ?? '协议量';
}

function figures(y: StationYear) {
  const target = new Map(y.targets.map((r) => [`${r.indicatorId}|${r.areaId}`, r.value]));
  const actual = new Map(y.actuals.map((r) => [`${r.indicatorId}|${r.areaId}`, r]));
  /** The areas' sum, for a 合计 the station stores only by area (null when no area has one). */
  const sumOver = (get: (areaId: number) => number | null | undefined) => {
    const values = y.areas.map((a) => get(a.id)).filter((v): v is number => v != null);
    return values.length === 0 ? null : Math.round(values.reduce((s, v) => s + v, 0) * 100) / 100;
  };
  return (indicatorId: number, areaId: number | null): Cell[] => {
    const a = actual.get(`${indicatorId}|${areaId}`);
    const tv =
      target.get(`${indicatorId}|${areaId}`) ??
      (areaId === null ? sumOver((id) => target.get(`${indicatorId}|${id}`)) : null);
    const av =
      a?.value ?? (areaId === null ? sumOver((id) => actual.get(`${indicatorId}|${id}`)?.value) : null);
    return [tv, av, a?.statedRateText ?? rateText(av, tv)];
  };
}

export function wideGrid(y: StationYear & { contract: t.ContractRow }): ExportGrid {
  const { station, contract, areas, definitions } = y;
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  const groups = tableGroups
    .map((g) => ({ name: g.name, defs: g.codes.flatMap((c) => byCode.get(c) ?? []) }))
    .filter((g) => g.defs.length > 0);
  const inTable = new Set(groups.flatMap((g) => g.defs.map((d) => d.code)));
  const keyValue = definitions.filter((d) => !inTable.has(d.code));
  const of = figures(y);
  const top: Cell[] = ['服务片区', '投入社工人数'];
  const sub: Cell[] = [null, null];
  const merges: ExportGrid['merges'] = [
    [3, 1, 4, 1],
    [3, 2, 4, 2],
  ];
  for (const g of groups) {
    merges.push([3, top.length + 1, 3, top.length + g.defs.length * 3]);
    g.defs.forEach((d, i) => {
      top.push(i === 0 ? g.name : null, null, null);
      sub.push(agreedLabel(d.unit, g.defs.length === 1), '完成量', '百分比');
    });
  }
  const width = top.length;
  const row = (label: string, workers: number | null, areaId: number | null): Cell[] => [
    label,
    workers,
    ...groups.flatMap((g) => g.defs.flatMap((d) => of(d.id, areaId))),
  ];
  const workers = areas.reduce((s, a) => s + (a.socialWorkers ?? 0), 0);
  const rows: Cell[][] = [
    [`${station.nameZh} ${yearLabel(contract)} 年度指标完成情况统计表`],
    [`数据统计时间：${zhDate(contract.start)}至${zhDate(contract.end)}`],
    top,
    sub,
    ...areas.map((a) => row(a.printedLabel ?? a.label, a.socialWorkers, a.id)),
    row('合计', workers || null, null),
    [],
  ];
  merges.push([1, 1, 1, width], [2, 1, 2, width]);
  for (let i = 0; i < keyValue.length; i += 2) {
    rows.push(
      keyValue.slice(i, i + 2).flatMap((d, k) => {
        const [target, actual, rate] = of(d.id, null);
        const block = ['协议内容', d.nameZh, '指标要求', target, '完成量', actual, '百分比', rate];
        return k === 0 ? [...block, null] : block;
      }) as Cell[],
    );
  }
  return { name: `${station.code}-${contract.serviceYear}-indicators`, rows, merges, headerRows: [3, 4] };
}

/** The long template: every indicator × (each area, 合计), targets filled in where known. */
export function longTemplate(y: StationYear): ExportGrid {
  const of = figures(y);
  const scopes: Array<{ label: string; id: number | null }> = [
    ...y.areas.map((a) => ({ label: a.code, id: a.id })),
    { label: '合计', id: null },
  ];
  const rows: Cell[][] = [['片区', '指标代码', '指标名称', '单位', '期间', '目标', '完成', '完成率']];
  for (const d of y.definitions)
    for (const s of scopes)
      rows.push([s.label, d.code, d.nameZh, d.unit, null, of(d.id, s.id)[0] ?? null, null, null]);
  const year = y.contract?.serviceYear ?? 'new';
  return { name: `${y.station.code}-${year}-template`, rows, merges: [], headerRows: [1] };
}

const certification: Record<t.StaffRow['certification'], string> = {
  intermediate: '中级社工师',
  assistant: '助理社工师',
  none: '无',
};

export function attendanceGrid(
  y: StationYear & { contract: t.ContractRow },
  people: readonly t.StaffRow[],
  months: readonly t.AttendanceRow[],
  nameOf: (s: t.StaffRow) => string,
): ExportGrid {
  const { station, contract } = y;
  const list = contractMonths(contract.start, contract.end);
  /** A month with no record is unknown (a cell the source lost): left blank, never marked ——. */
  const mark = (a: t.AttendanceRow | undefined, v: boolean | undefined) =>
    a === undefined ? null : v ? '√' : '——';
  const byStaff = new Map<number, Map<string, t.AttendanceRow>>();
  for (const m of months) byStaff.set(m.staffId, (byStaff.get(m.staffId) ?? new Map()).set(m.month, m));
  const head = ['序号', '姓名', '岗位', '资格证', '从业时间', '合同期限'];
  const top: Cell[] = [
    ...head,
    ...list.flatMap((m) => [`${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`, null, null]),
    '备注',
  ];
  const sub: Cell[] = [...head.map(() => null), ...list.flatMap(() => ['人员', '社保', '工资']), null];
  const rows: Cell[][] = [
    [`${station.nameZh} ${yearLabel(contract)} 年度人员考勤表`],
    [`数据统计时间：${zhDate(contract.start)}至${zhDate(contract.end)}`],
    top,
    sub,
    ...people.map((s, i) => {
      const own = byStaff.get(s.id);
      return [
        i + 1,
        nameOf(s),
        s.position,
        certification[s.certification],
        s.practiceStart,
        s.contractStart || s.contractEnd ? `${dotted(s.contractStart)}-${dotted(s.contractEnd)}` : null,
        ...list.flatMap((m) => {
          const a = own?.get(m);
          return [mark(a, a?.inPost), mark(a, a?.insured), mark(a, a?.paid)];
        }),
        s.note ?? annexRemark(s),
      ];
    }),
    [
      '总计',
      ...head.slice(1).map(() => null),
      ...list.flatMap((m) => {
        const all = months.filter((a) => a.month === m);
        return [
          all.filter((a) => a.inPost).length,
          all.filter((a) => a.insured).length,
          all.filter((a) => a.paid).length,
        ];
      }),
      null,
    ],
  ];
  const merges: ExportGrid['merges'] = [
    [1, 1, 1, top.length],
    [2, 1, 2, top.length],
    ...head.map((_, i): [number, number, number, number] => [3, i + 1, 4, i + 1]),
    ...list.map((_, i): [number, number, number, number] => [
      3,
      head.length + i * 3 + 1,
      3,
      head.length + i * 3 + 3,
    ]),
    [3, top.length, 4, top.length],
  ];
  return { name: `${station.code}-${contract.serviceYear}-attendance`, rows, merges, headerRows: [3, 4] };
}
