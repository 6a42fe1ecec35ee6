import { testRule } from '../rule-tester';
import { quorumQueueDurableNonExclusive } from './quorum-queue-durable-non-exclusive';

testRule(quorumQueueDurableNonExclusive, {
  valid: [
    { name: 'durable quorum queue (defaults)', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
    { name: 'exclusive classic queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', exclusive: true, durable: false }] } },
  ],
  invalid: [
    {
      name: 'exclusive quorum queue',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', exclusive: true }] },
      findings: [{ target: 'q', messageIncludes: 'declared exclusive' }],
      output: { nodes: { q: { durable: true, exclusive: false, autoDelete: false } } },
    },
    {
      name: 'non-durable auto-delete quorum queue',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', durable: false, autoDelete: true }] },
      findings: [{ target: 'q', messageIncludes: 'non-durable, auto-delete' }],
      output: { nodes: { q: { durable: true, autoDelete: false } } },
    },
  ],
});
