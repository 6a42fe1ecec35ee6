import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import type { SimOptions } from './simulator';
import { fitLognormal, lognormalMean } from './lognormal';
import { simulate } from './simulate';

/**
 * The fluid half of the hybrid engine pinned against the per-message engine
 * on medium-rate designs (thousands of messages a second, a minute or more):
 * the same run twice, once with every message (`perMessageLimit: Infinity`)
 * and once all fluid (`perMessageLimit: 0`).
 */

const consumer = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'consumer-group', id, retry: { maxRetries: 0, backoff: ['1s'] }, ...extra });

/** An SQS queue at `rate` msg/s drained by `instances` threads of lognormal p50/p99 processing. */
function sqsQueue(rate: number, instances: number, p50: number, p99: number): Design {
  return makeDesign(
    {
      nodes: [
        { kind: 'producer', id: 'p', publishRate: rate, keyStrategy: 'random' },
        { kind: 'sqs-queue', id: 'q', visibilityTimeout: 600 },
        consumer('c', { instances, processingMsP50: p50, processingMsP99: p99 }),
      ],
      connections: [
        { from: 'p', to: 'q', kind: 'publish' },
        { from: 'q', to: 'c', kind: 'consume' },
      ],
    },
    { recommended: false },
  );
}

/** Kafka: orders (8 partitions) → enricher (publishes on) → enriched (8 partitions) → sink. */
function kafkaChain(rate: number): Design {
  return makeDesign(
    {
      nodes: [
        { kind: 'producer', id: 'api', publishRate: rate, keyStrategy: 'entity-id' },
        { kind: 'kafka-topic', id: 'orders', partitions: 8 },
        consumer('enricher', { instances: 8, processingMsP50: 2, processingMsP99: 6 }),
        { kind: 'kafka-topic', id: 'enriched', partitions: 8 },
        consumer('sink', { instances: 4, processingMsP50: 1, processingMsP99: 3 }),
      ],
      connections: [
        { from: 'api', to: 'orders', kind: 'publish' },
        { from: 'orders', to: 'enricher', kind: 'consume' },
        { from: 'enricher', to: 'enriched', kind: 'publish' },
        { from: 'enriched', to: 'sink', kind: 'consume' },
      ],
    },
    { recommended: false },
  );
}

function both(design: Design, options: SimOptions) {
  const exact = simulate(design, 'steady', 3, { ...options, perMessageLimit: Infinity }).report;
  const fluid = simulate(design, 'steady', 3, { ...options, perMessageLimit: 0 }).report;
  return { exact, fluid };
}

const near = (actual: number, expected: number, tolerance: number) => expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(tolerance);

describe('fluid model against the per-message engine', () => {
  it('a stable SQS queue at 2,000 msg/s (utilisation 0.71): same throughput and utilisation, wait within 10 %, p50 within 3 %, p99 within 5 %', () => {
    const { exact, fluid } = both(sqsQueue(2000, 8, 2.5, 8), { durationMs: 60_000 });
    expect(exact.fluid).toBeUndefined();
    expect(fluid.fluid?.stations).toEqual(['q → c']);
    const [e, f] = [exact.stations[0], fluid.stations[0]];
    near(f.processed, e.processed, 0.01);
    near(f.utilisation, e.utilisation, 0.02);
    near(f.meanWaitMs, e.meanWaitMs, 0.1);
    // No backlog either way: the per-message queue peaks at a few messages, the fluid one holds none at a tick's end.
    expect(e.endDepth).toBeLessThanOrEqual(e.threads);
    expect(f.endDepth).toBeLessThanOrEqual(f.threads);
    near(fluid.paths[0].delivered, exact.paths[0].delivered, 0.01);
    near(fluid.paths[0].latency.p50Ms, exact.paths[0].latency.p50Ms, 0.03);
    near(fluid.paths[0].latency.p99Ms, exact.paths[0].latency.p99Ms, 0.05);
  });

  it('an overloaded SQS queue (2,000 msg/s against 1,410): the backlog within 3 %, its wait and p50 within 3 %, p99 within 5 %', () => {
    const { exact, fluid } = both(sqsQueue(2000, 4, 2.5, 8), { durationMs: 30_000 });
    const [e, f] = [exact.stations[0], fluid.stations[0]];
    near(f.processed, e.processed, 0.01);
    near(f.endDepth, e.endDepth, 0.03);
    near(f.peakDepth, e.peakDepth, 0.03);
    near(f.meanWaitMs, e.meanWaitMs, 0.03);
    near(fluid.paths[0].latency.p50Ms, exact.paths[0].latency.p50Ms, 0.03);
    near(fluid.paths[0].latency.p99Ms, exact.paths[0].latency.p99Ms, 0.05);
  });

  it('a Kafka chain at 3,000 msg/s through a stream processor: same throughput per hop, end-to-end mean within 15 %, p99 within 10 %', () => {
    // Kafka's murmur2 partitioner spreads 10,000 keys over 8 partitions up to 6 % unevenly, which the per-message engine
    // keeps and the fluid model (an even spread) does not: a million keys bring the spread within 1 %, the case compared here.
    const { exact, fluid } = both(kafkaChain(3000), { durationMs: 60_000, keySpace: 1_000_000 });
    expect(fluid.fluid?.stations).toEqual(['orders → enricher', 'enriched → sink']);
    for (let i = 0; i < 2; i++) {
      near(fluid.stations[i].processed, exact.stations[i].processed, 0.01);
      near(fluid.stations[i].utilisation, exact.stations[i].utilisation, 0.02);
    }
    near(fluid.stations[0].meanWaitMs, exact.stations[0].meanWaitMs, 0.05);
    // Known bias, stated: the second hop's arrivals are the first hop's departures, smoother than Poisson; the fluid wait
    // assumes Poisson there and overestimates it (3.6 ms against 2.1 here), so it is an upper bound, not a match.
    expect(fluid.stations[1].meanWaitMs).toBeGreaterThan(exact.stations[1].meanWaitMs);
    expect(fluid.stations[1].meanWaitMs).toBeLessThan(exact.stations[1].meanWaitMs * 2);
    const [e, f] = [exact.paths[0], fluid.paths[0]];
    near(f.delivered, e.delivered, 0.01);
    near(f.latency.meanMs, e.latency.meanMs, 0.15);
    near(f.latency.p99Ms, e.latency.p99Ms, 0.1);
  });
});

