import { testRule } from '../rule-tester';
import { boundedPrefetch } from './bounded-prefetch';

const queue = { kind: 'rabbitmq-queue', id: 'orders' };
const consume = [{ from: 'orders', to: 'billing' }];

testRule(boundedPrefetch, {
  valid: [
    { name: 'prefetch 100 (default)', design: { nodes: [queue, { kind: 'consumer-group', id: 'billing' }], connections: consume } },
    {
      name: 'prefetch 0 with auto acks',
      design: { requirements: { delivery: 'at-most-once' }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 0, ackMode: 'auto' }], connections: consume },
    },
    {
      name: 'prefetch 0 on a Kafka consumer',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', prefetch: 0 },
        ],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'unlimited prefetch with manual acks',
      design: { nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 0 }], connections: consume },
      findings: [{ target: 'billing', messageIncludes: 'unlimited prefetch' }],
      output: { nodes: { billing: { prefetch: 100 } } },
    },
  ],
});
