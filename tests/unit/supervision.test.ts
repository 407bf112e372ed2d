import { describe, expect, it } from 'vitest';
import { progressNarrative, weakExplanation, type NarrativeFigure } from '../../server/domain/narrative.ts';
import {
  areaSumMismatch,
  missingMonths,
  negativeValue,
  overAchievement,
  sourcesDisagree,
  statedRateMismatch,
} from '../../server/domain/quality.ts';
import { parseStatedRate } from '../../server/domain/progress.ts';
import { chigangReference as ref } from '../../server/seed/reference.ts';

const name = { zh: '电访', en: 'Phone visits' };

describe('quality rules', () => {
  it('stated rate: phone visits area C printed 111.11% but 700 / 650 is 107.69%', () => {
    const f = statedRateMismatch(name, 700, 650, 1.1111, null);
    expect(f?.code).toBe('quality/stated_rate_mismatch');
    expect(f?.message.zh).toContain('111.11%');
    expect(f?.message.zh).toContain('107.69%');
    expect(f?.suggestion).toBeNull();
  });

  it('stated rate: within 0.5 point is consistent', () => {
    expect(statedRateMismatch(name, 3111, 3000, 1.037, null)).toBeNull();
    expect(statedRateMismatch(name, 3111, 3000, 1.041, null)).toBeNull();
    expect(statedRateMismatch(name, 3111, 3000, 1.043, null)).not.toBeNull();
  });

  it('stated rate: a printed 19458011 beside 38.92% suggests the lost decimal point, 194,580.11', () => {
    const f = statedRateMismatch(
      { zh: '社会资源链接', en: 'Resources' },
      194580.11,
      500000,
      0.3892,
      '19458011',
    );
    expect(f?.suggestion?.zh).toContain('194,580.11');
    expect(f?.suggestion?.en).toContain('194,580.11');
  });

  it('area sums: 1350 + 1020 + 650 is not 3000', () => {
    expect(
      areaSumMismatch(name, 'target', 3000, [
        { code: 'A', value: 1350 },
        { code: 'B', value: 1020 },
        { code: 'C', value: 650 },
      ])?.message.zh,
    ).toContain('3,020');
    expect(
      areaSumMismatch(name, 'actual', 3111, [
        { code: 'A', value: 1350 },
        { code: 'B', value: 1061 },
        { code: 'C', value: 700 },
      ]),
    ).toBeNull();
  });

  it('completion above 150% asks whether the target was too low; 150% itself does not', () => {
    expect(overAchievement(name, 1498, 900)?.severity).toBe('INFO');
    expect(overAchievement(name, 150, 100)).toBeNull();
  });

  it('negative values are errors', () => {
    expect(negativeValue(name, -3, '2024-06')?.severity).toBe('ERROR');
    expect(negativeValue(name, 0, '2024-06')).toBeNull();
  });

  it('missing months are listed', () => {
    const f = missingMonths(
      { zh: '服务', en: 'Service' },
      ['2024-06', '2024-07', '2024-08'],
      new Set(['2024-06', '2024-08']),
    );
    expect(f?.figures[0]?.value).toBe('2024-07');
    expect(missingMonths({ zh: '服务', en: 'Service' }, ['2024-06'], new Set(['2024-06']))).toBeNull();
  });

  it('two sources for one quantity: 150 in the table vs 230 in the volunteer system', () => {
    const f = sourcesDisagree(
      { zh: '新增志愿者', en: 'New volunteers' },
      { label: { zh: '指标表', en: 'table' }, value: 150, source: 'indicator_table' },
      { label: { zh: '系统', en: 'system' }, value: 230, source: 'volunteer_system' },
    );
    expect(f?.message.en).toBe('New volunteers: table 150, system 230');
    expect(
      sourcesDisagree(
        { zh: 'x', en: 'x' },
        { label: { zh: 'a', en: 'a' }, value: 1, source: 'computed' },
        { label: { zh: 'b', en: 'b' }, value: 1, source: 'computed' },
      ),
    ).toBeNull();
  });
});

const figures: NarrativeFigure[] = ref.indicators.map((i) => {
  const [target, actual] = i.total;
  const nameEn = i.code.replace(/_/g, ' ');
  return {
    code: i.code,
    nameZh: i.nameZh,
    nameEn,
    unit: i.unit,
    unitEn: i.unit === '元' ? 'yuan' : 'units',
    target,
    actual,
    completionRate: actual / target,
    projectedRate: actual / target,
    gap: Math.max(0, Math.round((target - actual) * 100) / 100),
  };
});

describe('weak explanation', () => {
  it('resources linked for Chigang reads as the issue asks', () => {
    const resources = figures.find((f) => f.code === 'resources_linked')!;
    expect(weakExplanation(resources, 'zh', false)).toBe(
      '社会资源链接完成 38.92%（194,580.11 / 500,000.00 元），尚差 305,419.89 元',
    );
  });

  it('adds the projection while the year runs', () => {
    const resources = { ...figures.find((f) => f.code === 'resources_linked')!, projectedRate: 0.5 };
    expect(weakExplanation(resources, 'zh', true)).toContain('预计年末完成 50.00%');
    expect(weakExplanation(resources, 'en', true)).toContain('the year ends at 50.00%');
  });
});

describe('progress narrative of Chigang 2023', () => {
  const text = progressNarrative(figures, ['resources_linked'], 'zh', {
    date: '2024-05-30',
    inProgress: false,
  });

  // Worded as the report words it, its numbers in the dashboard's one style (counts grouped).
  it('opens as the report does: 共完成电话访问 3,111 个……完成协议指标量的 103.70%', () => {
    expect(text.startsWith('本年度共完成电话访问 3,111 个，完成协议指标量的 103.70%')).toBe(true);
  });

  it('states every station total and its printed rate (100% = 100.00%)', () => {
    for (const i of ref.indicators.filter((x) => x.code !== 'resources_linked')) {
      const [, actual, printed] = i.total;
      const rate = (parseStatedRate(printed)! * 100).toFixed(2);
      const count = new Intl.NumberFormat('zh-CN').format(Number(actual));
      expect(text, i.code).toContain(`${count} ${i.unit}，完成协议指标量的 ${rate}%`);
    }
  });

  it('ends with the weak indicator and its gap, said once', () => {
    expect(text.endsWith('社会资源链接完成 38.92%（194,580.11 / 500,000.00 元），尚差 305,419.89 元。')).toBe(
      true,
    );
    expect(text.match(/194,580\.11/g)).toHaveLength(1);
  });

  it('groups as the report groups: visits, casework, groups, events, volunteers', () => {
    const order = ['电话访问', '咨询个案结案', '开展专业小组', '开展大型社区活动', '新增志愿者'].map((w) =>
      text.indexOf(w),
    );
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > (order[i - 1] as number)))).toBe(true);
  });

  it('is written in English on request', () => {
    expect(
      progressNarrative(figures, ['resources_linked'], 'en', { date: '2024-05-30', inProgress: false }),
    ).toContain('3,111 phone visits (103.70% of the contracted 3,000)');
  });
});