/** Two independent SQS queues: one at 2,000 msg/s, one at 5 msg/s. */
const busyAndQuiet = makeDesign(
  {
    nodes: [
      { kind: 'producer', id: 'busy', publishRate: 2000, keyStrategy: 'random' },
      { kind: 'sqs-queue', id: 'fast', visibilityTimeout: 600 },
      consumer('worker', { instances: 8, processingMsP50: 2.5, processingMsP99: 8 }),
      { kind: 'producer', id: 'quiet', publishRate: 5, keyStrategy: 'random' },
      { kind: 'sqs-queue', id: 'slow', visibilityTimeout: 600 },
      consumer('auditor', { instances: 1, processingMsP50: 20, processingMsP99: 80 }),
    ],
    connections: [
      { from: 'busy', to: 'fast', kind: 'publish' },
      { from: 'fast', to: 'worker', kind: 'consume' },
      { from: 'quiet', to: 'slow', kind: 'publish' },
      { from: 'slow', to: 'auditor', kind: 'consume' },
    ],
  },
  { recommended: false },
);

describe('the hybrid plan', () => {
  it('moves the busy part as fluid and keeps the quiet part message by message, the same bytes for the same seed', () => {
    const options = { durationMs: 120_000, perMessageLimit: 50_000 };
    const first = simulate(busyAndQuiet, 'steady', 9, options);
    expect(first.report.fluid?.stations).toEqual(['fast → worker']);
    const quiet = first.report.stations.find((s) => s.id.startsWith('slow'))!;
    // Per message: whole arrivals drawn from the Poisson process, not rate × time.
    expect(quiet.arrived).not.toBe(600);
    expect(Math.abs(quiet.arrived - 600)).toBeLessThan(100);
    expect(first.report.published).toBeGreaterThan(240_000);
    expect(JSON.stringify(simulate(busyAndQuiet, 'steady', 9, options))).toBe(JSON.stringify(first));
  });

  it('keeps a part message by message when a failure scenario aims at it, and every part under broker loss', () => {
    const options = { durationMs: 120_000, perMessageLimit: 50_000 };
    expect(simulate(busyAndQuiet, 'crash@worker', 9, options).report.fluid).toBeUndefined();
    expect(simulate(busyAndQuiet, 'slow@auditor', 9, options).report.fluid?.stations).toEqual(['fast → worker']);
    expect(simulate(busyAndQuiet, 'broker-loss', 9, options).report.fluid).toBeUndefined();
  });

  it('refuses a bad per-message limit or tick with a message that names it', () => {
    expect(() => simulate(busyAndQuiet, 'steady', 1, { durationMs: 1000, perMessageLimit: -1 })).toThrow(/perMessageLimit must be 0 or more/);
    expect(() => simulate(busyAndQuiet, 'steady', 1, { durationMs: 1000, fluidTickMs: 0 })).toThrow(/fluidTickMs must be at least 1 ms, not 0/);
    expect(() => simulate(busyAndQuiet, 'steady', 1, { durationMs: 1000, fluidTickMs: Number.NaN })).toThrow(/fluidTickMs/);
  });

  it('runs an hour of a design whose backlog passes the per-message memory limit, losing what retention deletes', () => {
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 3000, keyStrategy: 'random' },
          { kind: 'sqs-queue', id: 'q', visibilityTimeout: 600, messageRetentionPeriod: 600 },
          consumer('c', { instances: 2, processingMsP50: 1, processingMsP99: 2 }),
        ],
        connections: [
          { from: 'p', to: 'q', kind: 'publish' },
          { from: 'q', to: 'c', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, 'steady', 1, { durationMs: 3_600_000, maxLiveMessages: 100_000 });
    expect(report.simulatedMs).toBe(3_600_000);
    const q = report.stations[0];
    // Drain: 2 threads at the lognormal mean (p50 1 ms, p99 2 ms: 1.045 ms), about 1,910 msg/s; the backlog holds 600 s of it, the rest expires.
    const drainPerMs = 2 / lognormalMean(fitLognormal(1, 2));
    near(q.processed, 3_600_000 * drainPerMs, 0.01);
    near(q.endDepth, 600_000 * drainPerMs, 0.02);
    near(q.lostBy.expired, 3_600 * 3000 - q.processed - q.endDepth, 0.01);
    expect(report.notModelled.some((line) => line.startsWith('busy parts of the design'))).toBe(true);
  });
});
