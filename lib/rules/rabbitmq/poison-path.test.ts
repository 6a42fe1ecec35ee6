import { testRule } from '../rule-tester';
import { poisonPath } from './poison-path';

const requeue = { kind: 'consumer-group', id: 'c', rabbitmq: { requeueOnError: true } };

testRule(poisonPath, {
  valid: [
    { name: 'quorum queue counts deliveries', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }, requeue], connections: [{ from: 'q', to: 'c' }] } },
    {
      name: 'classic queue, consumer rejects without requeue',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', type: 'classic' },
          { kind: 'consumer-group', id: 'c' },
        ],
        connections: [{ from: 'q', to: 'c' }],
      },
    },
  ],
  invalid: [
    {
      name: 'classic queue with a DLX, consumer requeues',
      design: {
        nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }, requeue, { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' }, { kind: 'rabbitmq-queue', id: 'dlq' }],
        connections: [
          { from: 'q', to: 'c' },
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
      findings: [{ target: 'c', messageIncludes: 'redelivered forever' }],
      output: { nodes: { c: { rabbitmq: { requeueOnError: false } } } },
    },
    {
      name: 'classic queue without DLX, consumer requeues (no automatic repair)',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }, requeue], connections: [{ from: 'q', to: 'c' }] },
      findings: [{ target: 'c' }],
    },
  ],
});
