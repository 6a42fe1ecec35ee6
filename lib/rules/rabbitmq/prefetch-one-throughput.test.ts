import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { prefetchOneThroughput } from './prefetch-one-throughput';

const queue = { kind: 'rabbitmq-queue', id: 'orders' };
const consume = [{ from: 'orders', to: 'billing' }];

testRule(prefetchOneThroughput, {
  valid: [
    { name: 'prefetch 100', design: withWriter({ nodes: [queue, { kind: 'consumer-group', id: 'billing', concurrency: 4 }], connections: consume }, 'orders') },
    {
      name: 'prefetch 1, one handler, low throughput (fair dispatch)',
      design: withWriter({ requirements: { throughput: 50 }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1 }], connections: consume }, 'orders'),
    },
    {
      name: 'prefetch 1 on a strictly ordered flow',
      design: withWriter({ requirements: { ordering: 'strict' }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 4 }], connections: consume }, 'orders'),
    },
    {
      name: 'prefetch 1 with 8 handlers on a per-key ordered flow (keeps them serial)',
      design: withWriter({ requirements: { throughput: 10 }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 8 }], connections: consume }, 'orders'),
    },
    {
      name: 'prefetch 1 spread over enough instances',
      design: withWriter({ requirements: { throughput: 1000 }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, instances: 10 }], connections: consume }, 'orders'),
    },
  ],
  invalid: [
    {
      name: 'prefetch 1 with 8 handlers',
      design: withWriter(
        { requirements: { throughput: 10, ordering: 'none' }, nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 8 }], connections: consume },
        'orders',
      ),
      findings: [{ target: 'billing', messageIncludes: '8 handlers' }],
      output: { nodes: { billing: { prefetch: 100 } } },
    },
    {
      name: 'prefetch 1 at 1000 messages/s on one instance',
      design: withWriter({ nodes: [queue, { kind: 'consumer-group', id: 'billing', prefetch: 1 }], connections: consume }, 'orders'),
      findings: [{ target: 'billing', messageIncludes: '1000 messages/s' }],
      output: { nodes: { billing: { prefetch: 100 } } },
    },
  ],
});
