import { testRule } from '../rule-tester';
import { routingKeyLength } from './routing-key-length';

const nodes = [
  { kind: 'producer', id: 'p' },
  { kind: 'rabbitmq-exchange', id: 'ex' },
  { kind: 'rabbitmq-queue', id: 'q' },
];

testRule(routingKeyLength, {
  valid: [
    { name: '255 ASCII bytes', design: { nodes, connections: [{ from: 'ex', to: 'q', routingKey: 'k'.repeat(255) }] } },
    {
      name: 'a long NATS subject is not a routing key',
      design: {
        nodes: [
          { kind: 'producer', id: 'p' },
          { kind: 'nats-stream', id: 's' },
        ],
        connections: [{ from: 'p', to: 's', routingKey: 'k'.repeat(300) }],
      },
    },
  ],
  invalid: [
    {
      name: '256-byte binding key',
      design: { nodes, connections: [{ from: 'ex', to: 'q', routingKey: 'k'.repeat(256) }] },
      findings: [{ target: 'ex--q', messageIncludes: 'binding key on "ex" → "q" is 256 bytes' }],
    },
    {
      name: '130 two-byte characters in a routing key',
      design: { nodes, connections: [{ from: 'p', to: 'ex', routingKey: 'é'.repeat(130) }] },
      findings: [{ target: 'p--ex', messageIncludes: '260 bytes' }],
    },
  ],
});
