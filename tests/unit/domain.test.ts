import { describe, expect, it } from 'vitest';
import { evaluationTotal, grade } from '../../server/domain/evaluation.ts';
import { pendingExplanation } from '../../server/domain/narrative.ts';
import {
  completionRate,
  expectedRate,
  figureResourceBand,
  gap,
  indicatorFigures,
  indicatorStatus,
  overallCompletion,
  overallProgress,
  paceRatio,
  parseStatedRate,
  resourceBand,
} from '../../server/domain/progress.ts';
import { rankedWeak } from '../../server/domain/weak.ts';
import { contractMonths, daysInclusive } from '../../server/domain/dates.ts';
import { staffingRatios } from '../../server/domain/staffing.ts';
import { chigangRoster } from '../../server/seed/chigang.ts';
import { chigangReference as ref } from '../../server/seed/reference.ts';

const contract = { start: ref.contract.start, end: ref.contract.end };
const printedPoints = (text: string) => Number(text.replace('%', ''));

describe('completion against the Chigang 2023 report', () => {
  const figures = ref.indicators.flatMap((ind) => [
    ...Object.entries(ind.byArea ?? {}).map(([area, fig]) => ({ code: ind.code, area, fig })),
    { code: ind.code, area: 'total', fig: ind.total },
  ]);

  it('reproduces every consistent printed rate to 0.01 point, and only phone visits area C differs', () => {
    const mismatches = figures.filter(({ fig: [target, actual, printed] }) => {
      const computed = Math.round((completionRate(actual, target) as number) * 10000) / 100;
      return Math.abs(computed - printedPoints(printed)) > 0.005;
    });
    expect(mismatches.map((m) => `${m.code}/${m.area}`)).toEqual(['phone_visits/C']);
    expect(figures.length).toBeGreaterThan(50);
  });

  it('phone visits: 3111 of 3000 is 103.70%', () => {
    expect((completionRate(3111, 3000) as number).toFixed(4)).toBe('1.0370');
  });

  it('resources linked: 194,580.11 of 500,000 is 38.92%, a gap of 305,419.89 yuan', () => {
    expect(Math.round((completionRate(194580.11, 500000) as number) * 10000) / 100).toBe(38.92);
    expect(gap(194580.11, 500000)).toBe(305419.89);
  });

  it('completion is null without a target, and the gap is 0 once met', () => {
    expect(completionRate(5, 0)).toBeNull();
    expect(completionRate(5, null)).toBeNull();
    expect(gap(120, 100)).toBe(0);
  });

  it('parses printed rates as fractions', () => {
    expect(parseStatedRate('103.70%')).toBeCloseTo(1.037, 10);
    expect(parseStatedRate('100%')).toBe(1);
    expect(parseStatedRate('n/a')).toBeNull();
  });
});

describe('pace and status', () => {
  it('the Chigang contract lasts 366 days over 12 reported months', () => {
    expect(daysInclusive(contract.start, contract.end)).toBe(366);
    expect(contractMonths(contract.start, contract.end)).toHaveLength(12);
    expect(contractMonths(contract.start, contract.end)[0]).toBe('2023-06');
  });

  it('expected rate is the elapsed share of the term, clamped to [0, 1]', () => {
    expect(expectedRate(contract, '2023-01-01')).toBe(0);
    expect(expectedRate(contract, contract.end)).toBe(1);
    expect(expectedRate(contract, '2030-01-01')).toBe(1);
    expect(expectedRate(contract, '2023-11-29')).toBeCloseTo(183 / 366, 12);
  });

  it('status follows the pace thresholds 0.9 and 0.7', () => {
    expect(indicatorStatus(1, 2)).toBe('MET');
    expect(indicatorStatus(0.45, paceRatio(0.45, 0.5))).toBe('ON_TRACK');
    expect(indicatorStatus(0.4, paceRatio(0.4, 0.5))).toBe('BEHIND');
    expect(indicatorStatus(0.3, paceRatio(0.3, 0.5))).toBe('CRITICAL');
    expect(indicatorStatus(null, null)).toBe('NO_TARGET');
  });

  it('resources linked at the end of Chigang 2023 is CRITICAL', () => {
    const completion = completionRate(194580.11, 500000);
    expect(indicatorStatus(completion, paceRatio(completion, expectedRate(contract, contract.end)))).toBe(
      'CRITICAL',
    );
  });

  it('resource bands: below 60% critical, 60–90% behind, from 90% on track, pace-adjusted while running', () => {
    expect(resourceBand(0.3892, 0.3892)).toBe('CRITICAL');
    expect(resourceBand(0.6, 0.6)).toBe('BEHIND');
    expect(resourceBand(0.45, 0.9)).toBe('ON_TRACK');
    expect(resourceBand(1.02, 1.02)).toBe('MET');
    expect(resourceBand(null, null)).toBe('NO_TARGET');
  });

  it('overall completion caps each indicator at 100%', () => {
    expect(overallCompletion([1.5, 0.5])).toBe(0.75);
    expect(overallCompletion([null])).toBeNull();
  });
});

