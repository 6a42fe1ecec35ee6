import { describe, expect, it } from 'vitest';
import { estimateCost } from '../capacity/cost-estimate';
import { makeDesign } from '../design/build-design';
import { costNeeds } from './cost-needs';
import { compileNetwork } from './network';

describe('cost needs from the design', () => {
  const design = makeDesign(
    {
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 3, racks: 3 }],
      nodes: [
        { kind: 'producer', id: 'p', instances: 2, publishRate: 500, messageSizeBytes: 1000 },
        { kind: 'kafka-topic', id: 't', cluster: 'k', partitions: 6, replicationFactor: 3, config: { 'retention.ms': 86_400_000 } },
        { kind: 'consumer-group', id: 'a', processingMsP50: 1, processingMsP99: 1 },
        { kind: 'consumer-group', id: 'b', processingMsP50: 1, processingMsP99: 1 },
        { kind: 'producer', id: 'q-writer', publishRate: 20, messageSizeBytes: 2000 },
        { kind: 'sqs-queue', id: 'jobs' },
        { kind: 'consumer-group', id: 'worker', processingMsP50: 1, processingMsP99: 1 },
      ],
      connections: [
        { from: 'p', to: 't', kind: 'publish' },
        { from: 't', to: 'a', kind: 'consume' },
        { from: 't', to: 'b', kind: 'consume' },
        { from: 'q-writer', to: 'jobs', kind: 'publish' },
        { from: 'jobs', to: 'worker', kind: 'consume' },
      ],
    },
    { recommended: false },
  );
  const { needs, unpriced } = costNeeds(compileNetwork(design));

  it('reads brokers, zones, writes, replicas and read fan-out from the diagram', () => {
    expect(needs).toMatchObject({ brokers: 3, zones: 3, writeBytesPerSecond: 1_000_000, replicationFactor: 3, readFanout: 2 });
    // A day of 1 MB/s, three replicas: 259.2 GB.
    expect(needs.diskGb).toBeCloseTo(259.2, 3);
    expect(unpriced).toEqual([]);
  });

  it('reads the Kafka part alone for managed Kafka: its brokers, topic disk, client writes and reads', () => {
    expect(needs.kafka).toMatchObject({ brokers: 3, writeBytesPerSecond: 1_000_000, readBytesPerSecond: 2_000_000 });
    expect(needs.kafka?.diskGb).toBeCloseTo(259.2, 3);
  });

  it('reads SQS traffic', () => {
    expect(needs).toMatchObject({ sqsMessagesPerSecond: 20, sqsMessageBytes: 2000, sqsFifo: false, snsPublishesPerSecond: 0 });
  });

  it('gives the estimate what it needs', () => {
    const estimate = estimateCost(needs);
    expect(estimate.ok).toBe(true);
    if (estimate.ok) expect(estimate.offerings.map((o) => o.offering)).toEqual(['Self-hosted (EC2 + EBS)', 'Amazon MSK (provisioned, Standard brokers)', 'Amazon SQS / SNS']);
  });

  it('a topic kept forever cannot be priced and says so', () => {
    const forever = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 10 },
          { kind: 'kafka-topic', id: 'log', config: { 'retention.ms': -1 } },
        ],
        connections: [{ from: 'p', to: 'log', kind: 'publish' }],
      },
      { recommended: false },
    );
    expect(costNeeds(compileNetwork(forever)).unpriced).toEqual(['disk of log: no retention limit']);
  });
});
