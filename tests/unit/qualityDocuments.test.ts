/**
 * The rules on a printed document's own facts, each on a made-up station and on the real case it
 * was written for (Chigang's evaluation annexes): the rule is general, the real case is one use.
 */
import { describe, expect, it } from 'vitest';
import { countKindNames, headerKind, unitKind } from '../../server/domain/headers.ts';
import {
  operatorMismatch,
  subHeaderChecks,
  subtotalRows,
  titleProgramme,
  unmarkedStaff,
  type PrintedSubHeader,
} from '../../server/domain/quality.ts';

const annex = { title: '附件1', source: 'evaluation_report' as const };
const table = { title: '附件二 服务指标完成情况表', source: 'import_file' as const };

const indicator = (code: string, nameZh: string, nameEn: string, unit: string) => ({
  code,
  nameZh,
  nameEn,
  unit,
});
const groupSessions = indicator('group_sessions', '小组节数', 'group sessions', '节');
const groups = indicator('groups', '小组个数', 'groups', '个');
const talks = indicator('talks', '讲座次数', 'talks', '次');
const talkAttendance = indicator('talk_attendance', '讲座人次', 'talk attendance', '人次');
const spending = indicator('spending', '活动经费', 'spending', '元');

describe('what a sub-header says its column counts', () => {
  it('reads the kind of a printed sub-header, spaces and full-width forms aside', () => {
    expect(headerKind('协议 节数')).toBe('sessions');
    expect(headerKind('协议人次')).toBe('attendance');
    expect(headerKind('协议结案数')).toBe('count');
    expect(headerKind('协议个数')).toBe('count');
    expect(headerKind('协议金额（元）')).toBe('money');
    expect(headerKind('协议目标')).toBeNull();
  });

  it('reads the kind an indicator unit counts', () => {
    expect(['节', '人次', '元', '个', '次', '户'].map(unitKind)).toEqual([
      'sessions',
      'attendance',
      'money',
      'count',
      'count',
      'count',
    ]);
    expect(countKindNames.count).toEqual({ zh: '个数/次数', en: 'counts' });
  });
});

describe('sub-headers naming another kind than their columns', () => {
  const header = (i: PrintedSubHeader['indicator'], printed: string, cell: string | null) => ({
    indicator: i,
    printed,
    cell,
  });

  it('two headers each saying the other’s kind are one swap naming both', () => {
    const checks = subHeaderChecks(table, [
      header(groups, '协议节数', 'D3'),
      header(groupSessions, '协议个数', 'G3'),
    ]);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.indicatorCodes).toEqual(['groups', 'group_sessions']);
    const f = checks[0]?.finding;
    expect(f?.code).toBe('quality/sub_headers_swapped');
    expect(f?.kind).toBe('INCONSISTENCY');
    expect(f?.severity).toBe('WARNING');
    expect(f?.message.zh).toBe(
      '附件二 服务指标完成情况表：表头「协议节数」（D3）与「协议个数」（G3）互换：前者所在栏为小组个数（个），后者为小组节数（节）',
    );
    expect(f?.suggestion?.en).toContain('read by their position');
    expect(f?.figures.map((x) => [x.key, x.value, x.source])).toEqual([
      ['header:groups', '协议节数', 'import_file'],
      ['unit:groups', '个', 'contract'],
      ['header:group_sessions', '协议个数', 'import_file'],
      ['unit:group_sessions', '节', 'contract'],
    ]);
  });

  it('a count column headed 人次 has its own code; any other wrong header is a mismatch', () => {
    const checks = subHeaderChecks(table, [
      header(talks, '协议人次', null),
      header(spending, '协议节数', 'K3'),
    ]);
    expect(checks.map((c) => [c.finding.code, c.indicatorCodes])).toEqual([
      ['quality/count_headed_as_attendance', ['talks']],
      ['quality/sub_header_mismatch', ['spending']],
    ]);
    expect(checks[0]?.finding.message.en).toBe(
      '附件二 服务指标完成情况表: the column of talks (次) is headed "协议人次", a count headed as attendances',
    );
    expect(checks[1]?.finding.message.zh).toBe(
      '附件二 服务指标完成情况表：活动经费（元，金额）一栏表头印为「协议节数」（K3），即节数',
    );
  });

  it('is silent when every header says its column’s kind or names no kind', () => {
    expect(
      subHeaderChecks(table, [
        header(groups, '协议个数', 'D3'),
        header(groupSessions, '协议 节数', 'G3'),
        header(talkAttendance, '协议人次', 'J3'),
        header(spending, '协议金额', 'M3'),
        header(talks, '协议目标', 'P3'),
      ]),
    ).toEqual([]);
  });

  it('Chigang annex 1: 协议 节数 over cases and 协议结案数 over sessions are swapped; 协议人次 heads the small events', () => {
    const checks = subHeaderChecks(annex, [
      header(indicator('casework_cases', '专业个案', 'casework cases', '个'), '协议 节数', 'O4'),
      header(indicator('casework_sessions', '个案节数', 'casework sessions', '节'), '协议结案数', 'R4'),
      header(indicator('small_events', '小型活动', 'small events', '次'), '协议人次', 'R10'),
    ]);
    expect(checks.map((c) => [c.finding.code, c.indicatorCodes])).toEqual([
      ['quality/sub_headers_swapped', ['casework_cases', 'casework_sessions']],
      ['quality/count_headed_as_attendance', ['small_events']],
    ]);
    expect(checks[0]?.finding.message.zh).toContain(
      '附件1：表头「协议 节数」（O4）与「协议结案数」（R4）互换',
    );
    expect(checks[1]?.finding.message.zh).toBe(
      '附件1：小型活动（次）一栏表头印为「协议人次」（R10），把次数标成了人次',
    );
  });
});

