import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../../brokers/resolve';
import { makeDesign } from '../../design/build-design';
import { isRetryStage } from './_channels';
import { deadLetterTargets } from './_dead-letters';

describe('deadLetterTargets', () => {
  it("follows DLX exchanges to their queues, takes a consumer DLQ's sources from what it reads, and skips retry stages", () => {
    const design = resolveDesign(
      makeDesign({
        nodes: [
          { kind: 'rabbitmq-queue', id: 'work' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
          { kind: 'rabbitmq-exchange', id: 'retry-x' },
          { kind: 'rabbitmq-queue', id: 'retry', arguments: { 'x-message-ttl': 1000 } },
          { kind: 'rabbitmq-exchange', id: 'main' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'svc' },
          { kind: 'kafka-topic', id: 'orders-dlq' },
          { kind: 'sqs-queue', id: 'unused-dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'work', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dlq' },
          { from: 'retry', to: 'main', kind: 'dead-letter' },
          { from: 'main', to: 'work' },
          { from: 'retry-x', to: 'retry' },
          { from: 'orders', to: 'svc' },
          { from: 'svc', to: 'orders-dlq', kind: 'dead-letter' },
        ],
      }),
    );
    const targets = deadLetterTargets(design);
    expect([...targets.keys()].sort()).toEqual(['dlq', 'orders-dlq', 'unused-dlq']);
    expect(targets.get('dlq')!.sources.map((s) => s.id)).toEqual(['work']);
    expect(targets.get('orders-dlq')!.sources.map((s) => s.id)).toEqual(['orders']);
    expect(
      isRetryStage(
        design,
        design.nodes.find((n) => n.id === 'retry')!,
      ),
    ).toBe(true);
  });

  it('takes a topic that dead letters go to as the subscriptions that keep them (Pub/Sub, Service Bus, Pulsar)', () => {
    const design = resolveDesign(
      makeDesign({
        nodes: [
          { kind: 'pubsub-topic', id: 'orders' },
          { kind: 'pubsub-subscription', id: 'worker' },
          { kind: 'pubsub-topic', id: 'orders-dead' },
          { kind: 'pubsub-subscription', id: 'orders-dead-sub' },
          { kind: 'servicebus-queue', id: 'claims' },
          { kind: 'servicebus-topic', id: 'failures' },
          { kind: 'servicebus-subscription', id: 'failures-audit' },
          { kind: 'pulsar-topic', id: 'trades' },
          { kind: 'pulsar-subscription', id: 'settlement' },
          { kind: 'pulsar-topic', id: 'trades-dlq' },
          { kind: 'pulsar-subscription', id: 'trades-dlq-triage' },
        ],
        connections: [
          { from: 'orders', to: 'worker' },
          { from: 'worker', to: 'orders-dead', kind: 'dead-letter' },
          { from: 'orders-dead', to: 'orders-dead-sub' },
          { from: 'claims', to: 'failures', kind: 'dead-letter' },
          { from: 'failures', to: 'failures-audit' },
          { from: 'trades', to: 'settlement' },
          { from: 'settlement', to: 'trades-dlq', kind: 'dead-letter' },
          { from: 'trades-dlq', to: 'trades-dlq-triage' },
        ],
      }),
    );
    const targets = deadLetterTargets(design);
    expect([...targets.keys()].sort()).toEqual(['failures-audit', 'orders-dead-sub', 'trades-dlq-triage']);
    expect(targets.get('orders-dead-sub')!.sources.map((s) => s.id)).toEqual(['worker']);
    expect(targets.get('failures-audit')!.sources.map((s) => s.id)).toEqual(['claims']);
  });
});
