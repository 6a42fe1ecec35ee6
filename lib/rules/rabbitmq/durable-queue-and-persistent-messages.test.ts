import { testRule } from '../rule-tester';
import { durableQueueAndPersistentMessages } from './durable-queue-and-persistent-messages';

testRule(durableQueueAndPersistentMessages, {
  valid: [
    { name: 'durable classic queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }] } },
    { name: 'quorum queue (always durable)', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
    { name: 'transient queue on an at-most-once flow', design: { requirements: { delivery: 'at-most-once' }, nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false }] } },
    { name: 'exclusive reply queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false, exclusive: true }] } },
  ],
  invalid: [
    {
      name: 'transient classic queue on the default flow',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false }] },
      findings: [{ target: 'q', messageIncludes: 'non-durable classic queue' }],
      output: { nodes: { q: { durable: true } } },
    },
    {
      name: 'transient classic queue fed by a critical at-least-once producer',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'api', requirements: { delivery: 'at-least-once' } }, { kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false }],
        connections: [{ from: 'api', to: 'q' }],
      },
      findings: [{ target: 'q', messageIncludes: 'at-least-once' }],
      output: { nodes: { q: { durable: true } } },
    },
  ],
});