const named = (title: string) => ({
  title,
  source: 'import_file' as const,
  name: { zh: '到岗情况表', en: 'staffing table' },
});

describe('a title naming another programme', () => {
  it('a quoted programme that is not the contract’s, in any quotes', () => {
    const f = titleProgramme(named('海珠区南洲街「三社联动」项目人员表'), '家庭综合服务');
    expect(f?.code).toBe('quality/title_programme_mismatch');
    expect(f?.message.zh).toBe(
      '海珠区南洲街「三社联动」项目人员表：标题所列项目为“三社联动”，合同项目为“家庭综合服务”',
    );
    expect(f?.suggestion?.en).toBe('Check that the document belongs to this programme');
    expect(titleProgramme(named('某街"康龄工程"人员表'), '乐龄工程')?.suggestion?.zh).toContain('笔误');
  });

  it('is silent for the right programme, one quoted in part, or a title quoting nothing', () => {
    expect(titleProgramme(named('某街『家庭综合服务』人员表'), '家庭综合服务')).toBeNull();
    expect(titleProgramme(named('某街“双百”工程人员表'), '双百工程')).toBeNull();
    expect(titleProgramme(named('某街社工站人员表'), '双百工程')).toBeNull();
  });

  it('Chigang: the staffing table’s title says 双石工程 for 双百工程', () => {
    const f = titleProgramme(named('广州市赤岗街“双石工程”社工站购买服务项目社工到岗情况统计表'), '双百工程');
    expect(f?.figures.map((x) => [x.key, x.value])).toEqual([
      ['titleProgramme', '双石工程'],
      ['programme', '双百工程'],
    ]);
    expect(f?.message.en).toContain(
      "the title names the programme “双石工程”, but the contract's is “双百工程”",
    );
    expect(f?.suggestion?.zh).toBe('“双石工程”很可能是“双百工程”的笔误');
  });
});

describe('an operator that is not the contract’s', () => {
  it('another organisation is flagged; the same one with stray spaces is not', () => {
    const doc = named('附件3');
    const f = operatorMismatch(doc, '佛山市启明社工中心', '广州市青年社工协会');
    expect(f?.code).toBe('quality/operator_mismatch');
    expect(f?.message.zh).toBe('附件3：所列承接机构为佛山市启明社工中心，合同承接机构为广州市青年社工协会');
    expect(f?.suggestion?.en).toBe("Check that the document is the station's");
    expect(operatorMismatch(doc, ' 广州市青年 社工协会 ', '广州市青年社工协会')).toBeNull();
  });

  it('Chigang: 勵星 printed for 穗星, likely a typo', () => {
    const f = operatorMismatch(named('附件2'), '广州市勵星社会工作服务中心', '广州市穗星社会工作服务中心');
    expect(f?.figures.map((x) => [x.key, x.value, x.source])).toEqual([
      ['printedOperator', '广州市勵星社会工作服务中心', 'import_file'],
      ['operator', '广州市穗星社会工作服务中心', 'contract'],
    ]);
    expect(f?.suggestion?.zh).toContain('笔误');
  });
});

const months = (from: number, n: number, year = 2024) =>
  Array.from({ length: n }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);

