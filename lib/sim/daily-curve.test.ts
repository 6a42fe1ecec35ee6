import { describe, expect, it } from 'vitest';
import { dailyAmplitude, peakFactor } from '../capacity/traffic-curve';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { capacityFigures } from './capacity';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/**
 * A producer on a daily traffic curve (lib/capacity/traffic-curve.ts): the
 * engine's arrivals (non-homogeneous Poisson, by thinning) and the fluid
 * part's injection follow the curve hour by hour over a simulated day, and
 * the capacity figures size consumers for its busiest hour.
 */

const MEAN = 10;
const CURVE = { pattern: 'daily', peakToTrough: 4, peakHour: 15 } as const;
const HOUR_MS = 3_600_000;

/** `mean` msg/s a day on the curve, into an SQS queue whose 8 fast threads keep up at any hour. */
function dailyQueue(traffic: Record<string, unknown> = CURVE, mean = MEAN): Design {
  return makeDesign(
    {
      nodes: [
        { kind: 'producer', id: 'p', publishRate: mean, keyStrategy: 'random', traffic },
        { kind: 'sqs-queue', id: 'q', visibilityTimeout: 600 },
        { kind: 'consumer-group', id: 'c', concurrency: 8, processingMsP50: 1, processingMsP99: 2 },
      ],
      connections: [
        { from: 'p', to: 'q', kind: 'publish' },
        { from: 'q', to: 'c', kind: 'consume' },
      ],
    },
    { recommended: false },
  );
}

/** Messages the curve sends from hour `from` to hour `to` (UTC): the integral of mean × (1 + a cos(2π (t − peak) / 24)). */
function expectedBetween(from: number, to: number, mean = MEAN): number {
  const a = dailyAmplitude(CURVE);
  const w = (2 * Math.PI) / 24;
  return mean * 3600 * (to - from + (a / w) * (Math.sin(w * (to - CURVE.peakHour)) - Math.sin(w * (from - CURVE.peakHour))));
}

const expectedInHour = (h: number) => expectedBetween(h, h + 1);

/**
 * Messages processed in each hour of a one-day run (the consumers keep up, so
 * they are the hour's arrivals), from the series' rates (rounded to 0.1 msg/s:
 * 360 messages an hour either way).
 */
function perHour(perMessageLimit: number, mean = MEAN): number[] {
  const { series } = simulate(dailyQueue(CURVE, mean), 'steady', 11, { durationMs: 24 * HOUR_MS, sampleMs: HOUR_MS, perMessageLimit });
  expect(series.timesMs).toHaveLength(24);
  return series.ratePerS[0].map((rate) => rate * 3600);
}

describe('daily traffic curve', () => {
  it('a 4:1 curve has amplitude 3/5 and peaks at 1.6 times its mean; steady traffic is flat', () => {
    expect(dailyAmplitude(CURVE)).toBeCloseTo(0.6, 12);
    expect(peakFactor(CURVE)).toBeCloseTo(1.6, 12);
    expect(peakFactor({ pattern: 'steady', peakToTrough: 4, peakHour: 15 })).toBe(1);
  });

  it("message by message: arrivals per hour follow the curve within 3 %, busiest at the peak hour, the day's total at the mean", () => {
    const counts = perHour(Infinity);
    counts.forEach((count, h) => expect(Math.abs(count / expectedInHour(h) - 1), `hour ${h}: ${count} vs ${Math.round(expectedInHour(h))}`).toBeLessThan(0.03));
    // The busiest hour is the one around the peak (14–15 or 15–16 UTC), the quietest twelve hours away.
    expect([14, 15]).toContain(counts.indexOf(Math.max(...counts)));
    expect([2, 3]).toContain(counts.indexOf(Math.min(...counts)));
    const total = counts.reduce((a, b) => a + b, 0);
    expect(Math.abs(total / (MEAN * 86_400) - 1)).toBeLessThan(0.01);
  }, 60_000);

  it('fluid: the injected amounts per hour follow the same curve within 1 %', () => {
    // A fluid run costs the same at any rate: at 1,000 msg/s the series' rounding is below 0.1 %.
    const counts = perHour(0, 1000);
    // The fluid part moves in ticks of a day / 1,800 (48 s); the tick ending on the hour is sampled with the next hour.
    const tickH = 48 / 3600;
    counts.forEach((count, h) => expect(Math.abs(count / expectedBetween(Math.max(0, h - tickH), h + 1 - tickH, 1000) - 1), `hour ${h}`).toBeLessThan(0.005));
  });

  it('the same seed gives the same run, byte for byte', () => {
    const run = () => JSON.stringify(simulate(dailyQueue(), 'steady', 5, { durationMs: HOUR_MS, perMessageLimit: Infinity }));
    expect(run()).toBe(run());
  });

  it('capacity figures size the consumer threads for the busiest hour, not the mean', () => {
    const threads = (design: Design) => capacityFigures(compileNetwork(design)).find((f) => f.quantity.startsWith('consumer threads'))!;
    expect(threads(dailyQueue()).inputs['λ (msg/s)']).toBe(MEAN * 1.6);
    expect(threads(dailyQueue({ pattern: 'steady' })).inputs['λ (msg/s)']).toBe(MEAN);
  });
});
