import { testRule } from '../rule-tester';
import { prefetchOneThroughput } from './prefetch-one-throughput';

const queue = { kind: 'rabbitmq-queue', id: 'orders' };
const consume = [{ from: 'orders', to: 'billing' }];

testRule(prefetchOneThroughput, {
  valid: [
    { name: 'prefetch 100', design: { nodes: [queue, { kind: 'consumer-group', id: 'billing', concurrency: 4 }], connections: consume } },
    {
      name: 'prefetch 1, one handler, low throughput (fair dispatch)',
      design: { requirements: { throughput: 50 }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1 }], connections: consume },
    },
    {
      name: 'prefetch 1 on a strictly ordered flow',
      design: { requirements: { ordering: 'strict' }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 4 }], connections: consume },
    },
    {
      name: 'prefetch 1 with 8 handlers on a per-key ordered flow (keeps them serial)',
      design: { requirements: { throughput: 10 }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 8 }], connections: consume },
    },
    {
      name: 'prefetch 1 spread over enough instances',
      design: { requirements: { throughput: 1000 }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, instances: 10 }], connections: consume },
    },
  ],
  invalid: [
    {
      name: 'prefetch 1 with 8 handlers',
      design: { requirements: { throughput: 10, ordering: 'none' }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 8 }], connections: consume },
      findings: [{ target: 'billing', messageIncludes: '8 handlers' }],
      output: { nodes: { billing: { prefetch: 100 } } },
    },
    {
      name: 'prefetch 1 at 1000 messages/s on one instance',
      design: { nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1 }], connections: consume },
      findings: [{ target: 'billing', messageIncludes: '1000 messages/s' }],
      output: { nodes: { billing: { prefetch: 100 } } },
    },
  ],
});
