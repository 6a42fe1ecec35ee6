import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { durableQueueAndPersistentMessages } from './durable-queue-and-persistent-messages';

testRule(durableQueueAndPersistentMessages, {
  valid: [
    { name: 'durable classic queue', design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }] }, 'q') },
    { name: 'quorum queue (always durable)', design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] }, 'q') },
    {
      name: 'transient queue on an at-most-once flow',
      design: withWriter({ requirements: { delivery: 'at-most-once' }, nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false }] }, 'q'),
    },
    { name: 'exclusive reply queue', design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false, exclusive: true }] }, 'q') },
  ],
  invalid: [
    {
      name: 'transient classic queue on the default flow',
      design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false }] }, 'q'),
      findings: [{ target: 'q', messageIncludes: 'non-durable classic queue' }],
      output: { nodes: { q: { durable: true } } },
    },
    {
      name: 'transient classic queue fed by a critical at-least-once producer',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [
          { kind: 'producer', id: 'api', requirements: { delivery: 'at-least-once' } },
          { kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false },
        ],
        connections: [{ from: 'api', to: 'q' }],
      },
      findings: [{ target: 'q', messageIncludes: 'at-least-once' }],
      output: { nodes: { q: { durable: true } } },
    },
  ],
});
