import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { stationRates } from './capacity';
import { expectedBacklogs, realisedRates } from './expected-backlog';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/** p (1,000 msg/s) → a → slow (one thread, 10 ms: 100 msg/s) → b → slower (one thread, 20 ms: 50 msg/s) → c → sink. */
function throttledChain() {
  const topic = (id: string) => ({ kind: 'kafka-topic', id, partitions: 1, replicationFactor: 1 });
  const group = (id: string, ms: number) => ({ kind: 'consumer-group', id, instances: 1, concurrency: 1, processingMsP50: ms, processingMsP99: ms });
  return makeDesign(
    {
      nodes: [{ kind: 'producer', id: 'p', instances: 1, publishRate: 1000 }, topic('a'), topic('b'), topic('c'), group('slow', 10), group('slower', 20), group('sink', 1)],
      connections: [
        { from: 'p', to: 'a', kind: 'publish' },
        { from: 'a', to: 'slow', kind: 'consume' },
        { from: 'slow', to: 'b', kind: 'publish' },
        { from: 'b', to: 'slower', kind: 'consume' },
        { from: 'slower', to: 'c', kind: 'publish' },
        { from: 'c', to: 'sink', kind: 'consume' },
      ],
    },
    { recommended: false },
  );
}

describe('expected backlogs', () => {
  const network = compileNetwork(throttledChain());

  it('behind a consumer that cannot keep up, the next topic gets only what it processes', () => {
    // Offered: 1,000 msg/s all the way down (what capacity must be sized for); received: 1,000, then 100, then 50.
    expect(stationRates(network)).toEqual([1000, 1000, 1000]);
    const rates = realisedRates(network);
    expect(rates[0]).toBe(1000);
    expect(rates[1]).toBeCloseTo(100, 6);
    expect(rates[2]).toBeCloseTo(50, 6);
  });

  it('counts the growth of each backlog over the run, plus a message in hand per thread', () => {
    const backlogs = expectedBacklogs(network, () => true, 10);
    expect(backlogs[0]).toBeCloseTo((1000 - 100) * 10 + 1, 3);
    expect(backlogs[1]).toBeCloseTo((100 - 50) * 10 + 1, 3);
    expect(backlogs[2]).toBeCloseTo(1, 3);
  });

  it('agrees with what the engine holds at the end of the run', () => {
    const expected = expectedBacklogs(network, () => true, 10);
    const { report } = simulate(throttledChain(), 'steady', 1, { durationMs: 10_000, perMessageLimit: Infinity });
    // Poisson arrivals and lognormal work: each backlog within 5 or 10 %.
    expect(report.stations[0].endDepth).toBeGreaterThan(0.95 * expected[0]);
    expect(report.stations[0].endDepth).toBeLessThan(1.05 * expected[0]);
    expect(report.stations[1].endDepth).toBeGreaterThan(0.9 * expected[1]);
    expect(report.stations[1].endDepth).toBeLessThan(1.1 * expected[1]);
  });
});
