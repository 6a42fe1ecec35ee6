import { describe, expect, it } from 'vitest';
import { ZIGGURAT_F, ZIGGURAT_K, ZIGGURAT_LAYERS, ZIGGURAT_R, ZIGGURAT_W } from './exponential-ziggurat';
import { Prng } from './prng';

const N = 400_000;

function draws(seed: number, mean: number, n = N): Float64Array {
  const rng = new Prng(seed);
  return Float64Array.from({ length: n }, () => rng.exponential(mean));
}

/** The Kolmogorov–Smirnov distance between the draws and the exponential with that mean. */
function ksDistance(sorted: Float64Array, mean: number): number {
  let d = 0;
  sorted.forEach((x, i) => {
    const cdf = 1 - Math.exp(-x / mean);
    d = Math.max(d, Math.abs(cdf - i / sorted.length), Math.abs(cdf - (i + 1) / sorted.length));
  });
  return d;
}

describe('exponential draws (ziggurat)', () => {
  it('has the tables Marsaglia & Tsang publish for 256 layers', () => {
    // Their 32-bit tables, over 2^8 for this one's 24-bit points: ke[0] = 3801129273, fe[1] = 0.938143680862176, we[255] = R / 2^32.
    expect(ZIGGURAT_K[0]).toBe(Math.floor(3801129273 / 256));
    expect(ZIGGURAT_K[1]).toBe(0);
    expect(ZIGGURAT_F[1]).toBeCloseTo(0.938143680862176, 12);
    expect(ZIGGURAT_W[ZIGGURAT_LAYERS - 1] * 2 ** 24).toBeCloseTo(ZIGGURAT_R, 12);
    for (let i = 2; i < ZIGGURAT_LAYERS; i++) expect(ZIGGURAT_F[i]).toBeLessThan(ZIGGURAT_F[i - 1]);
  });

  it('follows the exponential distribution: Kolmogorov–Smirnov distance under the 1 % critical value, mean and variance within 3 standard errors', () => {
    for (const seed of [1, 2, 3]) {
      const xs = draws(seed, 2.5);
      const mean = xs.reduce((a, b) => a + b, 0) / N;
      const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / N;
      // The mean of N exponentials has standard error mean / √N; the variance's is about √8 mean² / √N.
      expect(Math.abs(mean - 2.5)).toBeLessThan((3 * 2.5) / Math.sqrt(N));
      expect(Math.abs(variance - 6.25)).toBeLessThan((3 * Math.sqrt(8) * 6.25) / Math.sqrt(N));
      expect(ksDistance(xs.sort(), 2.5)).toBeLessThan(1.628 / Math.sqrt(N));
    }
  });

  it('draws the tail beyond R as often as the exponential has it (e^-R of the draws)', () => {
    const beyond = draws(7, 1).filter((x) => x > ZIGGURAT_R).length;
    const expected = N * Math.exp(-ZIGGURAT_R); // about 182
    expect(Math.abs(beyond - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it('gives the same numbers for the same seed', () => {
    expect(draws(42, 1, 1000)).toEqual(draws(42, 1, 1000));
    expect(draws(42, 1, 1000)).not.toEqual(draws(43, 1, 1000));
  });
});
