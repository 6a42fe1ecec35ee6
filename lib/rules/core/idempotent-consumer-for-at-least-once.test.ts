import { testRule } from '../rule-tester';
import { idempotentConsumerForAtLeastOnce } from './idempotent-consumer-for-at-least-once';

/** A service reading a channel a producer writes to (a channel no flow reaches has unknown needs). */
const reads = (channel: Record<string, unknown>, group: Record<string, unknown> = {}) => ({
  nodes: [{ kind: 'producer', id: 'api' }, { id: 'ch', ...channel } as { kind: string; id: string }, { kind: 'consumer-group', id: 'svc', ...group }],
  connections: [
    { from: 'api', to: 'ch' },
    { from: 'ch', to: 'svc' },
  ],
});

testRule(idempotentConsumerForAtLeastOnce, {
  valid: [
    { name: 'an idempotent consumer', design: reads({ kind: 'kafka-topic' }, { idempotent: true }) },
    { name: 'an at-most-once flow', design: { ...reads({ kind: 'sqs-queue' }), requirements: { delivery: 'at-most-once' } } },
    { name: 'RabbitMQ auto-ack never redelivers', design: reads({ kind: 'rabbitmq-queue' }, { ackMode: 'auto' }) },
    { name: 'JetStream AckNone never redelivers', design: reads({ kind: 'nats-stream' }, { nats: { ack_policy: 'none' } }) },
  ],
  invalid: [
    {
      name: 'a Kafka consumer',
      design: reads({ kind: 'kafka-topic' }),
      findings: [{ target: 'svc', messageIncludes: 'read again after a crash or rebalance' }],
      // Applied without a choice, the fix takes its suggested dedup key.
      output: { nodes: { svc: { idempotent: true, dedupKey: 'eventId' } } },
    },
    {
      name: 'a JetStream consumer with explicit acks on an exactly-once flow',
      design: { ...reads({ kind: 'nats-stream' }), requirements: { delivery: 'exactly-once' } },
      findings: [{ target: 'svc', messageIncludes: 'exactly-once' }],
      output: { nodes: { svc: { idempotent: true, dedupKey: 'Nats-Msg-Id header' } } },
    },
    {
      name: 'a Lambda subscribed to SNS',
      design: reads({ kind: 'sns-topic' }),
      findings: [{ target: 'svc', messageIncludes: 'SNS retries' }],
      output: { nodes: { svc: { idempotent: true } } },
    },
  ],
});
