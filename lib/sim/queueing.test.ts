import { describe, expect, it } from 'vitest';
import { designFromData, type Design } from '../design';
import { mmc } from './queueing-formulas';
import { simulate } from './simulate';

/**
 * The engine against queueing theory: one producer with Poisson arrivals,
 * one queue, c consumer threads with exponential service (median p50, so
 * mean p50 / ln 2), run long with a fixed seed. The mean wait and the mean
 * time in system the run measures must be within 2 % of the M/M/1 and M/M/c
 * (Erlang C) closed forms. Deterministic: a seed gives one answer, so these
 * cannot flake, and any change to the engine's queueing breaks them.
 */

const MEAN_SERVICE_MS = 1;

function station(rate: number, servers: number): Design {
  const result = designFromData({
    queuewright: 2,
    nodes: [
      { kind: 'producer', id: 'p', name: 'p', publishRate: rate, keyStrategy: 'random' },
      { kind: 'sqs-queue', id: 'q', name: 'q' },
      { kind: 'consumer-group', id: 'c', name: 'c', instances: servers, concurrency: 1, processingMsP50: MEAN_SERVICE_MS * Math.LN2, processingMsP99: 10 },
    ],
    connections: [
      { id: 'pq', kind: 'publish', from: 'p', to: 'q' },
      { id: 'qc', kind: 'consume', from: 'q', to: 'c' },
    ],
  });
  if (!result.ok) throw new Error(result.errors[0].message);
  return result.design;
}

function measure(utilisation: number, servers: number, customers: number, seed: number) {
  const rate = (utilisation * servers * 1000) / MEAN_SERVICE_MS;
  // Every message: this checks the per-message engine (a hybrid run would move these long runs as fluid).
  const { report } = simulate(station(rate, servers), '', seed, { durationMs: (customers / rate) * 1000, processing: 'exponential', perMessageLimit: Infinity });
  const expected = mmc(rate / 1000, 1 / MEAN_SERVICE_MS, servers);
  return { report, expected, wait: report.stations[0].meanWaitMs, sojourn: report.paths[0].latency.meanMs };
}

describe('queueing theory', () => {
  it('the closed forms are the textbook values', () => {
    // M/M/1 at ρ = 0.5, μ = 1: W = 1/(μ − λ) = 2, Wq = ρ/(μ − λ) = 1.
    expect(mmc(0.5, 1, 1).meanTimeInSystem).toBeCloseTo(2, 12);
    expect(mmc(0.5, 1, 1).meanWait).toBeCloseTo(1, 12);
    // M/M/2 at λ = 1, μ = 1: P(wait) = 1/3, Wq = 1/3.
    expect(mmc(1, 1, 2).probabilityOfWait).toBeCloseTo(1 / 3, 12);
    expect(mmc(1, 1, 2).meanWait).toBeCloseTo(1 / 3, 12);
    expect(() => mmc(1, 1, 1)).toThrow(/no steady state/);
  });

  const cases: Array<[number, number, number]> = [
    // [utilisation, servers, customers]: heavier load needs longer runs for the same precision.
    [0.5, 1, 400_000],
    [0.7, 1, 800_000],
    [0.9, 1, 3_000_000],
    [0.5, 4, 400_000],
    [0.7, 4, 600_000],
    [0.9, 4, 2_000_000],
  ];
  for (const [utilisation, servers, customers] of cases) {
    it(`M/M/${servers} at utilisation ${utilisation}: mean wait and time in system within 2 %`, () => {
      const { report, expected, wait, sojourn } = measure(utilisation, servers, customers, 7);
      expect(report.totals.lost).toBe(0);
      expect(report.stations[0].utilisation).toBeGreaterThan(utilisation * 0.98);
      expect(report.stations[0].utilisation).toBeLessThan(utilisation * 1.02);
      expect(Math.abs(sojourn / expected.meanTimeInSystem - 1)).toBeLessThan(0.02);
      expect(Math.abs(wait / expected.meanWait - 1)).toBeLessThan(0.02);
    }, 120_000);
  }
});
