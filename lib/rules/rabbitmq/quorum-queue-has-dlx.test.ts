import { testRule } from '../rule-tester';
import { quorumQueueHasDlx } from './quorum-queue-has-dlx';

testRule(quorumQueueHasDlx, {
  valid: [
    {
      name: 'quorum queue with a dead-letter connection',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
    },
    {
      name: 'quorum queue with a dead-letter-exchange policy',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-exchange': 'dlx' } },
          { kind: 'rabbitmq-exchange', id: 'dlx' },
        ],
      },
    },
    { name: 'classic queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }] } },
    { name: 'the dead-letter queue itself', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' }] } },
  ],
  invalid: [
    {
      name: 'quorum queue without DLX (4.x default limit 20)',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] },
      findings: [{ target: 'q', messageIncludes: 'delivery limit (20)' }],
    },
    {
      name: 'quorum queue without DLX on 3.13, no delivery limit',
      design: { clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.13' }], nodes: [{ kind: 'rabbitmq-queue', id: 'q', cluster: 'r' }] },
      findings: [{ target: 'q', messageIncludes: 'expire or overflow' }],
    },
  ],
});
