import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { capacityFigures, stationRates } from './capacity';
import { compileNetwork } from './network';

describe('capacity', () => {
  const design = makeDesign(
    {
      nodes: [
        { kind: 'producer', id: 'p', instances: 2, publishRate: 500, messageSizeBytes: 1024 },
        { kind: 'kafka-topic', id: 't', partitions: 6, replicationFactor: 3, config: { 'retention.ms': 86_400_000 } },
        { kind: 'consumer-group', id: 'g', instances: 2, processingMsP50: 10, processingMsP99: 10 },
        { kind: 'kafka-topic', id: 'out', partitions: 3, replicationFactor: 3, config: { 'retention.ms': 3_600_000 } },
        { kind: 'consumer-group', id: 'sink', processingMsP50: 1, processingMsP99: 1 },
      ],
      connections: [
        { from: 'p', to: 't', kind: 'publish' },
        { from: 't', to: 'g', kind: 'consume' },
        { from: 'g', to: 'out', kind: 'publish' },
        { from: 'out', to: 'sink', kind: 'consume' },
      ],
    },
    { recommended: false },
  );
  const network = compileNetwork(design);
  const figures = capacityFigures(network);
  const figure = (nodeId: string, quantity: string) => figures.find((f) => f.nodeId === nodeId && f.quantity === quantity)!;

  it('carries rates through onward publishes', () => {
    expect(stationRates(network)).toEqual([1000, 1000]);
  });

  it('threads: λ × E[S] / ρ, with its inputs', () => {
    // 1,000 msg/s × 10 ms = 10 busy threads; at ρ = 0.7, 15 threads. Two are declared.
    expect(figure('g', 'consumer threads for t')).toMatchObject({ value: 15, declared: 2, inputs: { 'λ (msg/s)': 1000, 'E[S] (ms), lognormal mean from p50/p99': 10, ρ: 0.7 } });
    expect(figure('sink', 'consumer threads for out').value).toBe(2);
  });

  it('partitions: enough for the in-order group, or for the log', () => {
    expect(figure('t', 'partitions')).toMatchObject({ value: 15, declared: 6 });
    expect(figure('out', 'partitions')).toMatchObject({ value: 2, declared: 3 });
  });

  it('disk: retention × λ × bytes × replicas', () => {
    // 86,400 s × 1,000 msg/s × 1,024 B × 3 = 265.42 GB.
    expect(figure('t', 'disk')).toMatchObject({ value: 265.421, unit: 'GB', inputs: { 'retention (s)': 86_400, replicas: 3 } });
    expect(figure('out', 'disk').value).toBe(11.059);
  });
});
