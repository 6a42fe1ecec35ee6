import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDesign } from '../rules';
import type { Broker } from '../design';
import { ADVISOR_BROKERS, generateStartingDesign, rankBrokers } from '../families';
import { messagingRequest, type MessagingRequestInput } from './request';

function expectSound(input: MessagingRequestInput, broker: Broker) {
  const design = generateStartingDesign(messagingRequest(input), broker);
  const review = reviewDesign(design);
  const problems = review.findings.filter((f) => f.severity === 'error' || f.ruleId === 'internal-error').map((f) => `${f.ruleId}: ${f.message}`);
  expect(problems, `${broker} ${JSON.stringify(input)}`).toEqual([]);
  expect(review.score.overall, `${broker} ${JSON.stringify(input)}: ${review.findings.map((f) => f.ruleId).join(', ')}`).toBeGreaterThanOrEqual(90);
  return design;
}

describe('generated starting designs', () => {
  it('order events, 20k msg/s, per-key, at-least-once, 7 days replay: a Kafka design sized for it', () => {
    const request = messagingRequest({ useCase: 'order events', throughput: 20_000, ordering: 'per-key', delivery: 'at-least-once', retentionHours: 168, replay: true });
    const [best] = rankBrokers(request);
    expect(best.broker).toBe('kafka');
    const design = expectSound(request, 'kafka');
    const topic = design.nodes.find((n) => n.kind === 'kafka-topic' && n.role === 'normal');
    expect(topic).toMatchObject({
      name: 'order.events',
      partitions: 30,
      replicationFactor: 3,
      config: { 'min.insync.replicas': 2, 'retention.ms': 604_800_000 },
      messageSchema: { name: 'OrderEvent' },
    });
    expect(design.nodes.find((n) => n.kind === 'producer')).toMatchObject({ keyStrategy: 'entity-id', kafka: { acks: 'all', 'enable.idempotence': true } });
    expect(design.nodes.find((n) => n.kind === 'consumer-group')).toMatchObject({ commitAfterProcessing: true, idempotent: true, retry: { backoff: ['1s', '10s', '60s'] } });
    expect(design.nodes.find((n) => n.kind === 'kafka-topic' && n.role === 'dead-letter')).toMatchObject({ name: 'order.dlq', depthAlert: true });
    expect(design.requirements).toMatchObject({ throughput: 20_000, ordering: 'per-key', delivery: 'at-least-once', retentionHours: 168 });
  });

  it('names topics after the named events and connects the named services', () => {
    const design = expectSound({ useCase: 'orders', events: ['OrderPlaced', 'order paid'], producers: ['Checkout API'], consumers: ['billing', 'shipping'] }, 'kafka');
    expect(design.nodes.filter((n) => n.kind === 'kafka-topic').map((n) => n.name)).toEqual(['order.placed', 'order.paid', 'order.dlq']);
    expect(design.nodes.filter((n) => n.kind !== 'kafka-topic').map((n) => n.id)).toEqual(['checkout-api', 'billing', 'shipping']);
    expect(design.connections.filter((c) => c.kind === 'consume')).toHaveLength(4);
  });

  it('configures exactly-once: transactional producers and read_committed consumers', () => {
    const design = expectSound({ throughput: 3000, delivery: 'exactly-once' }, 'kafka');
    expect(design.nodes.find((n) => n.kind === 'producer')).toMatchObject({ kafka: { 'transactional.id': 'order-service-tx' } });
    expect(design.nodes.find((n) => n.kind === 'consumer-group')).toMatchObject({ kafka: { 'isolation.level': 'read_committed' } });
  });

  it('strict order gets one partition', () => {
    const design = expectSound({ ordering: 'strict', throughput: 200 }, 'kafka');
    expect(design.nodes.find((n) => n.kind === 'kafka-topic')).toMatchObject({ partitions: 1 });
  });

  it('draws routing with RabbitMQ exchanges and FIFO fan-out with SNS/SQS', () => {
    const rabbit = expectSound({ useCase: 'logs', routing: 'patterns', ordering: 'none', consumers: ['archiver', 'pager'] }, 'rabbitmq');
    expect(rabbit.nodes.find((n) => n.kind === 'rabbitmq-exchange')).toMatchObject({ type: 'topic', name: 'log' });
    const aws = expectSound({ consumers: ['billing', 'shipping'], ordering: 'per-key' }, 'sqs-sns');
    expect(aws.nodes.filter((n) => n.kind === 'sqs-queue' && n.role === 'normal').map((n) => n.name)).toEqual(['billing-queue.fifo', 'shipping-queue.fifo']);
  });

  it('draws the JMS model on Artemis: a topic with a durable subscription per service, message groups for per-key order', () => {
    const design = expectSound({ useCase: 'orders', consumers: ['billing', 'shipping'], ordering: 'per-key' }, 'artemis');
    expect(design.nodes.find((n) => n.kind === 'artemis-address' && n.routingType === 'multicast')).toMatchObject({ name: 'order', settings: { 'redelivery-delay': 1000 } });
    expect(design.nodes.filter((n) => n.kind === 'artemis-queue' && n.role === 'normal').map((n) => n.name)).toEqual(['order.billing', 'order.shipping']);
    expect(design.nodes.find((n) => n.kind === 'producer')).toMatchObject({ artemis: { messageGroupId: 'entity-id' } });
    const strict = expectSound({ consumers: ['billing'], ordering: 'strict' }, 'artemis');
    expect(strict.nodes.find((n) => n.kind === 'artemis-queue' && n.role === 'normal')).toMatchObject({ exclusive: true });
  });

  it('draws Pulsar with its own kinds: a subscription type that keeps the order asked for, a dead letter policy where Pulsar applies one', () => {
    const perKey = expectSound({ useCase: 'orders', consumers: ['billing', 'shipping'], ordering: 'per-key', throughput: 9000 }, 'pulsar');
    expect(perKey.nodes.find((n) => n.kind === 'pulsar-topic' && n.role === 'normal')).toMatchObject({ tenant: 'order', namespace: 'events', partitions: 5, backlogQuotaLimitBytes: 10 * 1024 ** 3 });
    expect(perKey.nodes.flatMap((n) => (n.kind === 'pulsar-subscription' && n.subscriptionType === 'Key_Shared' ? [n.maxRedeliverCount] : []))).toEqual([5, 5]);
    const strict = expectSound({ consumers: ['billing'], ordering: 'strict', delivery: 'exactly-once' }, 'pulsar');
    expect(strict.nodes.find((n) => n.kind === 'pulsar-subscription' && n.id === 'billing-sub')).toMatchObject({ subscriptionType: 'Failover' });
    expect(strict.nodes.find((n) => n.kind === 'pulsar-topic' && n.role === 'normal')).toMatchObject({ partitions: 0, deduplication: true });
  });

  it('any request on any broker gives a design without errors that scores at least 90', () => {
    const request = fc.record(
      {
        useCase: fc.constantFrom('order events', 'payments', 'logs', 'telemetry', 'Sign-ups!', ''),
        events: fc.array(fc.constantFrom('OrderPlaced', 'order paid', 'PaymentCaptured', 'x'), { maxLength: 3 }),
        throughput: fc.integer({ min: 1, max: 30_000 }),
        messageSizeBytes: fc.integer({ min: 100, max: 200_000 }),
        ordering: fc.constantFrom('none', 'per-key'),
        delivery: fc.constantFrom('at-most-once', 'at-least-once', 'exactly-once'),
        retentionHours: fc.integer({ min: 1, max: 24 * 30 }),
        replay: fc.boolean(),
        producers: fc.array(fc.constantFrom('api', 'Checkout API', 'worker'), { maxLength: 2 }),
        consumers: fc.array(fc.constantFrom('billing', 'shipping', 'audit'), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<MessagingRequestInput>;
    fc.assert(
      fc.property(request, fc.constantFrom(...ADVISOR_BROKERS), (input, broker) => {
        expectSound(input, broker);
      }),
      { numRuns: 150 },
    );
  });
});
