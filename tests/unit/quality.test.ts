/**
 * The cross-source data-quality rules on made-up stations: each rule is general, so it must catch
 * the same fault in any station's figures, not only in Chigang's.
 */
import { describe, expect, it } from 'vitest';
import {
  areaLabelMismatch,
  areaTargetCorrection,
  claimContradicted,
  labelCommunities,
  outsideTable,
  periodMismatch,
  positionAreaNumber,
  ratioDenominator,
  staffUnknownArea,
} from '../../server/domain/quality.ts';

const name = { zh: '入户探访', en: 'Home visits' };

describe('one area target explains a wrong sum and a wrong printed rate', () => {
  it('finds the target that makes both hold: 400 + 300 + 320 = 1,020 ≠ 1,000, and B printed 110% of 300', () => {
    const result = areaTargetCorrection(name, 1000, [
      { code: 'A', target: 400, actual: 400, statedRate: 1 },
      { code: 'B', target: 300, actual: 308, statedRate: 1.1 },
      { code: 'C', target: 320, actual: 320, statedRate: 1 },
    ]);
    expect(result?.area).toBe('B');
    expect(result?.finding.figures.find((f) => f.key === 'corrected')?.value).toBe('280');
    expect(result?.finding.suggestion?.zh).toContain('308 / 280 = 110.00%');
  });

  it('says nothing when no single area explains it, or when the areas sum', () => {
    const areas = [
      { code: 'A', target: 400, actual: 400, statedRate: 1 },
      { code: 'B', target: 620, actual: 620, statedRate: 1 },
    ];
    expect(areaTargetCorrection(name, 1000, areas)).toBeNull();
    expect(areaTargetCorrection(name, 1020, areas)).toBeNull();
  });
});

describe('a printed ratio over another denominator than it claims', () => {
  const staff = { key: 'staff' as const, count: 15, source: 'staff_records' as const };
  const positions = { key: 'positions' as const, count: 12, source: 'contract' as const };
  const stated = { rate: 0.75, text: '75%', source: 'narrative' as const };

  it('9 certified printed as 75% "of the staff": 9 / 15 = 60%, but 9 / 12 positions = 75%', () => {
    const f = ratioDenominator(name, stated, { count: 9, source: 'staff_records' }, staff, [positions]);
    expect(f?.code).toBe('quality/ratio_denominator');
    expect(f?.suggestion?.en).toContain('9 / 12 = 75.00% (contracted positions)');
  });

  it('is silent when the ratio fits what it claims', () => {
    expect(
      ratioDenominator(name, stated, { count: 9, source: 'staff_records' }, positions, [staff]),
    ).toBeNull();
  });
});

describe('documents, labels and positions', () => {
  it('a data period a day past the contract is flagged; the same period is not', () => {
    const doc = {
      title: '附件1',
      start: '2024-07-01',
      end: '2025-06-30',
      source: 'indicator_table' as const,
      name,
    };
    const term = { start: '2024-06-30', reportingStart: '2024-07-01' };
    const f = periodMismatch(doc, { ...term, end: '2025-06-29' });
    expect(f?.code).toBe('quality/period_mismatch');
    expect(f?.message.zh).toContain('与合同期 2024-06-30 – 2025-06-29 不符（截止应为 2025-06-29）');
    expect(periodMismatch(doc, { ...term, end: '2025-06-30' })).toBeNull();
  });

  it('reads the communities an area label names', () => {
    expect(labelCommunities('片区2（东风、西湖等社区）')).toEqual(['东风', '西湖']);
    expect(labelCommunities('片区2')).toEqual([]);
  });

  it("an area label naming another area's community, or a one-character typo of its own", () => {
    const area = { code: 'B', printedLabel: '片区2（东凤、南湖等社区）', communities: ['东风', '西湖'] };
    const f = areaLabelMismatch(area, [{ code: 'A', communities: ['南湖'] }]);
    expect(f?.message.zh).toContain('东凤 应为 东风');
    expect(f?.message.zh).toContain('南湖 属于片区 A');
    expect(areaLabelMismatch({ ...area, printedLabel: '片区2（东风、西湖）' }, [])).toBeNull();
  });

  it('a position naming an area the station does not have', () => {
    expect(positionAreaNumber('第三片区社工')).toBe(3);
    expect(positionAreaNumber('第12片区社工')).toBe(12);
    expect(positionAreaNumber('项目主管')).toBeNull();
    expect(staffUnknownArea({ name: '甲', position: '第五片区社工' }, [1, 2, 3, 4])?.code).toBe(
      'quality/staff_unknown_area',
    );
    expect(staffUnknownArea({ name: '乙', position: '第四片区社工' }, [1, 2, 3, 4])).toBeNull();
  });
});

describe('words against figures', () => {
  it('"all indicators done" while one is critical', () => {
    const claim = { text: '各项指标均已完成', source: 'narrative' as const };
    const critical = [{ name: { zh: '电访', en: 'Phone visits' }, completionRate: 0.41 }];
    expect(claimContradicted(claim, critical)?.message.zh).toContain('电访仅完成 41.00%');
    expect(claimContradicted(claim, [])).toBeNull();
  });

  it('a figure printed only in the narrative', () => {
    const narrative = {
      title: '正文',
      source: 'narrative' as const,
      name: { zh: '正文', en: 'report text' },
    };
    const f = outsideTable(name, 120, narrative, {
      title: '附件1',
      name: { zh: '指标表', en: 'indicator table' },
    });
    expect(f.kind).toBe('MISSING');
    expect(f.message.en).toContain('only in the report text');
  });
});
