import { describe, expect, it } from 'vitest';
import { ADVISOR_BROKERS, rankBrokers } from '../families';
import { messagingRequest } from './request';

/** One test per row of the selection matrix (domain brief, "Choosing a broker"). */
describe('the broker advisor follows the selection matrix', () => {
  it('high throughput with per-key ordering and replay: Kafka (log-based, partition ordering)', () => {
    const ranking = rankBrokers(messagingRequest({ useCase: 'order events', throughput: 20_000, ordering: 'per-key', delivery: 'at-least-once', retentionHours: 168, replay: true }));
    expect(ranking[0].broker).toBe('kafka');
    expect(ranking.slice(0, 3).map((r) => r.broker)).toEqual(['kafka', 'redpanda', 'pulsar']);
    expect(ranking.find((r) => r.broker === 'rabbitmq')!.reasons.find((r) => r.aspect === 'retention')).toMatchObject({ verdict: 'poor' });
  });

  it('the same, run by a small team: Redpanda (Kafka-compatible, simpler to run)', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 20_000, ordering: 'per-key', replay: true, operations: 'simple' }));
    expect(ranking[0].broker).toBe('redpanda');
    expect(ranking[0].reasons.find((r) => r.aspect === 'operations')!.text).toContain('Kafka API compatible');
  });

  it('many tenants and a year of replayable history: Pulsar (multi-tenancy, tiered storage)', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 50_000, ordering: 'per-key', replay: true, retentionHours: 8760, tenants: 'many' }));
    expect(ranking[0].broker).toBe('pulsar');
    expect(ranking[0].reasons.find((r) => r.aspect === 'tenancy')).toMatchObject({ verdict: 'good' });
  });

  it('flexible routing by patterns: RabbitMQ (exchange patterns, dead lettering)', () => {
    const ranking = rankBrokers(messagingRequest({ useCase: 'logs', throughput: 2000, ordering: 'none', routing: 'patterns' }));
    expect(ranking[0].broker).toBe('rabbitmq');
    expect(ranking.find((r) => r.broker === 'kafka')!.reasons.find((r) => r.aspect === 'routing')).toMatchObject({ verdict: 'poor' });
  });

  it('lightweight, low latency, with replay: NATS JetStream', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 10_000, latencyMs: 2, ordering: 'none', replay: true, retentionHours: 24, operations: 'simple' }));
    expect(ranking[0].broker).toBe('nats');
    expect(ranking.find((r) => r.broker === 'sqs-sns')!.reasons.find((r) => r.aspect === 'latency')).toMatchObject({ verdict: 'poor' });
  });

  it('JMS point-to-point and pub/sub with per-key order by message groups, self-hosted and light: ActiveMQ Artemis', () => {
    const ranking = rankBrokers(messagingRequest({ useCase: 'order events', throughput: 5000, ordering: 'per-key', routing: 'patterns', operations: 'simple' }));
    expect(ranking[0].broker).toBe('artemis');
    const reasons = ranking[0].reasons;
    expect(reasons.find((r) => r.aspect === 'ordering')).toMatchObject({ verdict: 'good', text: expect.stringContaining('message groups (JMSXGroupID)') });
    expect(reasons.find((r) => r.aspect === 'routing')).toMatchObject({ verdict: 'good', text: expect.stringContaining('multicast addresses') });
    // No replay: a message is gone once acknowledged.
    const replay = rankBrokers(messagingRequest({ throughput: 5000, ordering: 'per-key', replay: true }));
    expect(replay.find((r) => r.broker === 'artemis')!.reasons.find((r) => r.aspect === 'retention')).toMatchObject({ verdict: 'poor' });
  });

  it('managed and serverless: SQS/SNS (managed, auto-scaling)', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 500, ordering: 'none', operations: 'managed' }));
    expect(ranking[0].broker).toBe('sqs-sns');
  });

  it('managed, ordered per key, with a week of replay: Google Cloud Pub/Sub (ordering keys, seek)', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 500, ordering: 'per-key', replay: true, retentionHours: 168, operations: 'managed' }));
    expect(ranking[0].broker).toBe('pubsub');
    expect(ranking[0].reasons.find((r) => r.aspect === 'retention')).toMatchObject({ verdict: 'good', text: expect.stringContaining('seeking a subscription') });
    expect(ranking.find((r) => r.broker === 'sqs-sns')!.reasons.find((r) => r.aspect === 'retention')).toMatchObject({ verdict: 'poor' });
    const longer = rankBrokers(messagingRequest({ throughput: 500, ordering: 'per-key', replay: true, retentionHours: 24 * 90, operations: 'managed' }));
    expect(longer.find((r) => r.broker === 'pubsub')!.reasons.find((r) => r.aspect === 'retention')).toMatchObject({ verdict: 'poor', text: expect.stringContaining('at most 31 days') });
  });

  it('managed, ordered per key, exactly-once processing and routing by message properties: Azure Service Bus (sessions, transactions, SQL filters)', () => {
    const ranking = rankBrokers(messagingRequest({ useCase: 'payments', throughput: 2000, ordering: 'per-key', delivery: 'exactly-once', routing: 'patterns', operations: 'managed' }));
    expect(ranking[0].broker).toBe('servicebus');
    const reasons = ranking[0].reasons;
    expect(reasons.find((r) => r.aspect === 'ordering')).toMatchObject({ verdict: 'good', text: expect.stringContaining('per session (SessionId)') });
    expect(reasons.find((r) => r.aspect === 'routing')).toMatchObject({ verdict: 'good', text: expect.stringContaining('SQL filter rules') });
    expect(reasons.find((r) => r.aspect === 'delivery')).toMatchObject({ verdict: 'good' });
    // No replay: a completed message is gone.
    const replay = rankBrokers(messagingRequest({ throughput: 2000, ordering: 'per-key', replay: true, operations: 'managed' }));
    expect(replay.find((r) => r.broker === 'servicebus')!.reasons.find((r) => r.aspect === 'retention')).toMatchObject({ verdict: 'poor' });
  });

  it('refuses a broker that cannot carry the load', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 400_000, ordering: 'none' }));
    const rabbit = ranking.find((r) => r.broker === 'rabbitmq')!;
    expect(rabbit.reasons.find((r) => r.aspect === 'throughput')).toMatchObject({ verdict: 'poor', text: expect.stringContaining('400,000 msg/s needed') });
    expect(ranking.at(-1)!.broker).not.toBe('kafka');
  });

  it('prefers transactions for exactly-once', () => {
    const ranking = rankBrokers(messagingRequest({ throughput: 5000, delivery: 'exactly-once', replay: true }));
    expect(ranking[0].reasons.find((r) => r.aspect === 'delivery')).toMatchObject({ verdict: 'good', text: expect.stringContaining('transactions') });
    expect(ranking.find((r) => r.broker === 'rabbitmq')!.reasons.find((r) => r.aspect === 'delivery')).toMatchObject({ verdict: 'poor' });
  });

  it('gives every broker a reason for every aspect, and the same answer twice', () => {
    const request = messagingRequest({ throughput: 1234, latencyMs: 10 });
    const ranking = rankBrokers(request);
    expect(ranking).toHaveLength(ADVISOR_BROKERS.length);
    for (const r of ranking) expect(r.reasons.map((x) => x.aspect)).toEqual(['throughput', 'latency', 'ordering', 'delivery', 'retention', 'routing', 'operations', 'tenancy']);
    expect(rankBrokers(request)).toEqual(ranking);
  });
});