describe('a subtotal row against the totals', () => {
  it('a month that disagrees is named with both numbers', () => {
    const totals = months(1, 4).map((month, i) => ({ month, paid: [8, 9, 9, 10][i] ?? null }));
    const f = subtotalRows(table, totals, [8, 9, 10, 10], 31);
    expect(f?.code).toBe('quality/subtotal_mismatch');
    expect(f?.message.zh).toBe(
      '附件二 服务指标完成情况表：第 31 行小计与总计行不符：2024-03 小计 10，工资发放 9',
    );
    expect(f?.figures.map((x) => x.key)).toEqual(['subtotal:2024-03', 'paid:2024-03']);
  });

  it('too many figures alone is a fault; unknown months are not compared', () => {
    const totals = months(1, 3).map((month) => ({ month, paid: 5 }));
    const f = subtotalRows(table, totals, [5, 5, 5, 5], null);
    expect(f?.message.en).toBe(
      '附件二 服务指标完成情况表: the subtotal row disagrees with the totals: 4 figures for 3 months',
    );
    expect(
      subtotalRows(table, [...totals, { month: '2024-04', paid: null }], [5, 5, null, 7], null),
    ).toBeNull();
  });

  it('Chigang: 14 subtotals for 12 months, and 2023-10 and 2023-12 disagree', () => {
    const paid = [21, 20, 22, 21, 22, 21, 21, 21, 21, 21, null, null];
    const totals = [...months(6, 7, 2023), ...months(1, 5)].map((month, i) => ({
      month,
      paid: paid[i] ?? null,
    }));
    const subtotal = [21, 20, 22, 21, 21, 21, 22, 21, 21, 21, 21, 21, 21, 21];
    const f = subtotalRows(annex, totals, subtotal, 30);
    expect(f?.message.zh).toBe(
      '附件1：第 30 行小计与总计行不符：小计有 14 个数字，而表格有 12 个月；2023-10 小计 21，工资发放 22；2023-12 小计 22，工资发放 21',
    );
    expect(f?.figures.map((x) => [x.key, x.value])).toEqual([
      ['subtotalCount', '14'],
      ['months', '12'],
      ['subtotal:2023-10', '21'],
      ['paid:2023-10', '22'],
      ['subtotal:2023-12', '22'],
      ['paid:2023-12', '21'],
    ]);
  });
});

describe('a person under contract with no mark', () => {
  const marks = (list: readonly string[], mark: boolean | null) =>
    list.map((month) => ({ month, inPost: mark, insured: mark, paid: mark }));

  it('a contract covering known months, all ——, is flagged', () => {
    const person = {
      name: '王五',
      position: '片区社工',
      contractStart: '2024-03-15',
      contractEnd: null,
      marks: [...marks(months(1, 4), false), ...marks(months(5, 2), null)],
    };
    const f = unmarkedStaff(table, person);
    expect(f?.code).toBe('quality/staff_unmarked');
    expect(f?.message.zh).toBe(
      '附件二 服务指标完成情况表：王五（片区社工）合同期 2024.3.15–…，但 2024-03 – 2024-04 在岗、社保、工资均未打√',
    );
    expect(f?.figures.map((x) => [x.key, x.value])).toEqual([
      ['contract', '2024.3.15–…'],
      ['marked', '0 / 2'],
    ]);
  });

  it('is silent with one √, or when the contract covers no month with known marks', () => {
    const base = { name: '赵六', position: '社工', contractStart: '2024-01-01', contractEnd: '2024-12-31' };
    const one = [
      ...marks(months(1, 3), false),
      { month: '2024-04', inPost: true, insured: null, paid: null },
    ];
    expect(unmarkedStaff(table, { ...base, marks: one })).toBeNull();
    expect(
      unmarkedStaff(table, { ...base, contractStart: '2024-05-01', marks: marks(months(1, 4), false) }),
    ).toBeNull();
    expect(unmarkedStaff(table, { ...base, marks: marks(months(1, 4), null) })).toBeNull();
  });

  it('Chigang: two people under contract, every known month 2023-06 … 2024-01 marked ——', () => {
    const known = [...marks([...months(6, 7, 2023), '2024-01'], false), ...marks(months(2, 4), null)];
    const late = unmarkedStaff(annex, {
      name: '社工甲',
      position: '社工',
      contractStart: '2023-11-07',
      contractEnd: '2026-05-30',
      marks: known,
    });
    expect(late?.message.zh).toBe(
      '附件1：社工甲（社工）合同期 2023.11.7–2026.5.30，但 2023-11 – 2024-01 在岗、社保、工资均未打√',
    );
    const early = unmarkedStaff(annex, {
      name: '社工乙',
      position: '社工',
      contractStart: '2022-08-01',
      contractEnd: '2026-05-30',
      marks: known,
    });
    expect(early?.figures.find((x) => x.key === 'marked')?.value).toBe('0 / 8');
    expect(early?.message.en).toContain('under contract 2022.8.1–2026.5.30, but has no √');
  });
});
