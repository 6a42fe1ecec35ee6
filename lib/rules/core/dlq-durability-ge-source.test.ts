import { testRule } from '../rule-tester';
import { dlqDurabilityGeSource } from './dlq-durability-ge-source';

const viaConsumer = (source: Record<string, unknown>, dlq: Record<string, unknown>) => ({
  nodes: [
    { id: 'src', ...source },
    { kind: 'consumer-group', id: 'svc' },
    { id: 'dlq', role: 'dead-letter', ...dlq },
  ] as Array<{ kind: string; id: string }>,
  connections: [
    { from: 'src', to: 'svc' },
    { from: 'svc', to: 'dlq' },
  ],
});

testRule(dlqDurabilityGeSource, {
  valid: [
    { name: 'Kafka DLQ as durable as its source', design: viaConsumer({ kind: 'kafka-topic' }, { kind: 'kafka-topic' }) },
    {
      name: 'RabbitMQ quorum DLQ behind a DLX for a quorum source',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'work' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'work', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
    },
    { name: 'NATS DLQ without max_age for a stream that has one', design: viaConsumer({ kind: 'nats-stream', max_age: '7d' }, { kind: 'nats-stream' }) },
    { name: "SQS retention is sqs/dlq-retention-gt-source's", design: viaConsumer({ kind: 'sqs-queue', messageRetentionPeriod: 1_209_600 }, { kind: 'sqs-queue' }) },
    { name: 'different brokers are not compared', design: viaConsumer({ kind: 'kafka-topic' }, { kind: 'sqs-queue' }) },
  ],
  invalid: [
    {
      name: 'Kafka DLQ with RF 1 and a shorter retention',
      design: viaConsumer({ kind: 'kafka-topic', config: { 'retention.ms': -1 } }, { kind: 'kafka-topic', replicationFactor: 1, config: { 'min.insync.replicas': 1 } }),
      findings: [{ target: 'dlq', messageIncludes: 'replication factor 1 (source: 3), min.insync.replicas 1 (source: 2), retention.ms 604800000 (source: -1, forever)' }],
      output: { nodes: { dlq: { replicationFactor: 3, config: { 'min.insync.replicas': 2, 'retention.ms': -1 } } } },
    },
    {
      name: 'classic DLQ for a quorum source',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'work' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq', type: 'classic', durable: false },
        ],
        connections: [
          { from: 'work', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
      findings: [{ target: 'dlq', messageIncludes: 'a classic queue for quorum source "work"' }],
      output: { nodes: { dlq: { type: 'quorum', durable: true } } },
    },
    {
      name: 'R1 memory DLQ stream with a shorter max_age',
      design: viaConsumer({ kind: 'nats-stream', max_age: '7d' }, { kind: 'nats-stream', num_replicas: 1, storage: 'memory', max_age: '1d' }),
      findings: [{ target: 'dlq', messageIncludes: 'num_replicas 1 (source: 3), memory storage for a file-stored source, max_age 1d (source: 7d)' }],
      output: { nodes: { dlq: { num_replicas: 3, storage: 'file', max_age: '7d' } } },
    },
  ],
});