describe('a year total still running on the date: shown at its value, judged at its end', () => {
  it('keeps the value and its completion, with no pace, and is PENDING, never weak', () => {
    // Phone visits 1,500 of 3,000 at two thirds of the year: BEHIND were it judged on the pace.
    expect(indicatorFigures(3000, 1500, 0.67).status).toBe('BEHIND');
    expect(indicatorFigures(3000, 1500, 0.67, true)).toEqual({
      target: 3000,
      actual: 1500,
      completionRate: 0.5,
      expectedRate: null,
      paceRatio: null,
      projectedRate: null,
      status: 'PENDING',
      gap: 1500,
    });
    const figures = [
      { ...indicatorFigures(3000, 1500, 0.67, true), code: 'pending' },
      { ...indicatorFigures(100, 40, 0.67), code: 'judged' },
    ];
    expect(rankedWeak(figures, null).map((f) => f.code)).toEqual(['judged']);
  });

  it('a met or target-less year total is still PENDING until it ends', () => {
    expect(indicatorFigures(3000, 3111, 0.67, true).status).toBe('PENDING');
    expect(indicatorFigures(null, 12, 0.67, true)).toMatchObject({ status: 'PENDING', completionRate: null });
  });

  it('resources known by a running year total have the PENDING band, whatever their completion', () => {
    expect(figureResourceBand(indicatorFigures(500000, 194580.11, 0.67, true))).toBe('PENDING');
    expect(figureResourceBand(indicatorFigures(500000, 194580.11, 1))).toBe('CRITICAL');
  });

  it('a contract is PENDING only while every figure with a target is; then judged on the pace', () => {
    expect(overallProgress(0.5, 0.67, { indicators: 6, pending: 6 })).toEqual({
      paceRatio: null,
      status: 'PENDING',
    });
    expect(overallProgress(0.4, 0.67, { indicators: 6, pending: 5 }).status).toBe('CRITICAL');
    expect(overallProgress(0.65, 0.67, { indicators: 6, pending: 0 })).toEqual({
      paceRatio: 0.65 / 0.67,
      status: 'ON_TRACK',
    });
    expect(overallProgress(null, 0.67, { indicators: 0, pending: 0 }).status).toBe('NO_TARGET');
  });

  it('explains itself as a year total judged at year end, in zh and en', () => {
    const phone = {
      ...{ code: 'phone_visits', nameZh: '电访', nameEn: 'Phone visits', unit: '个', unitEn: 'calls' },
      ...{ target: 3000, actual: 1500, completionRate: 0.5, projectedRate: null, gap: 1500 },
    };
    expect(pendingExplanation(phone, 'zh')).toBe('电访为年度汇总 1,500 / 3,000 个（50.00%），年末判定');
    expect(pendingExplanation(phone, 'en')).toBe(
      'Phone visits is a year total, 1,500 / 3,000 calls (50.00%), judged at year end',
    );
    expect(pendingExplanation({ ...phone, target: null, completionRate: null }, 'zh')).toBe(
      '电访为年度汇总 1,500 个，年末判定',
    );
  });
});

describe('staffing of Chigang 2023 (denominator: 20 contracted positions)', () => {
  const roster = chigangRoster().map((p, i) => ({ ...p, id: i + 1 }));
  const months = contractMonths(contract.start, contract.end);
  const records = roster.flatMap((p) =>
    Object.entries(p.marks).map(([month, [inPost]]) => ({ staffId: p.id, month, inPost })),
  );
  const ratios = staffingRatios(ref.contract.contractedPositions, months, roster, records, contract.end);

  it('attendance is 254 of 240 person-months', () => {
    expect(ratios.actualPersonMonths).toBe(ref.staffing.actualPersonMonths);
    expect(ratios.expectedPersonMonths).toBe(ref.staffing.expectedPersonMonths);
    expect(ratios.attendanceRate).toBeCloseTo(254 / 240, 12);
  });

  it('stability rate is 80% (16 in post all year)', () => {
    expect(ratios.continuouslyInPost).toBe(16);
    expect(ratios.stabilityRate).toBe(0.8);
  });

  it('the months match annex 2: its total row to 2024-03, and 254 less those for April and May', () => {
    const inPost = months.map((m) => records.filter((r) => r.month === m && r.inPost).length);
    expect(inPost).toEqual(ref.staffing.monthlyFromAnnex2.inPost);
  });

  it('lists annex 2’s six people as printed and marks every other row derived', () => {
    expect(roster.filter((p) => p.derivation == null)).toHaveLength(6);
    expect(roster.filter((p) => p.derivation == null).every((p) => p.certification === 'none')).toBe(true);
    // The PDF cut the marks from 2024-02: those months are unknown for the listed people.
    for (const p of roster.filter((x) => x.derivation == null))
      expect(Object.keys(p.marks).every((m) => m <= '2024-01')).toBe(true);
  });

  it('certified ratio is 85% (3 intermediate + 14 assistant) and experience ratio 85%', () => {
    expect(ratios.certified).toBe(ref.staffing.certified.intermediate + ref.staffing.certified.assistant);
    expect(ratios.certifiedRatio).toBe(0.85);
    expect(ratios.experienced).toBe(ref.staffing.practiceTwoYearsOrMore);
    expect(ratios.experienceRatio).toBe(0.85);
    expect(ratios.headcount).toBe(ref.staffing.averageHeadcount);
  });
});

describe('evaluation total and grade', () => {
  it('83.49 given without parts is kept and graded GOOD (良好)', () => {
    expect(evaluationTotal([], 83.49)).toBe(83.49);
    expect(grade(83.49)).toBe('GOOD');
  });

  it('weights part scores 0.55 / 0.20 / 0.15 / 0.10', () => {
    const total = evaluationTotal(
      [
        { weight: 0.55, score: 90 },
        { weight: 0.2, score: 80 },
        { weight: 0.15, score: 70 },
        { weight: 0.1, score: 60 },
      ],
      null,
    );
    expect(total).toBe(82);
  });

  it('grade bands: 90 EXCELLENT, 80 GOOD, 60 PASS, below FAIL', () => {
    expect([90, 89.99, 80, 60, 59.99].map((t) => grade(t))).toEqual([
      'EXCELLENT',
      'GOOD',
      'GOOD',
      'PASS',
      'FAIL',
    ]);
  });
});
