import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { fitLognormal, lognormalMean, Z_99 } from './lognormal';
import { simulate } from './simulate';

describe('processing times: a lognormal fitted to the declared p50 and p99', () => {
  it('has the declared median and 99th percentile', () => {
    const { mu, sigma } = fitLognormal(20, 200);
    expect(Math.exp(mu)).toBeCloseTo(20, 10);
    expect(Math.exp(mu + Z_99 * sigma)).toBeCloseTo(200, 8);
    expect(lognormalMean({ mu, sigma })).toBeCloseTo(20 * Math.exp((sigma * sigma) / 2), 10);
    expect(fitLognormal(50, 50).sigma).toBe(0);
    expect(fitLognormal(0, 10).mu).toBe(-Infinity);
  });

  it('draws them in a run: with threads to spare, end-to-end latency is the processing time, p50 and p99 within 3 %', () => {
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 200 },
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'consumer-group', id: 'c', instances: 200, processingMsP50: 20, processingMsP99: 200 },
        ],
        connections: [
          { from: 'p', to: 'q', kind: 'publish' },
          { from: 'q', to: 'c', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, '', 21, { durationMs: 1_800_000 });
    const { latency, delivered } = report.paths[0];
    expect(delivered).toBeGreaterThan(350_000);
    expect(report.stations[0].meanWaitMs).toBeLessThan(0.01);
    expect(Math.abs(latency.p50Ms / 20 - 1)).toBeLessThan(0.03);
    expect(Math.abs(latency.p99Ms / 200 - 1)).toBeLessThan(0.03);
  }, 60_000);
});
