/**
 * Chigang's staff over 2023-06 … 2024-05, rebuilt (with pseudonyms) so that it agrees with the
 * attendance annex month by month (`staffing.monthlyFromAnnex2` of the reference file) and with
 * the report's aggregates. The annex names three changes; the rest of the month-to-month
 * movement in its total row is modelled as staff who left or joined at a month's end.
 *
 * - 16 in post all twelve months (stability 16/20): the project lead, 13 certified social
 *   workers (one listed as 第四片区社工, an area the station does not have) and two
 *   non-certified area social workers.
 * - The re-employed retiree (退休返聘, non-certified, area 1) in post and paid but not insured
 *   until his transfer to the Huazhou Street station on 2023-12-01: the annex's one person.
 * - A non-certified area-2 social worker who left on 2023-06-10 (contract to 2023-06-30), and
 *   one who joined on 2023-11-07.
 * - Three certified social workers who left at the end of August, October and November, and
 *   four who joined on 1 August (two), 1 October (non-certified) and 1 December.
 *
 * In post by month: 21, 20, 22, 21, 22, 22, then 21 (254 person-months); insured one fewer until
 * November. At the end 21 in post: 3 intermediate + 14 assistant certified (17), 4 without, and
 * 17 with at least two years' practice.
 */
import type * as t from '../db/schema.ts';

export interface RosterEntry {
  name: string;
  position: string;
  area: string | null;
  certification: (typeof t.CERTIFICATIONS)[number];
  practiceStart: string;
  /** First and last month in post (inclusive). */
  from: string;
  to: string;
  /** Staff contract start, when it is not the first of `from`. */
  contractStart?: string;
  contractEnd?: string;
  leftOn?: string;
  leavingReason?: (typeof t.LEAVING_REASONS)[number];
  insuranceExemption?: string;
}

const first = '2023-06';
const last = '2024-05';
/** Staff contracts of those still in post run to the end of the next term (the annex). */
const staffContractEnd = '2026-05-30';
const areaPosition: Record<string, string> = { A: '第一片区社工', B: '第二片区社工', C: '第三片区社工' };

type Person = Pick<RosterEntry, 'name' | 'area' | 'certification' | 'practiceStart'> & Partial<RosterEntry>;

function worker(p: Person): RosterEntry {
  return {
    position: p.area ? (areaPosition[p.area] as string) : '社工',
    from: first,
    to: last,
    contractEnd: p.leftOn ? undefined : staffContractEnd,
    ...p,
  };
}

/** Left at the end of `month` (the last day in post). */
function leftEndOf(month: string, lastDay: string): Partial<RosterEntry> {
  return { to: month, leftOn: lastDay, leavingReason: 'left' };
}

export function chigangRoster(): RosterEntry[] {
  return [
    // In post all twelve months.
    worker({
      name: '林晓岚',
      area: null,
      position: '项目主管',
      certification: 'intermediate',
      practiceStart: '2012-06-01',
    }),
    worker({ name: '周嘉怡', area: 'A', certification: 'intermediate', practiceStart: '2014-07-01' }),
    worker({ name: '罗文博', area: 'B', certification: 'intermediate', practiceStart: '2013-07-01' }),
    worker({ name: '吴子涵', area: 'A', certification: 'assistant', practiceStart: '2017-07-01' }),
    worker({ name: '郑雨桐', area: 'A', certification: 'assistant', practiceStart: '2018-07-01' }),
    worker({ name: '王若曦', area: 'A', certification: 'assistant', practiceStart: '2019-07-01' }),
    worker({ name: '冯梓航', area: 'A', certification: 'assistant', practiceStart: '2020-07-01' }),
    worker({ name: '何佳琪', area: 'A', certification: 'assistant', practiceStart: '2021-07-01' }),
    worker({ name: '梁诗琪', area: 'B', certification: 'assistant', practiceStart: '2018-03-01' }),
    worker({ name: '宋一鸣', area: 'B', certification: 'assistant', practiceStart: '2019-03-01' }),
    worker({ name: '谢婉婷', area: 'C', certification: 'assistant', practiceStart: '2017-09-01' }),
    worker({ name: '唐浩然', area: 'C', certification: 'assistant', practiceStart: '2020-09-01' }),
    worker({ name: '许安琪', area: 'C', certification: 'assistant', practiceStart: '2021-09-01' }),
    worker({
      name: '曾可馨',
      area: null,
      position: '第四片区社工',
      certification: 'assistant',
      practiceStart: '2016-05-01',
    }),
    worker({ name: '邓明轩', area: 'A', certification: 'none', practiceStart: '2019-09-01' }),
    worker({ name: '萧宇轩', area: 'C', certification: 'none', practiceStart: '2022-07-01' }),
    // The annex's remarks: a departure, the retiree's transfer, a new social worker.
    worker({
      ...{ name: '梁子健', area: 'B', certification: 'none', practiceStart: '2021-03-01' },
      ...{ to: first, contractEnd: '2023-06-30', leftOn: '2023-06-10', leavingReason: 'left' },
    }),
    worker({
      ...{ name: '黄伯年', area: 'A', certification: 'none', practiceStart: '2015-09-01' },
      ...{ to: '2023-11', leftOn: '2023-12-01', leavingReason: 'transferred_out' },
      insuranceExemption: 'retired_reemployed',
    }),
    worker({
      ...{ name: '宋晓雯', area: 'B', certification: 'none', practiceStart: '2023-11-07' },
      ...{ from: '2023-11', contractStart: '2023-11-07' },
    }),
    // The rest of the movement in the annex's monthly totals.
    worker({
      name: '蔡雅文',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2020-09-01',
      ...leftEndOf('2023-08', '2023-08-31'),
    }),
    worker({
      name: '潘志豪',
      area: 'C',
      certification: 'assistant',
      practiceStart: '2019-07-01',
      ...leftEndOf('2023-10', '2023-10-31'),
    }),
    worker({
      name: '黄诗涵',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2018-09-01',
      ...leftEndOf('2023-11', '2023-11-30'),
    }),
    worker({
      name: '韩晓彤',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2023-07-01',
      from: '2023-08',
    }),
    worker({
      name: '曹欣然',
      area: 'B',
      certification: 'assistant',
      practiceStart: '2018-10-01',
      from: '2023-08',
    }),
    worker({
      name: '彭俊熙',
      area: 'C',
      certification: 'none',
      practiceStart: '2020-07-01',
      from: '2023-10',
    }),
    worker({
      name: '陈思远',
      area: 'A',
      certification: 'assistant',
      practiceStart: '2023-12-01',
      from: '2023-12',
    }),
  ];
}
