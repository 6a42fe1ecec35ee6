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

  it('reads the RabbitMQ clusters alone for managed RabbitMQ: their node counts', () => {
    expect(needs.rabbitmq).toEqual({ clusterNodes: [] });
    const rabbit = makeDesign(
      {
        clusters: [
          { id: 'r', name: 'r', broker: 'rabbitmq', nodes: 3 },
          { id: 'edge', name: 'edge', broker: 'rabbitmq', nodes: 1 },
        ],
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 10 },
          { kind: 'rabbitmq-queue', id: 'jobs', cluster: 'r', type: 'quorum' },
        ],
        connections: [{ from: 'p', to: 'jobs', kind: 'publish' }],
      },
      { recommended: false },
    );
    const rabbitNeeds = costNeeds(compileNetwork(rabbit)).needs;
    expect(rabbitNeeds.rabbitmq).toEqual({ clusterNodes: [3, 1] });
    const estimate = estimateCost(rabbitNeeds);
    expect(estimate.ok && estimate.offerings.find((o) => o.offering === 'Amazon MQ for RabbitMQ')?.lines[0].quantity).toBe(4 * 730);
  });

  it('reads SQS traffic', () => {
    expect(needs).toMatchObject({ sqsMessagesPerSecond: 20, sqsMessageBytes: 2000, sqsFifo: false, snsPublishesPerSecond: 0 });
  });

  it('gives the estimate what it needs', () => {
    const estimate = estimateCost(needs);
    expect(estimate.ok).toBe(true);
    if (estimate.ok) expect(estimate.offerings.map((o) => o.offering)).toEqual(['Self-hosted (EC2 + EBS)', 'Amazon MSK (provisioned, Standard brokers)', 'Amazon SQS / SNS']);
  });

  it('reads Pub/Sub publishes, deliveries per subscription and retained bytes, and Service Bus traffic by namespace tier', () => {
    const cloud = makeDesign(
      {
        clusters: [
          { id: 'gcp', name: 'gcp', broker: 'pubsub' },
          { id: 'sb', name: 'sb', broker: 'servicebus', config: { sku: 'Premium', capacity: 2 } },
        ],
        nodes: [
          { kind: 'producer', id: 'web', publishRate: 100, messageSizeBytes: 2000 },
          { kind: 'pubsub-topic', id: 'clicks', cluster: 'gcp', messageRetentionDuration: 86_400 },
          { kind: 'pubsub-subscription', id: 'a-sub', cluster: 'gcp', retainAckedMessages: true, messageRetentionDuration: 3600 },
          { kind: 'pubsub-subscription', id: 'b-sub', cluster: 'gcp' },
          { kind: 'consumer-group', id: 'a', processingMsP50: 1, processingMsP99: 1 },
          { kind: 'consumer-group', id: 'b', processingMsP50: 1, processingMsP99: 1 },
          { kind: 'producer', id: 'api', publishRate: 40 },
          { kind: 'servicebus-queue', id: 'orders', cluster: 'sb' },
          { kind: 'consumer-group', id: 'worker', processingMsP50: 1, processingMsP99: 1 },
        ],
        connections: [
          { from: 'web', to: 'clicks', kind: 'publish' },
          { from: 'clicks', to: 'a-sub', kind: 'subscription' },
          { from: 'clicks', to: 'b-sub', kind: 'subscription' },
          { from: 'a-sub', to: 'a', kind: 'consume' },
          { from: 'b-sub', to: 'b', kind: 'consume' },
          { from: 'api', to: 'orders', kind: 'publish' },
          { from: 'orders', to: 'worker', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { needs: cloudNeeds } = costNeeds(compileNetwork(cloud));
    // A day of 200 KB/s on the topic, and an hour of it on the subscription that keeps acknowledged messages.
    expect(cloudNeeds.pubsub).toMatchObject({ publishesPerSecond: 100, deliveriesPerSecond: 200, messageBytes: 2000 });
    expect(cloudNeeds.pubsub?.retainedGiB).toBeCloseTo((200_000 * (86_400 + 3600)) / 2 ** 30, 6);
    expect(cloudNeeds.servicebus).toMatchObject({ premiumMessagingUnits: 2, standardNamespaces: 0, standardSendsPerSecond: 0 });
    const estimate = estimateCost(cloudNeeds);
    expect(estimate.ok && estimate.offerings.map((o) => o.offering)).toEqual(['Self-hosted (EC2 + EBS)', 'Google Cloud Pub/Sub', 'Azure Service Bus']);
  });

  it('a topic kept forever, or on no cluster, cannot be priced and says so', () => {
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
    expect(costNeeds(compileNetwork(forever)).unpriced).toEqual(['disk of log: no retention limit', 'brokers of log: on no cluster, so no broker is counted (draw the cluster with its nodes)']);
  });
});
