import { testRule } from '../rule-tester';
import { ackWaitCoversProcessing } from './ack-wait-covers-processing';

const stream = { kind: 'nats-stream', id: 'jobs' };
const consume = [{ from: 'jobs', to: 'worker' }];
const worker = (props: Record<string, unknown>) => ({ kind: 'consumer-group', id: 'worker', ...props });

testRule(ackWaitCoversProcessing, {
  valid: [
    { name: 'default p99 (200 ms) under the default ack_wait (30 s)', design: { nodes: [stream, worker({})], connections: consume } },
    {
      name: 'slow processing with in-progress acks',
      design: { nodes: [stream, worker({ processingMsP99: 120_000, nats: { inProgressAcks: true } })], connections: consume },
    },
    {
      name: 'slow processing with AckNone (never redelivered)',
      design: { nodes: [stream, worker({ processingMsP99: 120_000, nats: { ack_policy: 'none' } })], connections: consume },
    },
    {
      name: 'backoff entries longer than processing',
      design: { nodes: [stream, worker({ processingMsP99: 2_000, nats: { backoff: ['5s', '30s'], max_deliver: 5 } })], connections: consume },
    },
    { name: 'slow consumer of a Kafka topic', design: { nodes: [{ kind: 'kafka-topic', id: 'jobs' }, worker({ processingMsP99: 120_000 })], connections: consume } },
  ],
  invalid: [
    {
      name: 'p99 over ack_wait',
      design: { nodes: [stream, worker({ processingMsP99: 45_000 })], connections: consume },
      findings: [{ target: 'worker', messageIncludes: 'ack_wait is 30s' }],
      output: { nodes: { worker: { nats: { ack_wait: '90s' } } } },
    },
    {
      name: 'p99 equal to ack_wait',
      design: { nodes: [stream, worker({ processingMsP99: 10_000, nats: { ack_wait: '10s' } })], connections: consume },
      findings: [{ target: 'worker' }],
      output: { nodes: { worker: { nats: { ack_wait: '20s' } } } },
    },
    {
      name: 'a first backoff entry shorter than processing, although ack_wait is long',
      design: {
        nodes: [stream, worker({ processingMsP99: 3_000, nats: { ack_wait: '5m', backoff: ['1s', '10s', '60s'], max_deliver: 5 } })],
        connections: consume,
      },
      findings: [{ target: 'worker', messageIncludes: 'backoff entry 1s' }],
      output: { nodes: { worker: { nats: { ack_wait: '5m', backoff: ['6s', '10s', '60s'] } } } },
    },
  ],
});
