/**
 * Every threshold, band and weight of DESIGN.md ("Metric definitions"), tested just below, at and
 * just above its limit. The limits here are the specification's numbers, not read from the code,
 * so moving one in `server/domain/config.ts` breaks a test.
 */
import { describe, expect, it } from 'vitest';
import { evaluationTotal, grade } from '../../server/domain/evaluation.ts';
import { indicatorStatus, resourceBand } from '../../server/domain/progress.ts';
import { overAchievement, statedRateMismatch } from '../../server/domain/quality.ts';
import { practiceYears } from '../../server/domain/staffing.ts';
import { isWeak } from '../../server/domain/weak.ts';

const below = (limit: number) => limit - 1e-9;
const above = (limit: number) => limit + 1e-9;
const unfinished = 0.5;

describe('indicator status: MET at 100%, ON_TRACK from pace 0.9, BEHIND from 0.7, CRITICAL below', () => {
  it.each([
    [below(0.9), 'BEHIND'],
    [0.9, 'ON_TRACK'],
    [above(0.9), 'ON_TRACK'],
    [below(0.7), 'CRITICAL'],
    [0.7, 'BEHIND'],
    [above(0.7), 'BEHIND'],
  ])('pace %f is %s', (pace, status) => {
    expect(indicatorStatus(unfinished, pace)).toBe(status);
  });

  it.each([
    [below(1), 'CRITICAL'],
    [1, 'MET'],
    [above(1), 'MET'],
  ])('completion %f with a pace of 0.5 is %s', (completion, status) => {
    expect(indicatorStatus(completion, 0.5)).toBe(status);
  });

  it('weak means BEHIND or CRITICAL, nothing else', () => {
    expect(['MET', 'ON_TRACK', 'BEHIND', 'CRITICAL', 'NO_TARGET'].filter((s) => isWeak(s as never))).toEqual([
      'BEHIND',
      'CRITICAL',
    ]);
  });
});

describe('resource bands: CRITICAL below 60%, BEHIND below 90%, ON_TRACK from 90%, MET at 100%', () => {
  it.each([
    [below(0.6), 'CRITICAL'],
    [0.6, 'BEHIND'],
    [above(0.6), 'BEHIND'],
    [below(0.9), 'BEHIND'],
    [0.9, 'ON_TRACK'],
    [above(0.9), 'ON_TRACK'],
  ])('a finished year at %f is %s', (completion, band) => {
    expect(resourceBand(completion, null)).toBe(band);
  });

  it('while the year runs the band is on the pace ratio, not the completion', () => {
    expect(resourceBand(0.3, 0.6)).toBe('BEHIND');
    expect(resourceBand(0.3, below(0.6))).toBe('CRITICAL');
  });
});

describe('grades: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格', () => {
  it.each([
    [below(90), 'GOOD'],
    [90, 'EXCELLENT'],
    [below(80), 'PASS'],
    [80, 'GOOD'],
    [below(60), 'FAIL'],
    [60, 'PASS'],
  ])('a total of %f is %s', (total, g) => {
    expect(grade(total)).toBe(g);
  });

  it('weights 0.55 / 0.20 / 0.15 / 0.10 turn part scores into the total', () => {
    const parts = [
      { score: 90, weight: 0.55 },
      { score: 80, weight: 0.2 },
      { score: 70, weight: 0.15 },
      { score: 60, weight: 0.1 },
    ];
    expect(evaluationTotal(parts, null)).toBe(49.5 + 16 + 10.5 + 6);
  });
});

describe('data-quality limits: a printed rate may differ by 0.5 point; completion above 150% is an outlier', () => {
  const name = { zh: '电访', en: 'Phone visits' };
  it.each([
    [0.004, false],
    [0.005, false],
    [0.006, true],
  ])('a printed rate %f off the computed one is flagged: %s', (difference, flagged) => {
    expect(statedRateMismatch(name, 1000, 1000, 1 + difference, null) !== null).toBe(flagged);
  });

  it.each([
    [1499, false],
    [1500, false],
    [1501, true],
  ])('%i of 1,000 is an outlier: %s', (actual, flagged) => {
    expect(overAchievement(name, actual, 1000) !== null).toBe(flagged);
  });
});

describe('experience: two whole years of practice', () => {
  it.each([
    ['2022-06-01', 1],
    ['2022-05-31', 2],
    ['2022-05-01', 2],
  ])('practice since %s is %i whole years on 2024-05-31', (start, years) => {
    expect(practiceYears(start, '2024-05-31')).toBe(years);
  });
});
