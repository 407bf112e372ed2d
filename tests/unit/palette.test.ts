/**
 * The status palette read by people with colour vision deficiencies: each colour simulated for
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1) and
 * every pair still apart in CIELAB; every status colour with 3:1 contrast on white (WCAG 1.4.11).
 */
import { describe, expect, it } from 'vitest';
import { realStationColor, statusColors } from '../../shared/charts/palette.ts';

type Vec = [number, number, number];
const simulations: Record<string, Vec[] | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string): Vec =>
  [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Vec;
const clamp = (v: number) => Math.min(1, Math.max(0, v));

function lab(hex: string, matrix: Vec[] | null): Vec {
  const l = linear(hex);
  const [r, g, b] = (matrix ? matrix.map((row) => row[0] * l[0] + row[1] * l[1] + row[2] * l[2]) : l).map(
    clamp,
  ) as Vec;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const contrastOnWhite = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
};

const statuses = ['MET', 'ON_TRACK', 'BEHIND', 'CRITICAL', 'NO_TARGET'] as const;

describe('the status palette', () => {
  it.each(Object.keys(simulations))('keeps every pair of statuses apart with %s', (name) => {
    const colours = [...statuses.map((s) => statusColors[s] as string), realStationColor];
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const [a, b] = [lab(colours[i]!, simulations[name]!), lab(colours[j]!, simulations[name]!)];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        // ΔE*ab 15: clearly different colours side by side (2.3 is a just-noticeable difference).
        expect(distance, `${colours[i]} / ${colours[j]}`).toBeGreaterThan(15);
      }
  });

  it('has 3:1 contrast on white for every status', () => {
    for (const s of statuses) expect(contrastOnWhite(statusColors[s] as string), s).toBeGreaterThanOrEqual(3);
  });
});
