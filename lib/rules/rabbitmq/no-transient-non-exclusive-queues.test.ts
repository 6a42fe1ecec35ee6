import { testRule } from '../rule-tester';
import { noTransientNonExclusiveQueues } from './no-transient-non-exclusive-queues';

testRule(noTransientNonExclusiveQueues, {
  valid: [
    { name: 'durable classic queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }] } },
    { name: 'transient exclusive queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false, exclusive: true }] } },
  ],
  invalid: [
    {
      name: 'transient non-exclusive classic queue',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', durable: false }] },
      findings: [{ target: 'q', messageIncludes: 'deprecated' }],
      output: { nodes: { q: { durable: true } } },
    },
  ],
});
