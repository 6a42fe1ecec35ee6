import { testRule } from '../rule-tester';
import { orderingKeyPublished } from './ordering-key-published';

const flow = (ordering: string, keyStrategy: string) => ({
  requirements: { ordering },
  nodes: [
    { kind: 'producer', id: 'p', keyStrategy },
    { kind: 'pubsub-topic', id: 't' },
    { kind: 'pubsub-subscription', id: 's', enableMessageOrdering: true },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 't' },
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(orderingKeyPublished, {
  valid: [
    { name: 'keyed by the entity', design: flow('per-key', 'entity-id') },
    { name: 'no ordering needed, no key', design: flow('none', 'none') },
    {
      name: 'a keyless producer into a Kafka topic is the Kafka rule’s to judge',
      design: {
        requirements: { ordering: 'per-key' },
        nodes: [
          { kind: 'producer', id: 'p', keyStrategy: 'none' },
          { kind: 'kafka-topic', id: 'k' },
        ],
        connections: [{ from: 'p', to: 'k' }],
      },
    },
  ],
  invalid: [
    {
      name: 'no ordering key on a per-key flow',
      design: flow('per-key', 'none'),
      findings: [{ target: 'p', messageIncludes: 'without an ordering key' }],
      output: { nodes: { p: { keyStrategy: 'entity-id' } } },
    },
    {
      name: 'random ordering keys',
      design: flow('per-key', 'random'),
      findings: [{ target: 'p', messageIncludes: 'with random ordering keys' }],
      output: { nodes: { p: { keyStrategy: 'entity-id' } } },
    },
  ],
});
